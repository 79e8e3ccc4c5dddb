/**
 * `torch.nn.Conv1d`.
 *
 * @module
 */
import { _ConvNd } from "./conv_nd.js";
import type { ConvOptions } from "./conv_options.js";
export type { ConvOptions } from "./conv_options.js";
/**
 * `torch.nn.Conv1d(in_channels, out_channels, kernel_size, stride=1,
 * padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros')`: a
 * `weight` of shape `[outChannels, inChannels / groups, ...kernelSize]` and a
 * `bias` of shape `[outChannels]`, validated and initialised as torch 1.13
 * does, bit for bit (see {@linkcode _ConvNd.resetParameters}).
 *
 * @param inChannels Number of input channels: an integer ≥ 0.
 * @param outChannels Number of output channels: an integer ≥ 0.
 * @param kernelSize Kernel size: one integer or 1 integers.
 * @param opts `stride`, `padding`, `dilation`, `groups`, `bias`, `paddingMode`, `dtype`, `generator`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If `groups` does not divide both channel counts, `padding: "same"` has a stride, or a value is out of range.
 *
 * @example
 * ```ts
 * import { Conv1d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const conv = new Conv1d(4, 4, 3, { groups: 2, padding: 1 });
 * assert.deepEqual(conv.weight.shape, [4, 2, 3]);
 * assert.deepEqual(conv.padding, [1]);
 * ```
 */
export declare class Conv1d extends _ConvNd {
    /**
     * Create a `Conv1d`; see {@linkcode Conv1d} for what it holds and how it is
     * initialised.
     *
     * @param inChannels Number of input channels: an integer ≥ 0.
     * @param outChannels Number of output channels: an integer ≥ 0.
     * @param kernelSize Kernel size: one integer or 1 integers.
     * @param opts `stride`, `padding`, `dilation`, `groups`, `bias`, `paddingMode`, `dtype`, `generator`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If `groups` does not divide both channel counts, `padding: "same"` has a stride, or a value is out of range.
     */
    constructor(inChannels: number, outChannels: number, kernelSize: number | readonly number[], opts?: ConvOptions);
}
