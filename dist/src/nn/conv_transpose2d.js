/* @ts-self-types="./conv_transpose2d.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.ConvTranspose2d`.
 *
 * @module
 */
import { _ConvTransposeNd } from "./conv_transpose_nd.js";
import { convTransposeSettings } from "./_conv.js";
import { tuple } from "./_options.js";
/**
 * `torch.nn.ConvTranspose2d(in_channels, out_channels, kernel_size,
 * stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1,
 * padding_mode='zeros')`: a `weight` of shape `[inChannels, outChannels /
 * groups, ...kernelSize]` (note the order) and a `bias` of shape
 * `[outChannels]`, initialised as torch 1.13 does, bit for bit: the fans come
 * from the weight's shape, so fanIn is `outChannels / groups × kernel`.
 *
 * @param inChannels Number of input channels: an integer ≥ 0.
 * @param outChannels Number of output channels: an integer ≥ 0.
 * @param kernelSize Kernel size: one integer or 2 integers.
 * @param opts `stride`, `padding`, `outputPadding`, `groups`, `bias`, `dilation`, `paddingMode`, `dtype`, `generator`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If `groups` does not divide both channel counts, `paddingMode` is not `"zeros"`, or a value is out of range.
 *
 * @example
 * ```ts
 * import { ConvTranspose2d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const up = new ConvTranspose2d(4, 6, 3, { stride: 2, groups: 2 });
 * assert.deepEqual(up.weight.shape, [4, 3, 3, 3]);
 * assert.equal(up.bias?.shape[0], 6);
 * ```
 */
export class ConvTranspose2d extends _ConvTransposeNd {
    /**
     * Create a `ConvTranspose2d`; see {@linkcode ConvTranspose2d} for what it holds and how it is
     * initialised.
     *
     * @param inChannels Number of input channels: an integer ≥ 0.
     * @param outChannels Number of output channels: an integer ≥ 0.
     * @param kernelSize Kernel size: one integer or 2 integers.
     * @param opts `stride`, `padding`, `outputPadding`, `groups`, `bias`, `dilation`, `paddingMode`, `dtype`, `generator`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If `groups` does not divide both channel counts, `paddingMode` is not `"zeros"`, or a value is out of range.
     */
    constructor(inChannels, outChannels, kernelSize, opts) {
        const what = "Cannot create ConvTranspose2d";
        const kernel = tuple(kernelSize, 2, "kernelSize", what);
        super(inChannels, outChannels, kernel, convTransposeSettings(2, opts, what));
    }
}
