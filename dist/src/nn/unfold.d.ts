/**
 * `torch.nn.Unfold`.
 *
 * @module
 */
import { Module } from "./module.js";
import type { FoldOptions } from "./fold.js";
/**
 * `torch.nn.Unfold(kernel_size, dilation=1, padding=0, stride=1)`: extracts
 * sliding blocks. It has no parameters or buffers and draws nothing; its
 * arguments are validated and kept as fields, so a state dict walks through it
 * with torch's key names.
 *
 * @param kernelSize Size of the blocks.
 * @param opts `dilation`, `padding`, `stride`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { Unfold } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new Unfold(2);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.kernelSize, 2);
 * ```
 */
export declare class Unfold extends Module {
    /** Size of the blocks. */
    kernelSize: number | number[];
    /** Spacing of the block elements. */
    dilation: number | number[];
    /** Implicit zero padding. */
    padding: number | number[];
    /** Stride of the blocks. */
    stride: number | number[];
    /**
     * Create a `Unfold`; see {@linkcode Unfold} for what it holds and how it is
     * initialised.
     *
     * @param kernelSize Size of the blocks.
     * @param opts `dilation`, `padding`, `stride`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(kernelSize: number | readonly number[], opts?: FoldOptions);
}
