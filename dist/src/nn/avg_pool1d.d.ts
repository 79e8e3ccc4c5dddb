/**
 * `torch.nn.AvgPool1d`.
 *
 * @module
 */
import { Module } from "./module.js";
/** Options for {@linkcode AvgPool1d}. */
export interface AvgPool1dOptions {
    /** Stride of the window. Default: `kernelSize`. */
    stride?: number | readonly number[] | null;
    /** Implicit zero padding. Default: `0`. */
    padding?: number | readonly number[];
    /** Use ceil instead of floor for the output size. Default: `false`. */
    ceilMode?: boolean;
    /** Include the zero padding in the average. Default: `true`. */
    countIncludePad?: boolean;
}
/**
 * `torch.nn.AvgPool1d(kernel_size, stride=None, padding=0, ceil_mode=False,
 * count_include_pad=True)`: average pooling. It has no parameters or buffers
 * and draws nothing; its arguments are validated and kept as fields, so a
 * state dict walks through it with torch's key names.
 *
 * @param kernelSize Size of the window.
 * @param opts `stride`, `padding`, `ceilMode`, `countIncludePad`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { AvgPool1d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new AvgPool1d(2);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.kernelSize, 2);
 * ```
 */
export declare class AvgPool1d extends Module {
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
    /**
     * Create a `AvgPool1d`; see {@linkcode AvgPool1d} for what it holds and how it is
     * initialised.
     *
     * @param kernelSize Size of the window.
     * @param opts `stride`, `padding`, `ceilMode`, `countIncludePad`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(kernelSize: number | readonly number[], opts?: AvgPool1dOptions);
}
