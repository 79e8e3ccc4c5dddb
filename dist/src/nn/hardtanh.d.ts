/**
 * `torch.nn.Hardtanh`.
 *
 * @module
 */
import { Module } from "./module.js";
import type { InplaceOptions } from "./relu.js";
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
export declare class Hardtanh extends Module {
    /** Lower end of the linear region. */
    minVal: number;
    /** Upper end of the linear region. */
    maxVal: number;
    /** Do the operation in place (accepted for parity; nothing is computed here). */
    inplace: boolean;
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
    constructor(minVal?: number, maxVal?: number, opts?: InplaceOptions);
}
