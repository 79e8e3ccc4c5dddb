/**
 * `torch.nn.InstanceNorm2d`.
 *
 * @module
 */
import { _InstanceNorm } from "./instance_norm_base.js";
import type { NormOptions } from "./norm_base.js";
/**
 * `torch.nn.InstanceNorm2d(num_features, eps=1e-05, momentum=0.1, affine=False,
 * track_running_stats=False)` over inputs (N, C, H, W) or (C, H, W): no parameters or
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
 * import { InstanceNorm2d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const norm = new InstanceNorm2d(4, { affine: true, trackRunningStats: true });
 * assert.deepEqual([...norm.stateDict().keys()], [
 *   "weight", "bias", "running_mean", "running_var", "num_batches_tracked",
 * ]);
 * ```
 */
export declare class InstanceNorm2d extends _InstanceNorm {
    /**
     * Create a `InstanceNorm2d`; see {@linkcode InstanceNorm2d} for what it holds and how it is
     * initialised.
     *
     * @param numFeatures Number of features (channels): an integer ≥ 0.
     * @param opts `eps`, `momentum`, `affine`, `trackRunningStats`, `dtype`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If `numFeatures` is negative or fractional.
     */
    constructor(numFeatures: number, opts?: NormOptions);
}
