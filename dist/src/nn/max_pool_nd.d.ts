/**
 * `torch.nn.modules.pooling._MaxPoolNd`.
 *
 * @module
 */
import { Module } from "./module.js";
/** Options for {@linkcode MaxPool1d}, {@linkcode MaxPool2d} and {@linkcode MaxPool3d}. */
export interface MaxPoolOptions {
    /** Stride of the window. Default: `kernelSize`. */
    stride?: number | readonly number[] | null;
    /** Implicit negative-infinity padding. Default: `0`. */
    padding?: number | readonly number[];
    /** Spacing of the window elements. Default: `1`. */
    dilation?: number | readonly number[];
    /** Also return the argmax indices. Default: `false`. */
    returnIndices?: boolean;
    /** Use ceil instead of floor for the output size. Default: `false`. */
    ceilMode?: boolean;
}
/**
 * The base of the max-pooling modules, as torch's `_MaxPoolNd`: validates
 * and keeps `kernelSize`, `stride` (`kernelSize` when not given, as torch
 * stores it), `padding`, `dilation`, `returnIndices` and `ceilMode`. It has
 * no parameters or buffers and draws nothing.
 *
 * @param kernelSize Size of the window.
 * @param opts `stride`, `padding`, `dilation`, `returnIndices`, `ceilMode`.
 * @param name The class name for error messages.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { _MaxPoolNd, MaxPool2d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new MaxPool2d(3, { stride: 2 });
 * assert.ok(m instanceof _MaxPoolNd);
 * assert.deepEqual([m.kernelSize, m.stride, m.padding], [3, 2, 0]);
 * ```
 */
export declare class _MaxPoolNd extends Module {
    /** Size of the window. */
    kernelSize: number | number[];
    /** Stride of the window (`kernelSize` when not given, as torch stores it). */
    stride: number | number[];
    /** Implicit negative-infinity padding. */
    padding: number | number[];
    /** Spacing of the window elements. */
    dilation: number | number[];
    /** Also return the argmax indices. */
    returnIndices: boolean;
    /** Use ceil instead of floor for the output size. */
    ceilMode: boolean;
    /**
     * Create a `_MaxPoolNd`; see {@linkcode _MaxPoolNd} for what it holds.
     *
     * @param kernelSize Size of the window.
     * @param opts `stride`, `padding`, `dilation`, `returnIndices`, `ceilMode`.
     * @param name The class name for error messages.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(kernelSize: number | readonly number[], opts: MaxPoolOptions | undefined, name: string);
}
