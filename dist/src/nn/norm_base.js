/* @ts-self-types="./norm_base.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.modules.batchnorm._NormBase`: the base of BatchNorm and
 * InstanceNorm.
 *
 * @module
 */
import { ones } from "../init/ones.js";
import { zeros } from "../init/zeros.js";
import { Module } from "./module.js";
import { bool, dtypeOf, emptyOf, int, int64Scalar, num, options, parameter } from "./_options.js";
import { sinceTorch } from "./_torch_options.js";
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
export class _NormBase extends Module {
    /** Number of features. */
    numFeatures;
    /** Added to the variance for numerical stability. */
    eps;
    /** Weight of the running averages' update, or `null` (cumulative average). */
    momentum;
    /** Whether `weight` and `bias` are learnt. */
    affine;
    /** Whether running statistics are kept. */
    trackRunningStats;
    /** The scale (ones), or `null`. */
    weight;
    /** The shift (zeros), or `null`. */
    bias;
    /** Running mean (zeros), or `null`. */
    running_mean;
    /** Running variance (ones), or `null`. */
    running_var;
    /** Number of batches seen: a 0-d int64 tensor, or `null`. */
    num_batches_tracked;
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
    constructor(numFeatures, opts, defaults) {
        super();
        const what = `Cannot create ${defaults.name}`;
        const o = options(opts, what);
        int(numFeatures, "numFeatures", what);
        const eps = num(o.eps ?? 1e-5, "eps", what);
        const momentum = o.momentum === null ? null : num(o.momentum ?? 0.1, "momentum", what);
        const affine = bool(o.affine ?? defaults.affine, "affine", what);
        const track = bool(o.trackRunningStats ?? defaults.trackRunningStats, "trackRunningStats", what);
        sinceTorch(o.bias, "bias", what, "2.14", "added after torch 2.6");
        const bias = bool(o.bias ?? true, "bias", what);
        const dtype = dtypeOf(o.dtype, what);
        this.numFeatures = numFeatures;
        this.eps = eps;
        this.momentum = momentum;
        this.affine = affine;
        this.trackRunningStats = track;
        if (affine) {
            this.weight = parameter([numFeatures], dtype);
            if (bias)
                this.bias = parameter([numFeatures], dtype);
            else
                this.registerParameter("bias", null);
        }
        else {
            this.registerParameter("weight", null);
            this.registerParameter("bias", null);
        }
        if (track) {
            this.registerBuffer("running_mean", emptyOf([numFeatures], dtype));
            this.registerBuffer("running_var", ones(emptyOf([numFeatures], dtype)));
            this.registerBuffer("num_batches_tracked", int64Scalar(0n));
        }
        else {
            this.registerBuffer("running_mean", null);
            this.registerBuffer("running_var", null);
            this.registerBuffer("num_batches_tracked", null);
        }
        this.resetParameters();
    }
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
    resetRunningStats() {
        if (this.trackRunningStats) {
            if (this.running_mean !== null)
                zeros(this.running_mean);
            if (this.running_var !== null)
                ones(this.running_var);
            if (this.num_batches_tracked !== null)
                this.num_batches_tracked.data.fill(0n);
        }
    }
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
    resetParameters(_opts) {
        this.resetRunningStats();
        if (this.affine) {
            if (this.weight !== null)
                ones(this.weight);
            if (this.bias !== null)
                zeros(this.bias);
        }
    }
    /**
     * As torch's `_NormBase._load_from_state_dict` for a state dict without
     * version metadata: a missing `num_batches_tracked` is taken as 0.
     *
     * @param stateDict The entries visible to this module.
     * @param prefix This module's key prefix.
     * @param _errors Error messages collected so far.
     */
    preloadStateDict(stateDict, prefix, _errors) {
        const key = `${prefix}num_batches_tracked`;
        if (this.trackRunningStats && !stateDict.has(key))
            stateDict.set(key, int64Scalar(0n));
    }
}
