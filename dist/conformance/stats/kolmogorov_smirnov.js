/* @ts-self-types="./kolmogorov_smirnov.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The one-sample Kolmogorov–Smirnov test.
 *
 * @module
 */
import { ksPValue } from "./ks_p_value.js";
import { ksStatistic } from "./ks_statistic.js";
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
export function ksTest(data, cdf) {
    const statistic = ksStatistic(data, cdf);
    const n = data.length;
    return { statistic, pValue: Number.isNaN(statistic) ? NaN : ksPValue(statistic, n), n };
}
