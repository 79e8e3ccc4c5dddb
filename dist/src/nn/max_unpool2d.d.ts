/**
 * `torch.nn.MaxUnpool2d`.
 *
 * @module
 */
import { Module } from "./module.js";
import type { MaxUnpoolOptions } from "./max_unpool1d.js";
/**
 * `torch.nn.MaxUnpool2d(kernel_size, stride=None, padding=0)`: the partial
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
 * import { MaxUnpool2d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new MaxUnpool2d(2);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.kernelSize, [2, 2]);
 * ```
 */
export declare class MaxUnpool2d extends Module {
    /** Size of the window. */
    kernelSize: number[];
    /** Stride of the window. Default: `kernelSize`. */
    stride: number[];
    /** Padding of the pooling. */
    padding: number[];
    /**
     * Create a `MaxUnpool2d`; see {@linkcode MaxUnpool2d} for what it holds and how it is
     * initialised.
     *
     * @param kernelSize Size of the window.
     * @param opts `stride`, `padding`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(kernelSize: number | readonly number[], opts?: MaxUnpoolOptions);
}
