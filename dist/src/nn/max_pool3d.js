/* @ts-self-types="./max_pool3d.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.MaxPool3d`.
 *
 * @module
 */
import { _MaxPoolNd } from "./max_pool_nd.js";
/**
 * `torch.nn.MaxPool3d(kernel_size, stride=None, padding=0, dilation=1,
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
 * import { MaxPool3d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new MaxPool3d(2);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.kernelSize, 2);
 * ```
 */
export class MaxPool3d extends _MaxPoolNd {
    /**
     * Create a `MaxPool3d`; see {@linkcode MaxPool3d} for what it holds and how it is
     * initialised.
     *
     * @param kernelSize Size of the window.
     * @param opts `stride`, `padding`, `dilation`, `returnIndices`, `ceilMode`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(kernelSize, opts) {
        super(kernelSize, opts, "MaxPool3d");
    }
}
