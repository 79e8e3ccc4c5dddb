/* @ts-self-types="./hardswish.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.Hardswish`.
 *
 * @module
 */
import { Module } from "./module.js";
import { bool, options } from "./_options.js";
/**
 * `torch.nn.Hardswish(inplace=False)`: the hard swish. It has no parameters or
 * buffers and draws nothing; its arguments are validated and kept as fields,
 * so a state dict walks through it with torch's key names.
 *
 * @param opts `inplace`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { Hardswish } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new Hardswish({ inplace: true });
 * assert.equal(m.inplace, true);
 * assert.equal(m.stateDict().size, 0);
 * ```
 */
export class Hardswish extends Module {
    /** Do the operation in place (accepted for parity; nothing is computed here). */
    inplace;
    /**
     * Create a `Hardswish`; see {@linkcode Hardswish} for what it holds and how it is
     * initialised.
     *
     * @param opts `inplace`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(opts) {
        super();
        const what = "Cannot create Hardswish";
        const o = options(opts, what);
        const inplace = bool(o.inplace ?? false, "inplace", what);
        this.inplace = inplace;
    }
}
