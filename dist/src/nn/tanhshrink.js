/* @ts-self-types="./tanhshrink.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.Tanhshrink`.
 *
 * @module
 */
import { Module } from "./module.js";
/**
 * `torch.nn.Tanhshrink()`: x - tanh(x). It has no parameters or buffers and
 * draws nothing; its arguments are validated and kept as fields, so a state
 * dict walks through it with torch's key names.
 *
 * @example
 * ```ts
 * import { Tanhshrink } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new Tanhshrink();
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual([...m.namedModules()].map(([n]) => n), [""]);
 * ```
 */
export class Tanhshrink extends Module {
    /**
     * Create a `Tanhshrink`; see {@linkcode Tanhshrink} for what it holds and how it is
     * initialised.
     */
    constructor() {
        super();
    }
}
