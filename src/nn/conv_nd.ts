// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.modules.conv._ConvNd`: the base of the convolution modules.
 *
 * @module
 */

import type { Generator } from "../random/generator.ts";
import { kaimingUniform } from "../init/kaiming_uniform.ts";
import { uniform } from "../init/uniform.ts";
import { calculateFanInAndFanOut } from "../init/fan.ts";
import { Module, type ResetOptions } from "./module.ts";
import type { Parameter } from "./parameter.ts";
import {
  bool,
  dtypeOf,
  generatorOf,
  int,
  numelOf,
  oneOf,
  options,
  parameter,
  show,
} from "./_options.ts";
import { torchAtLeast } from "./_torch_options.ts";

/** Padding modes of the convolutions. */
export type PaddingMode = "zeros" | "reflect" | "replicate" | "circular";

/** The normalised arguments of {@linkcode _ConvNd} (torch's `_ConvNd.__init__`). */
export interface ConvNdSettings {
  /** Stride per spatial dimension. */
  stride: number[];
  /** Padding per spatial dimension, or `"same"` / `"valid"`. */
  padding: number[] | "same" | "valid";
  /** Dilation per spatial dimension. */
  dilation: number[];
  /** Whether this is a transposed convolution (weight `[in, out / groups, ...kernel]`). */
  transposed: boolean;
  /** Output padding per spatial dimension (transposed convolutions). */
  outputPadding: number[];
  /** Number of blocked connections from input to output channels. */
  groups: unknown;
  /** Whether to add a learnable bias. */
  bias: unknown;
  /** The padding mode. */
  paddingMode: unknown;
  /** Element type of the parameters. */
  dtype: unknown;
  /** The generator to draw the initial values from. */
  generator: unknown;
  /** The operation named in error messages, e.g. `"Cannot create Conv2d"`. */
  what: string;
}

/**
 * The base of {@linkcode Conv1d} … {@linkcode ConvTranspose3d}, as torch's
 * `_ConvNd`: validates the arguments like torch (groups positive and dividing
 * both channel counts, padding strings, padding mode), registers `weight`
 * (`[out, in / groups, ...kernel]`, or `[in, out / groups, ...kernel]` when
 * transposed) and `bias` (`[out]` or `null`), then draws them with
 * {@linkcode _ConvNd.resetParameters}. Use it for `instanceof` checks that
 * torch code writes as `isinstance(m, nn.modules.conv._ConvNd)`.
 *
 * @param inChannels Number of input channels: an integer ≥ 0.
 * @param outChannels Number of output channels: an integer ≥ 0.
 * @param kernelSize Kernel size per spatial dimension.
 * @param settings The normalised remaining arguments.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { _ConvNd, Conv2d, ConvTranspose1d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * assert.ok(new Conv2d(1, 2, 3) instanceof _ConvNd);
 * assert.ok(new ConvTranspose1d(1, 2, 3) instanceof _ConvNd);
 * ```
 */
export class _ConvNd extends Module {
  /** Number of input channels. */
  inChannels: number;
  /** Number of output channels. */
  outChannels: number;
  /** Kernel size per spatial dimension. */
  kernelSize: number[];
  /** Stride per spatial dimension. */
  stride: number[];
  /** Padding per spatial dimension, or `"same"` / `"valid"`. */
  padding: number[] | "same" | "valid";
  /** Dilation per spatial dimension. */
  dilation: number[];
  /** Whether the convolution is transposed. */
  transposed: boolean;
  /** Output padding per spatial dimension. */
  outputPadding: number[];
  /** Number of blocked connections from input to output channels. */
  groups: number;
  /** The padding mode. */
  paddingMode: PaddingMode;
  /** The weight. */
  weight!: Parameter;
  /** The bias, `[outChannels]`, or `null`. */
  bias!: Parameter | null;

  /**
   * Create a `_ConvNd`; see {@linkcode _ConvNd} for what it holds and how it is
   * initialised.
   *
   * @param inChannels Number of input channels: an integer ≥ 0.
   * @param outChannels Number of output channels: an integer ≥ 0.
   * @param kernelSize Kernel size per spatial dimension.
   * @param settings The normalised remaining arguments.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(
    inChannels: number,
    outChannels: number,
    kernelSize: readonly number[],
    settings: ConvNdSettings,
  ) {
    super();
    const { what, stride, padding, dilation, transposed, outputPadding } = settings;
    int(inChannels, "inChannels", what);
    int(outChannels, "outChannels", what);
    const groups = int(settings.groups, "groups", what, 1);
    if (inChannels % groups !== 0) {
      throw new RangeError(
        `${what}: inChannels must be divisible by groups, received inChannels ${inChannels} and groups ${groups}`,
      );
    }
    if (outChannels % groups !== 0) {
      throw new RangeError(
        `${what}: outChannels must be divisible by groups, received outChannels ${outChannels} and groups ${groups}`,
      );
    }
    if (padding === "same" && stride.some((s) => s !== 1)) {
      throw new RangeError(
        `${what}: padding "same" is not supported for strided convolutions, received stride ${
          show(stride)
        }`,
      );
    }
    const paddingMode = oneOf(
      settings.paddingMode,
      ["zeros", "reflect", "replicate", "circular"] as const,
      "paddingMode",
      what,
    );
    const bias = bool(settings.bias, "bias", what);
    const dtype = dtypeOf(settings.dtype, what);
    const generator: Generator = generatorOf(settings.generator, what);
    const shape = transposed
      ? [inChannels, outChannels / groups, ...kernelSize]
      : [outChannels, inChannels / groups, ...kernelSize];
    numelOf(shape, what);
    this.inChannels = inChannels;
    this.outChannels = outChannels;
    this.kernelSize = [...kernelSize];
    this.stride = stride;
    this.padding = padding;
    this.dilation = dilation;
    this.transposed = transposed;
    this.outputPadding = outputPadding;
    this.groups = groups;
    this.paddingMode = paddingMode;
    this.weight = parameter(shape, dtype);
    if (bias) this.bias = parameter([outChannels], dtype);
    else this.registerParameter("bias", null);
    this.resetParameters({ generator });
  }

  /**
   * Draw the parameters again as the constructor does (torch's
   * `reset_parameters`): `kaimingUniform(weight, { a: Math.sqrt(5) })`, then,
   * when fanIn ≠ 0, the bias from U(-1/√fanIn, 1/√fanIn); when fanIn is 0
   * torch 1.13 and 2.6 leave the bias uninitialised (here: zeros, nothing
   * drawn) and torch 2.14 fills it from U(0, 0) (zeros, drawn). The fans are those
   * of the weight's shape, so a transposed convolution's fanIn is
   * `outChannels / groups × kernel` as in torch.
   *
   * @param opts `generator`.
   * @throws {TypeError} If `generator` is not a Generator.
   *
   * @example
   * ```ts
   * import { Generator } from "@torch-parity/init";
   * import { Conv1d } from "@torch-parity/init/nn";
   * import assert from "node:assert/strict";
   *
   * const a = new Conv1d(2, 2, 3, { generator: new Generator().manualSeed(5) });
   * const b = new Conv1d(2, 2, 3);
   * b.resetParameters({ generator: new Generator().manualSeed(5) });
   * assert.deepEqual(b.weight.data, a.weight.data);
   * ```
   */
  resetParameters(opts?: ResetOptions): void {
    const what = `Cannot reset ${this.constructor.name}`;
    const generator = generatorOf(options(opts, what).generator, what);
    kaimingUniform(this.weight, { a: Math.sqrt(5), generator });
    if (this.bias !== null) {
      const [fanIn] = calculateFanInAndFanOut(this.weight);
      if (fanIn !== 0) {
        const bound = 1 / Math.sqrt(fanIn);
        uniform(this.bias, { a: -bound, b: bound, generator });
      } else if (torchAtLeast("2.14")) {
        uniform(this.bias, { a: 0, b: 0, generator }); // torch 2.14: U(-0, 0), drawn (zeros)
      }
    }
  }
}
