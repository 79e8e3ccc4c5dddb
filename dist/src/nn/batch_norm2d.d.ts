/**
 * `torch.nn.BatchNorm2d`.
 *
 * @module
 */
import { _BatchNorm } from "./batch_norm_base.js";
import type { NormOptions } from "./norm_base.js";
/**
 * `torch.nn.BatchNorm2d(num_features, eps=1e-05, momentum=0.1, affine=True,
 * track_running_stats=True)` over inputs (N, C, H, W): `weight` (ones),
 * `bias` (zeros), buffers `running_mean` (zeros), `running_var` (ones) and
 * `num_batches_tracked` (0-d int64), as torch 1.13 registers them. Nothing is
 * drawn.
 *
 * @param numFeatures Number of features (channels): an integer ≥ 0.
 * @param opts `eps`, `momentum`, `affine`, `trackRunningStats`, `dtype`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If `numFeatures` is negative or fractional.
 *
 * @example
 * ```ts
 * import { BatchNorm2d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const bn = new BatchNorm2d(4, { momentum: null });
 * assert.deepEqual([...bn.stateDict().keys()], [
 *   "weight", "bias", "running_mean", "running_var", "num_batches_tracked",
 * ]);
 * assert.ok(bn.num_batches_tracked!.data instanceof BigInt64Array);
 * assert.deepEqual(bn.num_batches_tracked!.shape, []);
 * ```
 */
export declare class BatchNorm2d extends _BatchNorm {
    /**
     * Create a `BatchNorm2d`; see {@linkcode BatchNorm2d} for what it holds and how it is
     * initialised.
     *
     * @param numFeatures Number of features (channels): an integer ≥ 0.
     * @param opts `eps`, `momentum`, `affine`, `trackRunningStats`, `dtype`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If `numFeatures` is negative or fractional.
     */
    constructor(numFeatures: number, opts?: NormOptions);
}
