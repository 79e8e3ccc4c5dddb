/**
 * The exact two-sided sign test: is a sign fair?
 *
 * @module
 */
/** Result of {@linkcode signPValue}. */
export interface SignPValueResult {
    /** The number of positive signs k. */
    statistic: number;
    /** The number of signs n. */
    n: number;
    /** P(|X − n/2| ≥ |k − n/2|) for X ~ Binomial(n, 1/2), exact. */
    pValue: number;
}
/**
 * The exact two-sided sign test of k positives among n independent signs,
 * each positive with probability 1/2 under the null:
 * p = min(1, 2·P(X ≤ min(k, n − k))) for X ~ Binomial(n, 1/2), summed
 * term by term in logarithms (no normal approximation). The p-value is
 * exact for a discrete statistic: P(p ≤ t) ≤ t under the null. All n signs
 * alike gives p = 2^(1−n).
 *
 * @param positives k, an integer in [0, n].
 * @param n The number of signs, an integer ≥ 1.
 * @returns k, n and the two-sided p-value.
 * @throws {RangeError} If `n` is not an integer ≥ 1 or `positives` not an integer in [0, n].
 *
 * @example 40 signs all alike are not a fair coin; 22 of 40 are
 * ```ts
 * import { signPValue } from "./sign_p_value.ts";
 * import assert from "node:assert/strict";
 *
 * assert.ok(Math.abs(signPValue(0, 40).pValue / 2 ** -39 - 1) < 1e-12);
 * assert.ok(signPValue(22, 40).pValue > 0.5);
 * ```
 */
export declare function signPValue(positives: number, n: number): SignPValueResult;
