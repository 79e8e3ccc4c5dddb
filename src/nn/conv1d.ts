// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.Conv1d`.
 *
 * @module
 */

import type { DType } from "../tensor.ts";
import type { Generator } from "../random/generator.ts";
import { _ConvNd, type PaddingMode } from "./conv_nd.ts";
import { convSettings } from "./_conv.ts";
import { tuple } from "./_options.ts";

/** Options for {@linkcode Conv1d}, {@linkcode Conv2d} and {@linkcode Conv3d}. */
export interface ConvOptions {
  /** Stride of the convolution: one integer or one per spatial dimension. Default: 1. */
  stride?: number | readonly number[];
  /** Padding: integers, `"same"` or `"valid"`. Default: 0. */
  padding?: number | readonly number[] | "same" | "valid";
  /** Spacing between kernel elements. Default: 1. */
  dilation?: number | readonly number[];
  /** Number of blocked connections from input to output channels. Default: 1. */
  groups?: number;
  /** Whether to add a learnable bias. Default: `true`. */
  bias?: boolean;
  /** `"zeros"`, `"reflect"`, `"replicate"` or `"circular"`. Default: `"zeros"`. */
  paddingMode?: PaddingMode;
  /** Element type of the parameters. Default: `"float32"`. */
  dtype?: DType;
  /** The generator to draw the initial values from. Default: the default generator. */
  generator?: Generator;
}

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
export class Conv1d extends _ConvNd {
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
  constructor(
    inChannels: number,
    outChannels: number,
    kernelSize: number | readonly number[],
    opts?: ConvOptions,
  ) {
    const what = "Cannot create Conv1d";
    const kernel = tuple(kernelSize, 1, "kernelSize", what);
    super(inChannels, outChannels, kernel, convSettings(1, opts, what));
  }
}
