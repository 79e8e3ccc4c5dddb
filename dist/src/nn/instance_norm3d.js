/* @ts-self-types="./instance_norm3d.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.InstanceNorm3d`.
 *
 * @module
 */
import { _InstanceNorm } from "./instance_norm_base.js";
/**
 * `torch.nn.InstanceNorm3d(num_features, eps=1e-05, momentum=0.1, affine=False,
 * track_running_stats=False)` over inputs (N, C, D, H, W) or (C, D, H, W): no parameters or
 * buffers by default; with `affine` and `trackRunningStats` the same entries
 * as BatchNorm. Nothing is drawn.
 *
 * @param numFeatures Number of features (channels): an integer ≥ 0.
 * @param opts `eps`, `momentum`, `affine`, `trackRunningStats`, `dtype`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If `numFeatures` is negative or fractional.
 *
 * @example
 * ```ts
 * import { InstanceNorm3d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const norm = new InstanceNorm3d(4, { affine: true, trackRunningStats: true });
 * assert.deepEqual([...norm.stateDict().keys()], [
 *   "weight", "bias", "running_mean", "running_var", "num_batches_tracked",
 * ]);
 * ```
 */
export class InstanceNorm3d extends _InstanceNorm {
    /**
     * Create a `InstanceNorm3d`; see {@linkcode InstanceNorm3d} for what it holds and how it is
     * initialised.
     *
     * @param numFeatures Number of features (channels): an integer ≥ 0.
     * @param opts `eps`, `momentum`, `affine`, `trackRunningStats`, `dtype`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If `numFeatures` is negative or fractional.
     */
    constructor(numFeatures, opts) {
        super(numFeatures, opts, "InstanceNorm3d");
    }
}
