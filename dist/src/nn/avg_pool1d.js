/* @ts-self-types="./avg_pool1d.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.AvgPool1d`.
 *
 * @module
 */
import { Module } from "./module.js";
import { bool, intOrInts, optional, options } from "./_options.js";
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
export class AvgPool1d extends Module {
    /** Size of the window. */
    kernelSize;
    /** Stride of the window (`kernelSize` when not given, as torch stores it). */
    stride;
    /** Implicit zero padding. */
    padding;
    /** Use ceil instead of floor for the output size. */
    ceilMode;
    /** Include the zero padding in the average. */
    countIncludePad;
    /**
     * Create a `AvgPool1d`; see {@linkcode AvgPool1d} for what it holds and how it is
     * initialised.
     *
     * @param kernelSize Size of the window.
     * @param opts `stride`, `padding`, `ceilMode`, `countIncludePad`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(kernelSize, opts) {
        super();
        const what = "Cannot create AvgPool1d";
        const o = options(opts, what);
        const kernelSizeValue = intOrInts(kernelSize, "kernelSize", what, 1);
        const stride = optional(o.stride, (x) => intOrInts(x, "stride", what, 1));
        const padding = intOrInts(o.padding ?? 0, "padding", what);
        const ceilMode = bool(o.ceilMode ?? false, "ceilMode", what);
        const countIncludePad = bool(o.countIncludePad ?? true, "countIncludePad", what);
        this.kernelSize = kernelSizeValue;
        this.stride = stride ?? kernelSizeValue;
        this.padding = padding;
        this.ceilMode = ceilMode;
        this.countIncludePad = countIncludePad;
    }
}
