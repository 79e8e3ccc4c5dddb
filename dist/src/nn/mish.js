/* @ts-self-types="./mish.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.Mish`.
 *
 * @module
 */
import { Module } from "./module.js";
import { bool, options } from "./_options.js";
/**
 * `torch.nn.Mish(inplace=False)`: x·tanh(softplus(x)). It has no parameters or
 * buffers and draws nothing; its arguments are validated and kept as fields,
 * so a state dict walks through it with torch's key names.
 *
 * @param opts `inplace`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { Mish } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new Mish({ inplace: true });
 * assert.equal(m.inplace, true);
 * assert.equal(m.stateDict().size, 0);
 * ```
 */
export class Mish extends Module {
    /** Do the operation in place (accepted for parity; nothing is computed here). */
    inplace;
    /**
     * Create a `Mish`; see {@linkcode Mish} for what it holds and how it is
     * initialised.
     *
     * @param opts `inplace`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(opts) {
        super();
        const what = "Cannot create Mish";
        const o = options(opts, what);
        const inplace = bool(o.inplace ?? false, "inplace", what);
        this.inplace = inplace;
    }
}
