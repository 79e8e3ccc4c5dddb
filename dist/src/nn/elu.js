/* @ts-self-types="./elu.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.ELU`.
 *
 * @module
 */
import { Module } from "./module.js";
import { bool, num, options } from "./_options.js";
/**
 * `torch.nn.ELU(alpha=1.0, inplace=False)`: the exponential linear unit. It
 * has no parameters or buffers and draws nothing; its arguments are validated
 * and kept as fields, so a state dict walks through it with torch's key names.
 *
 * @param alpha The α of the negative part. Default: `1`.
 * @param opts `inplace`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { ELU } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new ELU();
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.alpha, 1);
 * ```
 */
export class ELU extends Module {
    /** The α of the negative part. */
    alpha;
    /** Do the operation in place (accepted for parity; nothing is computed here). */
    inplace;
    /**
     * Create a `ELU`; see {@linkcode ELU} for what it holds and how it is
     * initialised.
     *
     * @param alpha The α of the negative part. Default: `1`.
     * @param opts `inplace`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(alpha = 1, opts) {
        super();
        const what = "Cannot create ELU";
        const o = options(opts, what);
        const alphaValue = num(alpha, "alpha", what);
        const inplace = bool(o.inplace ?? false, "inplace", what);
        this.alpha = alphaValue;
        this.inplace = inplace;
    }
}
