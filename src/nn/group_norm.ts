// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.GroupNorm`.
 *
 * @module
 */

import type { DType, HalfDType } from "../tensor.ts";
import { ones } from "../init/ones.ts";
import { zeros } from "../init/zeros.ts";
import { Module, type ResetOptions } from "./module.ts";
import type { Parameter } from "./parameter.ts";
import { bool, dtypeOf, int, num, options, parameter } from "./_options.ts";
import { sinceTorch } from "./_torch_options.ts";

/** Options for {@linkcode GroupNorm}. */
export interface GroupNormOptions {
  /** Added to the variance for numerical stability. Default: 1e-5. */
  eps?: number;
  /** Whether to learn a per-channel `weight` and `bias`. Default: `true`. */
  affine?: boolean;
  /**
   * Whether to learn `bias` (with `affine`); `false` leaves it `null` and keeps `weight`.
   * Default: `true`. torch 2.14's keyword-only `bias`: refused under `setTorchVersion("1.13")`
   * and `"2.6"`.
   */
  bias?: boolean;
  /** Element type of the parameters. Default: `"float32"`. */
  dtype?: DType | HalfDType;
}

/**
 * `torch.nn.GroupNorm(num_groups, num_channels, eps=1e-05, affine=True)`:
 * `weight` (ones) and `bias` (zeros) of shape `[numChannels]`, or both `null`
 * with `{ affine: false }`. Nothing is drawn.
 *
 * @param numGroups Number of groups: a positive integer dividing `numChannels`.
 * @param numChannels Number of channels: an integer ≥ 0.
 * @param opts `eps`, `affine`, `dtype`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If `numChannels` is not divisible by `numGroups`.
 *
 * @example
 * ```ts
 * import { GroupNorm } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const gn = new GroupNorm(2, 6);
 * assert.deepEqual(gn.bias!.shape, [6]);
 * assert.throws(() => new GroupNorm(4, 6), /divisible/);
 * ```
 */
export class GroupNorm extends Module {
  /** Number of groups. */
  numGroups: number;
  /** Number of channels. */
  numChannels: number;
  /** Added to the variance for numerical stability. */
  eps: number;
  /** Whether `weight` and `bias` are learnt. */
  affine: boolean;
  /** The scale (ones), or `null`. */
  weight!: Parameter | null;
  /** The shift (zeros), or `null`. */
  bias!: Parameter | null;

  /**
   * Create a `GroupNorm`; see {@linkcode GroupNorm} for what it holds and how it is
   * initialised.
   *
   * @param numGroups Number of groups: a positive integer dividing `numChannels`.
   * @param numChannels Number of channels: an integer ≥ 0.
   * @param opts `eps`, `affine`, `dtype`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If `numChannels` is not divisible by `numGroups`.
   */
  constructor(numGroups: number, numChannels: number, opts?: GroupNormOptions) {
    super();
    const what = "Cannot create GroupNorm";
    const o = options(opts, what);
    int(numGroups, "numGroups", what, 1);
    int(numChannels, "numChannels", what);
    if (numChannels % numGroups !== 0) {
      throw new RangeError(
        `${what}: numChannels must be divisible by numGroups, received numChannels ${numChannels} and numGroups ${numGroups}`,
      );
    }
    const eps = num(o.eps ?? 1e-5, "eps", what);
    const affine = bool(o.affine ?? true, "affine", what);
    sinceTorch(o.bias, "bias", what, "2.14", "added after torch 2.6");
    const bias = bool(o.bias ?? true, "bias", what);
    const dtype = dtypeOf(o.dtype, what);
    this.numGroups = numGroups;
    this.numChannels = numChannels;
    this.eps = eps;
    this.affine = affine;
    if (affine) {
      this.weight = parameter([numChannels], dtype);
      if (bias) this.bias = parameter([numChannels], dtype);
      else this.registerParameter("bias", null);
    } else {
      this.registerParameter("weight", null);
      this.registerParameter("bias", null);
    }
    this.resetParameters();
  }

  /**
   * Set `weight` to ones and `bias` to zeros (torch's `reset_parameters`).
   * Nothing is drawn.
   *
   * @param _opts Ignored.
   *
   * @example
   * ```ts
   * import { GroupNorm } from "@torch-parity/init/nn";
   * import assert from "node:assert/strict";
   *
   * const gn = new GroupNorm(1, 2);
   * gn.bias!.data.fill(3);
   * gn.resetParameters();
   * assert.deepEqual(Array.from(gn.bias!.data), [0, 0]);
   * ```
   */
  resetParameters(_opts?: ResetOptions): void {
    if (this.weight !== null) ones(this.weight);
    if (this.bias !== null) zeros(this.bias);
  }
}
