/* @ts-self-types="./gelu.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.GELU`.
 *
 * @module
 */
import { Module } from "./module.js";
import { oneOf, options } from "./_options.js";
/**
 * `torch.nn.GELU(approximate='none')`: the Gaussian error linear unit. It has
 * no parameters or buffers and draws nothing; its arguments are validated and
 * kept as fields, so a state dict walks through it with torch's key names.
 *
 * @param opts `approximate`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { GELU } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new GELU();
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.approximate, "none");
 * ```
 */
export class GELU extends Module {
    /** `"none"` (exact) or `"tanh"` (the tanh approximation). */
    approximate;
    /**
     * Create a `GELU`; see {@linkcode GELU} for what it holds and how it is
     * initialised.
     *
     * @param opts `approximate`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(opts) {
        super();
        const what = "Cannot create GELU";
        const o = options(opts, what);
        const approximate = oneOf(o.approximate ?? "none", ["none", "tanh"], "approximate", what);
        this.approximate = approximate;
    }
}
