/**
 * `torch.nn.AvgPool2d`.
 *
 * @module
 */
import { Module } from "./module.js";
/** Options for {@linkcode AvgPool2d}. */
export interface AvgPoolOptions {
    /** Stride of the window. Default: `kernelSize`. */
    stride?: number | readonly number[] | null;
    /** Implicit zero padding. Default: `0`. */
    padding?: number | readonly number[];
    /** Use ceil instead of floor for the output size. Default: `false`. */
    ceilMode?: boolean;
    /** Include the zero padding in the average. Default: `true`. */
    countIncludePad?: boolean;
    /** A divisor to use instead of the window size. Default: `null`. */
    divisorOverride?: number | null;
}
/**
 * `torch.nn.AvgPool2d(kernel_size, stride=None, padding=0, ceil_mode=False,
 * count_include_pad=True, divisor_override=None)`: average pooling. It has no
 * parameters or buffers and draws nothing; its arguments are validated and
 * kept as fields, so a state dict walks through it with torch's key names.
 *
 * @param kernelSize Size of the window.
 * @param opts `stride`, `padding`, `ceilMode`, `countIncludePad`, `divisorOverride`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { AvgPool2d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new AvgPool2d(2);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.kernelSize, 2);
 * ```
 */
export declare class AvgPool2d extends Module {
    /** Size of the window. */
    kernelSize: number | number[];
    /** Stride of the window (`kernelSize` when not given, as torch stores it). */
    stride: number | number[];
    /** Implicit zero padding. */
    padding: number | number[];
    /** Use ceil instead of floor for the output size. */
    ceilMode: boolean;
    /** Include the zero padding in the average. */
    countIncludePad: boolean;
    /** A divisor to use instead of the window size. */
    divisorOverride: number | null;
    /**
     * Create a `AvgPool2d`; see {@linkcode AvgPool2d} for what it holds and how it is
     * initialised.
     *
     * @param kernelSize Size of the window.
     * @param opts `stride`, `padding`, `ceilMode`, `countIncludePad`, `divisorOverride`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(kernelSize: number | readonly number[], opts?: AvgPoolOptions);
}
