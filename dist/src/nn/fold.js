/* @ts-self-types="./fold.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.Fold`.
 *
 * @module
 */
import { Module } from "./module.js";
import { intOrInts, options } from "./_options.js";
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
export class Fold extends Module {
    /** Spatial shape of the output. */
    outputSize;
    /** Size of the blocks. */
    kernelSize;
    /** Spacing of the block elements. */
    dilation;
    /** Implicit zero padding. */
    padding;
    /** Stride of the blocks. */
    stride;
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
    constructor(outputSize, kernelSize, opts) {
        super();
        const what = "Cannot create Fold";
        const o = options(opts, what);
        const outputSizeValue = intOrInts(outputSize, "outputSize", what, 1);
        const kernelSizeValue = intOrInts(kernelSize, "kernelSize", what, 1);
        const dilation = intOrInts(o.dilation ?? 1, "dilation", what, 1);
        const padding = intOrInts(o.padding ?? 0, "padding", what);
        const stride = intOrInts(o.stride ?? 1, "stride", what, 1);
        this.outputSize = outputSizeValue;
        this.kernelSize = kernelSizeValue;
        this.dilation = dilation;
        this.padding = padding;
        this.stride = stride;
    }
}
