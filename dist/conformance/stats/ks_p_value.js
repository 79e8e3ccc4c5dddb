/* @ts-self-types="./ks_p_value.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The p-value of the one-sample Kolmogorov–Smirnov statistic.
 *
 * @module
 */
import { durbinCdf } from "./_durbin.js";
import { kolmogorovLimitSf } from "./_kolmogorov_limit.js";
import { smirnovUpperTail } from "./_smirnov.js";
import { requireCount } from "./_validate.js";
/**
 * Largest n for which the p-value comes from the exact matrix method; above
 * it, from Kolmogorov's limit (body) or the exact one-sided tail (doubled).
 */
export const KS_EXACT_MAX_N = 1000;
/** Below this exact p-value, the relatively accurate doubled one-sided tail replaces 1 − K. */
const EXACT_TAIL_MIN = 1e-5;
/** Below this doubled one-sided tail, the doubled tail is the p-value for n > KS_EXACT_MAX_N. */
const DOUBLED_TAIL_MAX = 0.05;
/**
 * The two-sided p-value P(Dₙ ≥ d) of Kolmogorov's statistic
 * Dₙ = sup |Fₙ(x) − F(x)| for `n` independent draws from a continuous,
 * fully specified F (no parameter estimated from the data).
 *
 * Method, by region (s = n·d²):
 *
 * 1. n ≤ {@linkcode KS_EXACT_MAX_N} (1000) and s ≤ 7.24 (s ≤ 3.76 when
 *    n > 99): exact, 1 − K(n, d) with K by the matrix-power algorithm of
 *    Marsaglia, Tsang & Wang, "Evaluating Kolmogorov's distribution",
 *    J. Stat. Software 8(18), 2003 (13–15 digits; the matrix order is
 *    2⌊nd⌋ + 1 ≤ 123, so the cost stays below ~50 ms). Where 1 − K < 10⁻⁵,
 *    whose relative accuracy 1 − K no longer holds, the doubled one-sided
 *    tail of item 2 is returned instead.
 * 2. The paper's large-s region (s > 7.24, or s > 3.76 with n > 99), where
 *    its code switches to a fitted tail 2·exp(−(2.000071 + .331/√n +
 *    1.409/n)·s): here the fallback is instead the exact one-sided tail,
 *    doubled, 2·P(Dₙ⁺ ≥ d) (Birnbaum–Tingey sum). The paper's fitted formula
 *    is good to ~7 digits of K, which is not enough for small p-values: it
 *    overstates P by a factor 15 at n = 10, P = 10⁻⁸ and by 80% at n = 100,
 *    P = 5·10⁻¹⁴, while doubling errs by less than 10⁻⁷ relative once
 *    P < 10⁻² and is exact for d ≥ ½.
 * 3. n > 1000, s ≤ 3.76: the doubled one-sided tail when it is below 0.05
 *    (relative error < 2·10⁻⁵), else Kolmogorov's limit P(K > √n·d). The
 *    limit overstates P at finite n (by < 3% for n > 1000 and P > 0.05),
 *    the conservative direction.
 *
 * @param d The observed statistic; d ≤ 1/(2n) gives 1, d ≥ 1 gives 0, NaN gives NaN.
 * @param n The sample size, an integer ≥ 1.
 * @returns P(Dₙ ≥ d) under the null hypothesis.
 * @throws {RangeError} If `n` is not an integer ≥ 1.
 *
 * @example Marsaglia, Tsang & Wang's example K(10, 0.274) = 0.6284796154565043
 * ```ts
 * import { ksPValue } from "./ks_p_value.ts";
 * import assert from "node:assert/strict";
 *
 * assert.ok(Math.abs(1 - ksPValue(0.274, 10) - 0.6284796154565043) < 1e-15);
 * // Massey's (1951) table: the 5% critical value for n = 10 is 0.40925.
 * assert.ok(Math.abs(ksPValue(0.40925, 10) - 0.05) < 1e-5);
 * ```
 */
export function ksPValue(d, n) {
    requireCount(n, "n", "ksPValue");
    if (Number.isNaN(d))
        return NaN;
    if (d <= 0.5 / n)
        return 1;
    if (d >= 1)
        return 0;
    const s = n * d * d;
    if (s > 7.24 || (s > 3.76 && n > 99))
        return Math.min(1, 2 * smirnovUpperTail(n, d));
    if (n <= KS_EXACT_MAX_N) {
        const p = 1 - durbinCdf(n, d);
        // 1 − K keeps only an absolute accuracy of ~10⁻¹⁶; the doubled tail is
        // relatively accurate there (its own error is ~P³).
        return p < EXACT_TAIL_MIN ? 2 * smirnovUpperTail(n, d) : Math.min(1, p);
    }
    const doubled = 2 * smirnovUpperTail(n, d);
    if (doubled < DOUBLED_TAIL_MAX)
        return doubled;
    return kolmogorovLimitSf(Math.sqrt(n) * d);
}
