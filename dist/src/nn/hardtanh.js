/* @ts-self-types="./hardtanh.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.Hardtanh`.
 *
 * @module
 */
import { Module } from "./module.js";
import { bool, num, options } from "./_options.js";
/**
 * `torch.nn.Hardtanh(min_val=-1.0, max_val=1.0, inplace=False)`: clamp(x,
 * minVal, maxVal). It has no parameters or buffers and draws nothing; its
 * arguments are validated and kept as fields, so a state dict walks through it
 * with torch's key names.
 *
 * @param minVal Lower end of the linear region. Default: `-1`.
 * @param maxVal Upper end of the linear region. Default: `1`.
 * @param opts `inplace`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { Hardtanh } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new Hardtanh();
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.minVal, -1);
 * ```
 */
export class Hardtanh extends Module {
    /** Lower end of the linear region. */
    minVal;
    /** Upper end of the linear region. */
    maxVal;
    /** Do the operation in place (accepted for parity; nothing is computed here). */
    inplace;
    /**
     * Create a `Hardtanh`; see {@linkcode Hardtanh} for what it holds and how it is
     * initialised.
     *
     * @param minVal Lower end of the linear region. Default: `-1`.
     * @param maxVal Upper end of the linear region. Default: `1`.
     * @param opts `inplace`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(minVal = -1, maxVal = 1, opts) {
        super();
        const what = "Cannot create Hardtanh";
        const o = options(opts, what);
        const minValValue = num(minVal, "minVal", what);
        const maxValValue = num(maxVal, "maxVal", what);
        const inplace = bool(o.inplace ?? false, "inplace", what);
        if (!(maxVal > minVal)) {
            throw new RangeError(`${what}: maxVal must be greater than minVal, received minVal ${minVal} and maxVal ${maxVal}`);
        }
        this.minVal = minValValue;
        this.maxVal = maxValValue;
        this.inplace = inplace;
    }
}
