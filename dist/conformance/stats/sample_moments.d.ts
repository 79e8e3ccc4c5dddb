/**
 * Sample mean and variance.
 *
 * @module
 */
/** Result of {@linkcode sampleMoments}. */
export interface SampleMoments {
    /** The sample size. */
    n: number;
    /** The sample mean. */
    mean: number;
    /** The unbiased sample variance Σ(x − mean)²/(n − 1); NaN when n < 2. */
    variance: number;
}
/**
 * The sample mean and unbiased variance in one pass, by Welford's update
 * (mean += δ/k; M₂ += δ·(x − mean)) in double precision, which does not
 * cancel the way Σx² − n·mean² does (float32 inputs are widened exactly).
 * A NaN or infinite value propagates to NaN/Infinity, failing any test built
 * on the result.
 *
 * @param data The sample (`number[]`, `Float32Array`, `Float64Array`, …).
 * @returns n, the mean and the variance.
 * @throws {RangeError} If `data` is empty.
 * @throws {TypeError} If `data` is not array-like or holds a non-number.
 *
 * @example
 * ```ts
 * import { sampleMoments } from "./sample_moments.ts";
 * import assert from "node:assert/strict";
 *
 * // A large offset does not disturb the variance:
 * const m = sampleMoments([1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4]);
 * assert.deepEqual(m, { n: 4, mean: 1e9 + 2.5, variance: 5 / 3 });
 * ```
 */
export declare function sampleMoments(data: ArrayLike<number>): SampleMoments;
