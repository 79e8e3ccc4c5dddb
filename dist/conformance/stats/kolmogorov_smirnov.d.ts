/**
 * The one-sample Kolmogorov–Smirnov test.
 *
 * @module
 */
/** Result of {@linkcode ksTest}. */
export interface KsTestResult {
    /** Kolmogorov's Dₙ ({@linkcode ksStatistic}). */
    statistic: number;
    /** P(Dₙ ≥ statistic) under the null hypothesis ({@linkcode ksPValue}). */
    pValue: number;
    /** The sample size. */
    n: number;
}
/**
 * The one-sample, two-sided Kolmogorov–Smirnov test of `data` against a
 * fully specified continuous CDF: the statistic of {@linkcode ksStatistic}
 * and its p-value from {@linkcode ksPValue} (exact for n ≤ 1000, see there).
 * A NaN in the sample gives a NaN statistic and p-value, which fails any
 * `pValue > threshold` check.
 *
 * @param data The sample.
 * @param cdf The hypothesized CDF, e.g. `lawCdf(law)`.
 * @returns The statistic, its p-value and n.
 * @throws {RangeError} If `data` is empty.
 * @throws {TypeError} If `data` is not array-like or holds a non-number.
 *
 * @example A stretched sample fails the test
 * ```ts
 * import { ksTest } from "./kolmogorov_smirnov.ts";
 * import { lawCdf } from "./law_cdf.ts";
 * import assert from "node:assert/strict";
 *
 * const cdf = lawCdf({ kind: "uniform", a: 0, b: 1 });
 * const grid = Array.from({ length: 1000 }, (_, i) => (i + 0.5) / 1000);
 * assert.ok(ksTest(grid, cdf).pValue > 0.999);
 * const stretched = grid.map((x) => 1.25 * x - 0.125);
 * assert.ok(ksTest(stretched, cdf).pValue < 1e-6);
 * ```
 */
export declare function ksTest(data: ArrayLike<number>, cdf: (x: number) => number): KsTestResult;
