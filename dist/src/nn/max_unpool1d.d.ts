/**
 * `torch.nn.MaxUnpool1d`.
 *
 * @module
 */
import { Module } from "./module.js";
/** Options for {@linkcode MaxUnpool1d}. */
export interface MaxUnpoolOptions {
    /** Stride of the window. Default: `kernelSize`. */
    stride?: number | readonly number[] | null;
    /** Padding of the pooling. Default: `0`. */
    padding?: number | readonly number[];
}
/**
 * `torch.nn.MaxUnpool1d(kernel_size, stride=None, padding=0)`: the partial
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
 * import { MaxUnpool1d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new MaxUnpool1d(2);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.kernelSize, [2]);
 * ```
 */
export declare class MaxUnpool1d extends Module {
    /** Size of the window. */
    kernelSize: number[];
    /** Stride of the window. Default: `kernelSize`. */
    stride: number[];
    /** Padding of the pooling. */
    padding: number[];
    /**
     * Create a `MaxUnpool1d`; see {@linkcode MaxUnpool1d} for what it holds and how it is
     * initialised.
     *
     * @param kernelSize Size of the window.
     * @param opts `stride`, `padding`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(kernelSize: number | readonly number[], opts?: MaxUnpoolOptions);
}
