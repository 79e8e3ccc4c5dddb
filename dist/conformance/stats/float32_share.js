/* @ts-self-types="./float32_share.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * A test that float64 values carry more than float32's resolution.
 *
 * @module
 */
import { requireFinite } from "./_validate.js";
/**
 * Counts the values of a float64 sample that are exactly representable in
 * float32 (`Math.fround(x) === x`). A fill computed in float32 and widened,
 * or a uniform fill on [0, 1) or [−1, 1) with 24 bits of resolution, makes
 * every value representable; a fill at float64 resolution almost none
 * (torch's 53-bit fills: below 2^-24 per value on the harness's laws).
 *
 * Null hypothesis: the values are independent and each is representable
 * with probability at most `maxShare` (default 2^-16, which any fill with
 * at least 44 bits of resolution meets on these laws). The count is then
 * dominated by Binomial(n, maxShare), and Chernoff's bound gives the
 * p-value p = exp(−n·D(c/n ‖ maxShare)) when c/n > maxShare (D the
 * Kullback–Leibler divergence of two Bernoulli laws), else 1. A sample that
 * is representable throughout gets p = maxShare^n: a certain failure.
 *
 * @param sample The float64 values.
 * @param maxShare The null's largest probability of a representable value, in (0, 1).
 * @returns The count, n, and the p-value bound.
 * @throws {RangeError} If `maxShare` is not in (0, 1).
 *
 * @example Widened float32 values fail, float64 values pass
 * ```ts
 * import { float32Share } from "./float32_share.ts";
 * import assert from "node:assert/strict";
 *
 * const wide = Float64Array.from({ length: 1000 }, (_, i) => Math.sin(i + 0.5));
 * const narrow = wide.map(Math.fround);
 * assert.equal(float32Share(wide).pValue, 1);
 * assert.equal(float32Share(narrow).statistic, 1000);
 * assert.equal(float32Share(narrow).pValue, 0);
 * ```
 */
export function float32Share(sample, maxShare = 2 ** -16) {
    requireFinite(maxShare, "maxShare", "float32Share");
    if (!(maxShare > 0 && maxShare < 1)) {
        throw new RangeError(`float32Share: maxShare must be in (0, 1), received ${maxShare}`);
    }
    const n = sample.length;
    let c = 0;
    for (let i = 0; i < n; i++)
        if (Math.fround(sample[i]) === sample[i])
            c++;
    const q = n > 0 ? c / n : 0;
    let pValue = 1;
    if (q > maxShare) {
        const kl = q * Math.log(q / maxShare) +
            (q < 1 ? (1 - q) * Math.log((1 - q) / (1 - maxShare)) : 0);
        pValue = Math.exp(-n * kl);
    }
    return { statistic: c, n, pValue };
}
