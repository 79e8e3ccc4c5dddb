/* @ts-self-types="./max_pool1d.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.MaxPool1d`.
 *
 * @module
 */
import { Module } from "./module.js";
import { bool, intOrInts, optional, options } from "./_options.js";
/**
 * `torch.nn.MaxPool1d(kernel_size, stride=None, padding=0, dilation=1,
 * return_indices=False, ceil_mode=False)`: max pooling. It has no parameters
 * or buffers and draws nothing; its arguments are validated and kept as
 * fields, so a state dict walks through it with torch's key names.
 *
 * @param kernelSize Size of the window.
 * @param opts `stride`, `padding`, `dilation`, `returnIndices`, `ceilMode`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { MaxPool1d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new MaxPool1d(2);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.kernelSize, 2);
 * ```
 */
export class MaxPool1d extends Module {
    /** Size of the window. */
    kernelSize;
    /** Stride of the window (`kernelSize` when not given, as torch stores it). */
    stride;
    /** Implicit negative-infinity padding. */
    padding;
    /** Spacing of the window elements. */
    dilation;
    /** Also return the argmax indices. */
    returnIndices;
    /** Use ceil instead of floor for the output size. */
    ceilMode;
    /**
     * Create a `MaxPool1d`; see {@linkcode MaxPool1d} for what it holds and how it is
     * initialised.
     *
     * @param kernelSize Size of the window.
     * @param opts `stride`, `padding`, `dilation`, `returnIndices`, `ceilMode`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(kernelSize, opts) {
        super();
        const what = "Cannot create MaxPool1d";
        const o = options(opts, what);
        const kernelSizeValue = intOrInts(kernelSize, "kernelSize", what, 1);
        const stride = optional(o.stride, (x) => intOrInts(x, "stride", what, 1));
        const padding = intOrInts(o.padding ?? 0, "padding", what);
        const dilation = intOrInts(o.dilation ?? 1, "dilation", what, 1);
        const returnIndices = bool(o.returnIndices ?? false, "returnIndices", what);
        const ceilMode = bool(o.ceilMode ?? false, "ceilMode", what);
        this.kernelSize = kernelSizeValue;
        this.stride = stride ?? kernelSizeValue;
        this.padding = padding;
        this.dilation = dilation;
        this.returnIndices = returnIndices;
        this.ceilMode = ceilMode;
    }
}
