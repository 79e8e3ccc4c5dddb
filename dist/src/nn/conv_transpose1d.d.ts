/**
 * `torch.nn.ConvTranspose1d`.
 *
 * @module
 */
import { _ConvTransposeNd } from "./conv_transpose_nd.js";
import type { ConvTransposeOptions } from "./conv_options.js";
export type { ConvTransposeOptions } from "./conv_options.js";
/**
 * `torch.nn.ConvTranspose1d(in_channels, out_channels, kernel_size,
 * stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1,
 * padding_mode='zeros')`: a `weight` of shape `[inChannels, outChannels /
 * groups, ...kernelSize]` (note the order) and a `bias` of shape
 * `[outChannels]`, initialised as torch 1.13 does, bit for bit: the fans come
 * from the weight's shape, so fanIn is `outChannels / groups × kernel`.
 *
 * @param inChannels Number of input channels: an integer ≥ 0.
 * @param outChannels Number of output channels: an integer ≥ 0.
 * @param kernelSize Kernel size: one integer or 1 integers.
 * @param opts `stride`, `padding`, `outputPadding`, `groups`, `bias`, `dilation`, `paddingMode`, `dtype`, `generator`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If `groups` does not divide both channel counts, `paddingMode` is not `"zeros"`, or a value is out of range.
 *
 * @example
 * ```ts
 * import { ConvTranspose1d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const up = new ConvTranspose1d(4, 6, 3, { stride: 2, groups: 2 });
 * assert.deepEqual(up.weight.shape, [4, 3, 3]);
 * assert.equal(up.bias?.shape[0], 6);
 * ```
 */
export declare class ConvTranspose1d extends _ConvTransposeNd {
    /**
     * Create a `ConvTranspose1d`; see {@linkcode ConvTranspose1d} for what it holds and how it is
     * initialised.
     *
     * @param inChannels Number of input channels: an integer ≥ 0.
     * @param outChannels Number of output channels: an integer ≥ 0.
     * @param kernelSize Kernel size: one integer or 1 integers.
     * @param opts `stride`, `padding`, `outputPadding`, `groups`, `bias`, `dilation`, `paddingMode`, `dtype`, `generator`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If `groups` does not divide both channel counts, `paddingMode` is not `"zeros"`, or a value is out of range.
     */
    constructor(inChannels: number, outChannels: number, kernelSize: number | readonly number[], opts?: ConvTransposeOptions);
}
