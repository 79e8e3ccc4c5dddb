/* @ts-self-types="./lp_pool1d.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.LPPool1d`.
 *
 * @module
 */
import { Module } from "./module.js";
import { bool, intOrInts, num, optional, options } from "./_options.js";
/**
 * `torch.nn.LPPool1d(norm_type, kernel_size, stride=None, ceil_mode=False)`:
 * power-average pooling. It has no parameters or buffers and draws nothing;
 * its arguments are validated and kept as fields, so a state dict walks
 * through it with torch's key names.
 *
 * @param normType The p of the power average.
 * @param kernelSize Size of the window.
 * @param opts `stride`, `ceilMode`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { LPPool1d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new LPPool1d(2, 2);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.normType, 2);
 * ```
 */
export class LPPool1d extends Module {
    /** The p of the power average. */
    normType;
    /** Size of the window. */
    kernelSize;
    /** Stride of the window. Default: `kernelSize` (torch stores `None`). */
    stride;
    /** Use ceil instead of floor for the output size. */
    ceilMode;
    /**
     * Create a `LPPool1d`; see {@linkcode LPPool1d} for what it holds and how it is
     * initialised.
     *
     * @param normType The p of the power average.
     * @param kernelSize Size of the window.
     * @param opts `stride`, `ceilMode`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(normType, kernelSize, opts) {
        super();
        const what = "Cannot create LPPool1d";
        const o = options(opts, what);
        const normTypeValue = num(normType, "normType", what);
        const kernelSizeValue = intOrInts(kernelSize, "kernelSize", what, 1);
        const stride = optional(o.stride, (x) => intOrInts(x, "stride", what, 1));
        const ceilMode = bool(o.ceilMode ?? false, "ceilMode", what);
        this.normType = normTypeValue;
        this.kernelSize = kernelSizeValue;
        this.stride = stride;
        this.ceilMode = ceilMode;
    }
}
