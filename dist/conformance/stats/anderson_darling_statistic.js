/* @ts-self-types="./anderson_darling_statistic.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The Anderson–Darling statistic.
 *
 * @module
 */
import { adStatistic } from "./_ad_statistic.js";
/**
 * The Anderson–Darling statistic of a sample against a fully specified
 * continuous CDF F: with uᵢ = F(x₍ᵢ₎) over the sorted sample,
 * A² = −n − (1/n)·Σᵢ (2i − 1)·[ln uᵢ + ln(1 − u₍ₙ₊₁₋ᵢ₎)].
 *
 * **Clamping.** Each uᵢ is clamped to [2⁻⁵³, 1 − 2⁻⁵³] (1 − 2⁻⁵³ is the
 * largest double below 1) so that ln uᵢ and ln(1 − uᵢ) stay finite. A value
 * exactly on the boundary of the support (F = 0 or 1) has probability 0
 * under a continuous law but occurs with rounded outputs (torch's float32
 * `uniform_` returns `a` itself with probability 2⁻²⁴, and `trunc_normal_`
 * clamps to [a, b]); clamped, such a value adds at most about 37/n to A²
 * instead of making it infinite. The flip side is that a value outside the
 * support is not flagged by A² either: use {@linkcode andersonDarling}'s
 * `clamped` count, or a separate support check, for that.
 *
 * @param data The sample (`number[]`, `Float32Array`, `Float64Array`, …).
 * @param cdf The hypothesized CDF, e.g. from {@linkcode lawCdf}.
 * @returns A², or NaN if the sample or a CDF value is NaN.
 * @throws {RangeError} If `data` is empty.
 * @throws {TypeError} If `data` is not array-like or holds a non-number.
 *
 * @example A perfectly spread sample has a small A²
 * ```ts
 * import { andersonDarlingStatistic } from "./anderson_darling_statistic.ts";
 * import assert from "node:assert/strict";
 *
 * const grid = Array.from({ length: 100 }, (_, i) => (i + 0.5) / 100);
 * const a2 = andersonDarlingStatistic(grid, (x) => x);
 * assert.ok(a2 > 0 && a2 < 0.02);
 * ```
 */
export function andersonDarlingStatistic(data, cdf) {
    return adStatistic(data, cdf, "andersonDarlingStatistic").statistic;
}
