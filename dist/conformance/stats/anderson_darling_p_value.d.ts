/**
 * The p-value of the Anderson–Darling statistic.
 *
 * @module
 */
/**
 * The upper-tail p-value P(Aₙ² ≥ a2) of the Anderson–Darling statistic for
 * `n` independent draws from a fully specified continuous law (no parameter
 * estimated from the data), after G. Marsaglia and J. C. W. Marsaglia,
 * "Evaluating the Anderson-Darling distribution", J. Stat. Software 9(2),
 * 2004.
 *
 * - The limit ADinf(z) = lim P(Aₙ² < z) is their series, to ~15 digits
 *   (constants at full double precision). It puts the 10%, 5% and 1% points
 *   at 1.9329578327, 2.4923671600 and 3.8781250216 — the last correcting the
 *   3.857 printed by Anderson & Darling (1954) and Stephens (1974), which is
 *   the 1.024% point.
 * - For finite n, P(Aₙ² < z) = x + errfix(n, x) with x = ADinf(z), their
 *   fitted correction (good to the 4th–5th digit; fitted for moderate n, the
 *   authors' code comment calls it not well suited below n = 7). The p-value
 *   is 1 minus that, clamped to [0, 1].
 * - Upper tail, beyond x = 0.99 (z > 3.878): errfix is an absolute
 *   correction fitted to a few 10⁻⁵ and does not vanish as x → 1
 *   (errfix(n, 1) ≈ −6·10⁻⁴/n), so it cannot give small p-values relative
 *   accuracy; for n = 10⁴ it would floor every p-value near 6·10⁻⁸. There the
 *   p-value is the limit's tail 1 − ADinf(z) scaled by the finite-n factor
 *   at the switch, (1 − 0.99 − errfix(n, 0.99))/(1 − 0.99) = 1 + 0.47/n,
 *   which meets the body continuously. This extension is ours, not the
 *   paper's.
 * - 1 − ADinf(z) is the series up to z = 20 (P ≈ 4.5·10⁻¹⁰, relative
 *   error < 10⁻⁶) and beyond that a continuation by the first-order tail
 *   √3·erfc(√z)·(1 + 11/(36z)) of the limit law A² = Σ Y_j²/(j(j + 1))
 *   (relative error < 2·10⁻⁴ up to z = 60).
 *
 * @param a2 The observed A²; NaN gives NaN.
 * @param n The sample size, an integer ≥ 1.
 * @returns P(Aₙ² ≥ a2) under the null hypothesis.
 * @throws {RangeError} If `n` is not an integer ≥ 1.
 *
 * @example The asymptotic percentage points (Anderson & Darling 1954)
 * ```ts
 * import { andersonDarlingPValue } from "./anderson_darling_p_value.ts";
 * import assert from "node:assert/strict";
 *
 * const big = 1e9; // errfix is O(1/n): negligible here
 * assert.ok(Math.abs(andersonDarlingPValue(1.933, big) - 0.10) < 1e-4);
 * assert.ok(Math.abs(andersonDarlingPValue(2.492, big) - 0.05) < 1e-4);
 * // Marsaglia & Marsaglia's exact 1% point:
 * assert.ok(Math.abs(andersonDarlingPValue(3.8781250216053948842, big) - 0.01) < 1e-10);
 * ```
 */
export declare function andersonDarlingPValue(a2: number, n: number): number;
