/**
 * Kolmogorov's one-sample statistic.
 *
 * @module
 */
/**
 * Kolmogorov's statistic Dₙ = sup_x |Fₙ(x) − F(x)| of a sample against a
 * continuous CDF F: with the sample sorted, x₍₁₎ ≤ … ≤ x₍ₙ₎,
 * Dₙ = max_i max(i/n − F(x₍ᵢ₎), F(x₍ᵢ₎) − (i − 1)/n). Ties (repeated
 * float32 values) are handled: the maximum over a tied run spans the whole
 * jump of Fₙ there.
 *
 * @param data The sample (any array-like of numbers: `number[]`,
 * `Float32Array`, `Float64Array`); ±Infinity are valid values (F = 0 or 1).
 * @param cdf The hypothesized CDF, e.g. from {@linkcode lawCdf}.
 * @returns Dₙ in [1/(2n), 1], or NaN if the sample or a CDF value is NaN.
 * @throws {RangeError} If `data` is empty.
 * @throws {TypeError} If `data` is not array-like or holds a non-number.
 *
 * @example
 * ```ts
 * import { ksStatistic } from "./ks_statistic.ts";
 * import assert from "node:assert/strict";
 *
 * // Against U(0, 1), the sample {0.1, 0.5, 0.9} misses by at most 0.233...:
 * const d = ksStatistic([0.9, 0.1, 0.5], (x) => Math.min(1, Math.max(0, x)));
 * assert.ok(Math.abs(d - (0.9 - 2 / 3)) < 1e-15);
 * ```
 */
export declare function ksStatistic(data: ArrayLike<number>, cdf: (x: number) => number): number;
