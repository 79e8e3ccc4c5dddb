/* @ts-self-types="./max_pool_nd.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.modules.pooling._MaxPoolNd`.
 *
 * @module
 */
import { Module } from "./module.js";
import { bool, intOrInts, optional, options } from "./_options.js";
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
export class _MaxPoolNd extends Module {
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
     * Create a `_MaxPoolNd`; see {@linkcode _MaxPoolNd} for what it holds.
     *
     * @param kernelSize Size of the window.
     * @param opts `stride`, `padding`, `dilation`, `returnIndices`, `ceilMode`.
     * @param name The class name for error messages.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(kernelSize, opts, name) {
        super();
        const what = `Cannot create ${name}`;
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
