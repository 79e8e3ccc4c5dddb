/* @ts-self-types="./port.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The interface a port of `torch.nn.init` implements to be graded by the
 * conformance harness. A port implements any subset of the operations; the
 * harness grades what is there and reports the rest as not implemented.
 * Ports in other languages speak the JSON-lines protocol of `PROTOCOL.md`,
 * which {@linkcode processPort} and the Pyodide host turn into this interface.
 *
 * @module
 */
/** All tensor ops, in torch's documentation order. *
 * @example
 * ```ts
 * import { TENSOR_OPS } from "./port.ts";
 * import assert from "node:assert/strict";
 *
 * assert.ok(TENSOR_OPS.includes("kaiming_uniform_"));
 * ```
 */
export const TENSOR_OPS = [
    "uniform_",
    "normal_",
    "trunc_normal_",
    "constant_",
    "ones_",
    "zeros_",
    "eye_",
    "dirac_",
    "xavier_uniform_",
    "xavier_normal_",
    "kaiming_uniform_",
    "kaiming_normal_",
    "orthogonal_",
    "sparse_",
];
