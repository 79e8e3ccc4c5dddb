/* @ts-self-types="./max_unpool3d.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.MaxUnpool3d`.
 *
 * @module
 */
import { Module } from "./module.js";
import { options, tuple } from "./_options.js";
/**
 * `torch.nn.MaxUnpool3d(kernel_size, stride=None, padding=0)`: the partial
 * inverse of max pooling. It has no parameters or buffers and draws nothing;
 * its arguments are validated and kept as fields, so a state dict walks
 * through it with torch's key names.
 *
 * @param kernelSize Size of the window.
 * @param opts `stride`, `padding`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { MaxUnpool3d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new MaxUnpool3d(2);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.kernelSize, [2, 2, 2]);
 * ```
 */
export class MaxUnpool3d extends Module {
    /** Size of the window. */
    kernelSize;
    /** Stride of the window. Default: `kernelSize`. */
    stride;
    /** Padding of the pooling. */
    padding;
    /**
     * Create a `MaxUnpool3d`; see {@linkcode MaxUnpool3d} for what it holds and how it is
     * initialised.
     *
     * @param kernelSize Size of the window.
     * @param opts `stride`, `padding`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(kernelSize, opts) {
        super();
        const what = "Cannot create MaxUnpool3d";
        const o = options(opts, what);
        const kernelSizeTuple = tuple(kernelSize, 3, "kernelSize", what, 1);
        const stride = o.stride === undefined || o.stride === null
            ? kernelSizeTuple
            : tuple(o.stride, 3, "stride", what, 1);
        const padding = tuple(o.padding ?? 0, 3, "padding", what);
        this.kernelSize = kernelSizeTuple;
        this.stride = stride;
        this.padding = padding;
    }
}
