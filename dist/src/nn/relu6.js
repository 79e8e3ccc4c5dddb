/* @ts-self-types="./relu6.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.ReLU6`.
 *
 * @module
 */
import { Hardtanh } from "./hardtanh.js";
/**
 * `torch.nn.ReLU6(inplace=False)`: min(max(0, x), 6): a Hardtanh from 0 to 6,
 * as in torch. It has no parameters or buffers and draws nothing; its
 * arguments are validated and kept as fields, so a state dict walks through it
 * with torch's key names.
 *
 * @param opts `inplace`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { ReLU6 } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new ReLU6();
 * assert.equal(m.stateDict().size, 0);
 * assert.equal(m.maxVal, 6);
 * ```
 */
export class ReLU6 extends Hardtanh {
    /**
     * Create a `ReLU6`; see {@linkcode ReLU6} for what it holds and how it is
     * initialised.
     *
     * @param opts `inplace`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(opts) {
        super(0, 6, opts);
    }
}
