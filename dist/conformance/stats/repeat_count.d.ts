/**
 * A test that a sample from a continuous law has (almost) no repeated values.
 *
 * @module
 */
/** Result of {@linkcode repeatCount}. */
export interface RepeatCountResult {
    /** R = n − (number of distinct values). */
    statistic: number;
    /** The sample size. */
    n: number;
    /** An upper bound of P(R' ≥ R) under the null (see {@linkcode repeatCount}). */
    pValue: number;
}
/**
 * Counts repeated values, R = n − #distinct. A fill with 24 bits of
 * resolution takes at most 2^24 values, so n = 2^18 values repeat about
 * n²/2^25 = 2048 times; a fill at float64 resolution essentially never.
 *
 * Null hypothesis: the values are independent and no single value has
 * probability above `maxAtom` (default 2^-40, met by any fill with 40 bits
 * of resolution on a law whose range is at least its largest magnitude,
 * e.g. U(lo, hi) with lo ≤ 0 < hi). The i-th value then repeats an earlier
 * one with probability at most (i − 1)·maxAtom, so R is dominated by
 * Binomial(n, n·maxAtom) and P(R ≥ r) ≤ C(n, r)(n·maxAtom)^r ≤
 * (n²·maxAtom)^r / r!; that bound (at most 1) is the p-value.
 *
 * @param sample The values.
 * @param maxAtom The null's largest probability of any single value, in (0, 1).
 * @returns R, n and the p-value bound.
 * @throws {RangeError} If `maxAtom` is not in (0, 1).
 *
 * @example A 24-bit grid repeats itself; a finer one does not
 * ```ts
 * import { repeatCount } from "./repeat_count.ts";
 * import assert from "node:assert/strict";
 *
 * const n = 1 << 16;
 * const fine = Float64Array.from({ length: n }, (_, i) => ((i * 0x9E3779B9) >>> 0) / 2 ** 32);
 * const coarse = fine.map((x) => Math.floor(x * 2 ** 12) / 2 ** 12);
 * assert.equal(repeatCount(fine).pValue, 1);
 * assert.ok(repeatCount(coarse).statistic > 60000);
 * assert.equal(repeatCount(coarse).pValue, 0);
 * ```
 */
export declare function repeatCount(sample: ArrayLike<number>, maxAtom?: number): RepeatCountResult;
