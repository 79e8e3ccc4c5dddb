/* @ts-self-types="./unfold.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.Unfold`.
 *
 * @module
 */
import { Module } from "./module.js";
import { intOrInts, options } from "./_options.js";
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
export class Unfold extends Module {
    /** Size of the blocks. */
    kernelSize;
    /** Spacing of the block elements. */
    dilation;
    /** Implicit zero padding. */
    padding;
    /** Stride of the blocks. */
    stride;
    /**
     * Create a `Unfold`; see {@linkcode Unfold} for what it holds and how it is
     * initialised.
     *
     * @param kernelSize Size of the blocks.
     * @param opts `dilation`, `padding`, `stride`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(kernelSize, opts) {
        super();
        const what = "Cannot create Unfold";
        const o = options(opts, what);
        const kernelSizeValue = intOrInts(kernelSize, "kernelSize", what, 1);
        const dilation = intOrInts(o.dilation ?? 1, "dilation", what, 1);
        const padding = intOrInts(o.padding ?? 0, "padding", what);
        const stride = intOrInts(o.stride ?? 1, "stride", what, 1);
        this.kernelSize = kernelSizeValue;
        this.dilation = dilation;
        this.padding = padding;
        this.stride = stride;
    }
}
