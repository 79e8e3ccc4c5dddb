/* @ts-self-types="./instance_norm_base.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.modules.instancenorm._InstanceNorm`.
 *
 * @module
 */
import { _NormBase } from "./norm_base.js";
/**
 * The base of {@linkcode InstanceNorm1d}, {@linkcode InstanceNorm2d} and
 * {@linkcode InstanceNorm3d}, as torch's `_InstanceNorm`: neither affine nor
 * tracking running statistics by default.
 *
 * @param numFeatures Number of features (channels): an integer ≥ 0.
 * @param opts `eps`, `momentum`, `affine`, `trackRunningStats`, `dtype`.
 * @param name The class name for error messages.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If `numFeatures` is negative or fractional.
 *
 * @example
 * ```ts
 * import { _InstanceNorm, InstanceNorm2d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const norm = new InstanceNorm2d(3);
 * assert.ok(norm instanceof _InstanceNorm);
 * assert.equal(norm.stateDict().size, 0);
 * ```
 */
export class _InstanceNorm extends _NormBase {
    /**
     * Create a `_InstanceNorm`; see {@linkcode _InstanceNorm} for what it holds and how it is
     * initialised.
     *
     * @param numFeatures Number of features (channels): an integer ≥ 0.
     * @param opts `eps`, `momentum`, `affine`, `trackRunningStats`, `dtype`.
     * @param name The class name for error messages.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If `numFeatures` is negative or fractional.
     */
    constructor(numFeatures, opts, name) {
        super(numFeatures, opts, { affine: false, trackRunningStats: false, name });
    }
    /**
     * As torch's `_InstanceNorm._load_from_state_dict` for a state dict without
     * version metadata: running statistics in the state dict of a module that
     * does not track them are an error (and are not also reported as
     * unexpected keys).
     *
     * @param stateDict The entries visible to this module.
     * @param prefix This module's key prefix.
     * @param errors Error messages collected so far.
     */
    preloadStateDict(stateDict, prefix, errors) {
        if (!this.trackRunningStats) {
            const keys = ["running_mean", "running_var"].map((n) => prefix + n).filter((k) => stateDict.has(k));
            if (keys.length > 0) {
                const klass = this.constructor.name;
                errors.push(`Unexpected running stats buffer(s) ${keys.map((k) => `"${k}"`).join(" and ")} for ${klass} with track_running_stats=False. If state_dict is a checkpoint saved before 0.4.0, this may be expected because ${klass} does not track running stats by default since 0.4.0. Please remove these keys from state_dict. If the running stats are actually needed, instead set track_running_stats=True in ${klass} to enable them. See the documentation of ${klass} for details.`);
                for (const k of keys)
                    stateDict.delete(k);
            }
        }
        super.preloadStateDict(stateDict, prefix, errors);
    }
}
