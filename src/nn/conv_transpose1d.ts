// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.ConvTranspose1d`.
 *
 * @module
 */

import type { DType } from "../tensor.ts";
import type { Generator } from "../random/generator.ts";
import { _ConvTransposeNd } from "./conv_transpose_nd.ts";
import { convTransposeSettings } from "./_conv.ts";
import { tuple } from "./_options.ts";

/** Options for {@linkcode ConvTranspose1d}, {@linkcode ConvTranspose2d} and {@linkcode ConvTranspose3d}. */
export interface ConvTransposeOptions {
  /** Stride: one integer or one per spatial dimension. Default: 1. */
  stride?: number | readonly number[];
  /** Implicit zero padding (`dilation * (kernelSize - 1) - padding` is added). Default: 0. */
  padding?: number | readonly number[];
  /** Additional size added to one side of the output. Default: 0. */
  outputPadding?: number | readonly number[];
  /** Number of blocked connections from input to output channels. Default: 1. */
  groups?: number;
  /** Whether to add a learnable bias. Default: `true`. */
  bias?: boolean;
  /** Spacing between kernel elements. Default: 1. */
  dilation?: number | readonly number[];
  /** Only `"zeros"` is supported, as in torch. Default: `"zeros"`. */
  paddingMode?: "zeros";
  /** Element type of the parameters. Default: `"float32"`. */
  dtype?: DType;
  /** The generator to draw the initial values from. Default: the default generator. */
  generator?: Generator;
}

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
export class ConvTranspose1d extends _ConvTransposeNd {
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
  constructor(
    inChannels: number,
    outChannels: number,
    kernelSize: number | readonly number[],
    opts?: ConvTransposeOptions,
  ) {
    const what = "Cannot create ConvTranspose1d";
    const kernel = tuple(kernelSize, 1, "kernelSize", what);
    super(inChannels, outChannels, kernel, convTransposeSettings(1, opts, what));
  }
}
