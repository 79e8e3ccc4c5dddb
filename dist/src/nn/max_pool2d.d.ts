/**
 * `torch.nn.MaxPool2d`.
 *
 * @module
 */
import { _MaxPoolNd, type MaxPoolOptions } from "./max_pool_nd.js";
/**
 * `torch.nn.MaxPool2d(kernel_size, stride=None, padding=0, dilation=1,
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
 * import { MaxPool2d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new MaxPool2d(2);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.kernelSize, 2);
 * ```
 */
export declare class MaxPool2d extends _MaxPoolNd {
    /**
     * Create a `MaxPool2d`; see {@linkcode MaxPool2d} for what it holds and how it is
     * initialised.
     *
     * @param kernelSize Size of the window.
     * @param opts `stride`, `padding`, `dilation`, `returnIndices`, `ceilMode`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(kernelSize: number | readonly number[], opts?: MaxPoolOptions);
}
