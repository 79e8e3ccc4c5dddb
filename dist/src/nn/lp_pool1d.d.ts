/**
 * `torch.nn.LPPool1d`.
 *
 * @module
 */
import { Module } from "./module.js";
/** Options for {@linkcode LPPool1d}. */
export interface LPPoolOptions {
    /** Stride of the window. Default: `kernelSize` (torch stores `None`). */
    stride?: number | readonly number[] | null;
    /** Use ceil instead of floor for the output size. Default: `false`. */
    ceilMode?: boolean;
}
/**
 * `torch.nn.LPPool1d(norm_type, kernel_size, stride=None, ceil_mode=False)`:
 * power-average pooling. It has no parameters or buffers and draws nothing;
 * its arguments are validated and kept as fields, so a state dict walks
 * through it with torch's key names.
 *
 * @param normType The p of the power average.
 * @param kernelSize Size of the window.
 * @param opts `stride`, `ceilMode`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { LPPool1d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new LPPool1d(2, 2);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.normType, 2);
 * ```
 */
export declare class LPPool1d extends Module {
    /** The p of the power average. */
    normType: number;
    /** Size of the window. */
    kernelSize: number | number[];
    /** Stride of the window. Default: `kernelSize` (torch stores `None`). */
    stride: number | number[] | null;
    /** Use ceil instead of floor for the output size. */
    ceilMode: boolean;
    /**
     * Create a `LPPool1d`; see {@linkcode LPPool1d} for what it holds and how it is
     * initialised.
     *
     * @param normType The p of the power average.
     * @param kernelSize Size of the window.
     * @param opts `stride`, `ceilMode`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(normType: number, kernelSize: number | readonly number[], opts?: LPPoolOptions);
}
