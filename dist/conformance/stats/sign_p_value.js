/* @ts-self-types="./sign_p_value.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The exact two-sided sign test: is a sign fair?
 *
 * @module
 */
import { requireCount } from "./_validate.js";
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
export function signPValue(positives, n) {
    const what = "signPValue";
    requireCount(n, "n", what);
    requireCount(positives, "positives", what, 0);
    if (positives > n) {
        throw new RangeError(`${what}: positives must be at most n = ${n}, received ${positives}`);
    }
    const m = Math.min(positives, n - positives);
    // log C(n, i) − n log 2, from i = 0 upwards.
    let logTerm = -n * Math.LN2;
    let tail = Math.exp(logTerm);
    for (let i = 1; i <= m; i++) {
        logTerm += Math.log((n - i + 1) / i);
        tail += Math.exp(logTerm);
    }
    return { statistic: positives, n, pValue: Math.min(1, 2 * tail) };
}
