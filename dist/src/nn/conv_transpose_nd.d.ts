/**
 * `torch.nn.modules.conv._ConvTransposeNd`.
 *
 * @module
 */
import { _ConvNd, type ConvNdSettings } from "./conv_nd.js";
/**
 * The base of {@linkcode ConvTranspose1d} … {@linkcode ConvTranspose3d}, as
 * torch's `_ConvTransposeNd`: a transposed {@linkcode _ConvNd}, whose weight
 * is `[inChannels, outChannels / groups, ...kernel]`.
 *
 * @param inChannels Number of input channels: an integer ≥ 0.
 * @param outChannels Number of output channels: an integer ≥ 0.
 * @param kernelSize Kernel size per spatial dimension.
 * @param settings The normalised remaining arguments (`transposed` true).
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { _ConvTransposeNd, ConvTranspose2d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new ConvTranspose2d(4, 6, 3, { groups: 2 });
 * assert.ok(m instanceof _ConvTransposeNd);
 * assert.deepEqual(m.weight.shape, [4, 3, 3, 3]);
 * ```
 */
export declare class _ConvTransposeNd extends _ConvNd {
    /**
     * Create a `_ConvTransposeNd`; see {@linkcode _ConvTransposeNd} for what it holds and how it is
     * initialised.
     *
     * @param inChannels Number of input channels: an integer ≥ 0.
     * @param outChannels Number of output channels: an integer ≥ 0.
     * @param kernelSize Kernel size per spatial dimension.
     * @param settings The normalised remaining arguments (`transposed` true).
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(inChannels: number, outChannels: number, kernelSize: readonly number[], settings: ConvNdSettings);
}
