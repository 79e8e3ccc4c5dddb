/**
 * `torch.nn.Fold`.
 *
 * @module
 */
import { Module } from "./module.js";
/** Options for {@linkcode Fold}. */
export interface FoldOptions {
    /** Spacing of the block elements. Default: `1`. */
    dilation?: number | readonly number[];
    /** Implicit zero padding. Default: `0`. */
    padding?: number | readonly number[];
    /** Stride of the blocks. Default: `1`. */
    stride?: number | readonly number[];
}
/**
 * `torch.nn.Fold(output_size, kernel_size, dilation=1, padding=0, stride=1)`:
 * combines sliding blocks into a tensor. It has no parameters or buffers and
 * draws nothing; its arguments are validated and kept as fields, so a state
 * dict walks through it with torch's key names.
 *
 * @param outputSize Spatial shape of the output.
 * @param kernelSize Size of the blocks.
 * @param opts `dilation`, `padding`, `stride`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { Fold } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new Fold(2, 2);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.outputSize, 2);
 * ```
 */
export declare class Fold extends Module {
    /** Spatial shape of the output. */
    outputSize: number | number[];
    /** Size of the blocks. */
    kernelSize: number | number[];
    /** Spacing of the block elements. */
    dilation: number | number[];
    /** Implicit zero padding. */
    padding: number | number[];
    /** Stride of the blocks. */
    stride: number | number[];
    /**
     * Create a `Fold`; see {@linkcode Fold} for what it holds and how it is
     * initialised.
     *
     * @param outputSize Spatial shape of the output.
     * @param kernelSize Size of the blocks.
     * @param opts `dilation`, `padding`, `stride`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(outputSize: number | readonly number[], kernelSize: number | readonly number[], opts?: FoldOptions);
}
