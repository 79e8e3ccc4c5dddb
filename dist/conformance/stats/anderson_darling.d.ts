/**
 * The Anderson–Darling test.
 *
 * @module
 */
/** Result of {@linkcode andersonDarling}. */
export interface AndersonDarlingResult {
    /** A² ({@linkcode andersonDarlingStatistic}). */
    statistic: number;
    /** P(Aₙ² ≥ statistic) under the null hypothesis ({@linkcode andersonDarlingPValue}). */
    pValue: number;
    /** The sample size. */
    n: number;
    /**
     * How many CDF values fell outside [2⁻⁵³, 1 − 2⁻⁵³] and were clamped —
     * values on or beyond the boundary of the support, or (for the normal)
     * beyond about 8.2 std, where a sample of 10⁴ has 10⁻¹² chance to reach.
     */
    clamped: number;
}
/**
 * The Anderson–Darling test of `data` against a fully specified continuous
 * CDF: A² ({@linkcode andersonDarlingStatistic}, with its clamping of CDF
 * values) and its upper-tail p-value ({@linkcode andersonDarlingPValue},
 * Marsaglia & Marsaglia 2004). A weights the tails more than
 * Kolmogorov–Smirnov does. A NaN in the sample gives NaN statistic and
 * p-value.
 *
 * @param data The sample.
 * @param cdf The hypothesized CDF, e.g. `lawCdf(law)`.
 * @returns A², its p-value, n, and the number of clamped CDF values.
 * @throws {RangeError} If `data` is empty.
 * @throws {TypeError} If `data` is not array-like or holds a non-number.
 *
 * @example Tails that are too heavy fail the test
 * ```ts
 * import { andersonDarling } from "./anderson_darling.ts";
 * import { lawCdf } from "./law_cdf.ts";
 * import { normalQuantile } from "./normal_quantile.ts";
 * import assert from "node:assert/strict";
 *
 * const n = 2000;
 * const quantiles = Array.from({ length: n }, (_, i) => normalQuantile((i + 0.5) / n));
 * const cdf = lawCdf({ kind: "normal", mean: 0, std: 1 });
 * assert.ok(andersonDarling(quantiles, cdf).pValue > 0.999);
 * const heavy = quantiles.map((z) => z * (1 + 0.1 * z * z));
 * assert.ok(andersonDarling(heavy, cdf).pValue < 1e-6);
 * ```
 */
export declare function andersonDarling(data: ArrayLike<number>, cdf: (x: number) => number): AndersonDarlingResult;
