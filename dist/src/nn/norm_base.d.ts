/**
 * `torch.nn.modules.batchnorm._NormBase`: the base of BatchNorm and
 * InstanceNorm.
 *
 * @module
 */
import type { DType, HalfDType, Tensor } from "../tensor.js";
import { Module, type ResetOptions } from "./module.js";
import type { Parameter } from "./parameter.js";
/** Options for {@linkcode _NormBase} and the BatchNorm / InstanceNorm modules. */
export interface NormOptions {
    /** Added to the variance for numerical stability. Default: 1e-5. */
    eps?: number;
    /** Weight of the running averages' update; `null` for a cumulative average. Default: 0.1. */
    momentum?: number | null;
    /** Whether to learn a per-feature `weight` and `bias`. Default: `true` for BatchNorm, `false` for InstanceNorm. */
    affine?: boolean;
    /** Whether to keep running statistics as buffers. Default: `true` for BatchNorm, `false` for InstanceNorm. */
    trackRunningStats?: boolean;
    /**
     * Whether to learn `bias` (with `affine`); `false` leaves it `null` and keeps `weight`.
     * Default: `true`. torch 2.14's keyword-only `bias`: refused under `setTorchVersion("1.13")`
     * and `"2.6"`.
     */
    bias?: boolean;
    /** Element type of the parameters and running statistics. Default: `"float32"`. */
    dtype?: DType | HalfDType;
}
/**
 * The base of the BatchNorm and InstanceNorm modules, as torch's
 * `_NormBase`: parameters `weight` (ones) and `bias` (zeros) of shape
 * `[numFeatures]` when `affine`, and buffers `running_mean` (zeros),
 * `running_var` (ones) and `num_batches_tracked` (a 0-d int64 tensor holding
 * 0, `BigInt64Array` data) when `trackRunningStats`; each is `null`
 * otherwise, in torch's registration order. Nothing is drawn.
 *
 * @param numFeatures Number of features (channels): an integer ≥ 0.
 * @param opts `eps`, `momentum`, `affine`, `trackRunningStats`, `dtype`.
 * @param defaults The defaults of `affine` and `trackRunningStats` and the class name for messages.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If `numFeatures` is negative or fractional.
 *
 * @example
 * ```ts
 * import { _NormBase, BatchNorm2d, InstanceNorm1d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * assert.ok(new BatchNorm2d(3) instanceof _NormBase);
 * assert.ok(new InstanceNorm1d(3) instanceof _NormBase);
 * ```
 */
export declare class _NormBase extends Module {
    /** Number of features. */
    numFeatures: number;
    /** Added to the variance for numerical stability. */
    eps: number;
    /** Weight of the running averages' update, or `null` (cumulative average). */
    momentum: number | null;
    /** Whether `weight` and `bias` are learnt. */
    affine: boolean;
    /** Whether running statistics are kept. */
    trackRunningStats: boolean;
    /** The scale (ones), or `null`. */
    weight: Parameter | null;
    /** The shift (zeros), or `null`. */
    bias: Parameter | null;
    /** Running mean (zeros), or `null`. */
    running_mean: Tensor | null;
    /** Running variance (ones), or `null`. */
    running_var: Tensor | null;
    /** Number of batches seen: a 0-d int64 tensor, or `null`. */
    num_batches_tracked: Tensor<BigInt64Array> | null;
    /**
     * Create a `_NormBase`; see {@linkcode _NormBase} for what it holds and how it is
     * initialised.
     *
     * @param numFeatures Number of features (channels): an integer ≥ 0.
     * @param opts `eps`, `momentum`, `affine`, `trackRunningStats`, `dtype`.
     * @param defaults The defaults of `affine` and `trackRunningStats` and the class name for messages.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If `numFeatures` is negative or fractional.
     */
    constructor(numFeatures: number, opts: NormOptions | undefined, defaults: {
        affine: boolean;
        trackRunningStats: boolean;
        name: string;
    });
    /**
     * Reset the running statistics: mean 0, variance 1, batches 0 (torch's
     * `reset_running_stats`).
     *
     * @example
     * ```ts
     * import { BatchNorm1d } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const bn = new BatchNorm1d(2);
     * bn.num_batches_tracked!.data[0] = 7n;
     * bn.resetRunningStats();
     * assert.equal(bn.num_batches_tracked!.data[0], 0n);
     * ```
     */
    resetRunningStats(): void;
    /**
     * Reset the running statistics, then set `weight` to ones and `bias` to
     * zeros (torch's `reset_parameters`). Nothing is drawn.
     *
     * @param _opts Ignored.
     *
     * @example
     * ```ts
     * import { BatchNorm1d } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const bn = new BatchNorm1d(2);
     * bn.weight!.data.fill(2);
     * bn.resetParameters();
     * assert.deepEqual(Array.from(bn.weight!.data), [1, 1]);
     * ```
     */
    resetParameters(_opts?: ResetOptions): void;
    /**
     * As torch's `_NormBase._load_from_state_dict` for a state dict without
     * version metadata: a missing `num_batches_tracked` is taken as 0.
     *
     * @param stateDict The entries visible to this module.
     * @param prefix This module's key prefix.
     * @param _errors Error messages collected so far.
     */
    protected preloadStateDict(stateDict: Map<string, unknown>, prefix: string, _errors: string[]): void;
}
