/**
 * `torch.nn.GroupNorm`.
 *
 * @module
 */
import type { DType, HalfDType } from "../tensor.js";
import { Module, type ResetOptions } from "./module.js";
import type { Parameter } from "./parameter.js";
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
export declare class GroupNorm extends Module {
    /** Number of groups. */
    numGroups: number;
    /** Number of channels. */
    numChannels: number;
    /** Added to the variance for numerical stability. */
    eps: number;
    /** Whether `weight` and `bias` are learnt. */
    affine: boolean;
    /** The scale (ones), or `null`. */
    weight: Parameter | null;
    /** The shift (zeros), or `null`. */
    bias: Parameter | null;
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
    constructor(numGroups: number, numChannels: number, opts?: GroupNormOptions);
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
    resetParameters(_opts?: ResetOptions): void;
}
