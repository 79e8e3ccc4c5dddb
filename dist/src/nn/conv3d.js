/* @ts-self-types="./conv3d.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.Conv3d`.
 *
 * @module
 */
import { _ConvNd } from "./conv_nd.js";
import { convSettings } from "./_conv.js";
import { tuple } from "./_options.js";
/**
 * `torch.nn.Conv3d(in_channels, out_channels, kernel_size, stride=1,
 * padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros')`: a
 * `weight` of shape `[outChannels, inChannels / groups, ...kernelSize]` and a
 * `bias` of shape `[outChannels]`, validated and initialised as torch 1.13
 * does, bit for bit (see {@linkcode _ConvNd.resetParameters}).
 *
 * @param inChannels Number of input channels: an integer ≥ 0.
 * @param outChannels Number of output channels: an integer ≥ 0.
 * @param kernelSize Kernel size: one integer or 3 integers.
 * @param opts `stride`, `padding`, `dilation`, `groups`, `bias`, `paddingMode`, `dtype`, `generator`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If `groups` does not divide both channel counts, `padding: "same"` has a stride, or a value is out of range.
 *
 * @example
 * ```ts
 * import { Conv3d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const conv = new Conv3d(4, 4, 3, { groups: 2, padding: 1 });
 * assert.deepEqual(conv.weight.shape, [4, 2, 3, 3, 3]);
 * assert.deepEqual(conv.padding, [1, 1, 1]);
 * ```
 */
export class Conv3d extends _ConvNd {
    /**
     * Create a `Conv3d`; see {@linkcode Conv3d} for what it holds and how it is
     * initialised.
     *
     * @param inChannels Number of input channels: an integer ≥ 0.
     * @param outChannels Number of output channels: an integer ≥ 0.
     * @param kernelSize Kernel size: one integer or 3 integers.
     * @param opts `stride`, `padding`, `dilation`, `groups`, `bias`, `paddingMode`, `dtype`, `generator`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If `groups` does not divide both channel counts, `padding: "same"` has a stride, or a value is out of range.
     */
    constructor(inChannels, outChannels, kernelSize, opts) {
        const what = "Cannot create Conv3d";
        const kernel = tuple(kernelSize, 3, "kernelSize", what);
        super(inChannels, outChannels, kernel, convSettings(3, opts, what));
    }
}
