/* @ts-self-types="./sample_moments.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Sample mean and variance.
 *
 * @module
 */
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
export function sampleMoments(data) {
    if (data === null || typeof data !== "object" || typeof data.length !== "number") {
        throw new TypeError("sampleMoments: data must be an array or typed array of numbers");
    }
    const n = data.length;
    if (n < 1)
        throw new RangeError("sampleMoments: data must not be empty");
    let mean = 0;
    let m2 = 0;
    for (let i = 0; i < n; i++) {
        const x = data[i];
        if (typeof x !== "number") {
            throw new TypeError(`sampleMoments: data[${i}] must be a number, received ${typeof x}`);
        }
        const delta = x - mean;
        mean += delta / (i + 1);
        m2 += delta * (x - mean);
    }
    return { n, mean, variance: n > 1 ? m2 / (n - 1) : NaN };
}
