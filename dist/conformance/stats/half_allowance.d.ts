/**
 * The discretisation allowance of a half-precision (float16, bfloat16)
 * fill: how far the law of the values a correct half fill produces may be
 * from the ideal law torch's formulas imply, bounded from the rounding steps
 * of torch's own half kernels (every release, see `src/random/_half.ts`).
 * Level 3 tests half outputs against the ideal law with these allowances, so
 * its false-alarm rate per check is unchanged (the p-values stay valid upper
 * bounds), only its power shrinks to what half resolution permits.
 *
 * Notation: p significand bits (11 for float16, 8 for bfloat16), unit
 * roundoff u = 2^-p (rounding to nearest moves x by at most u·|x|, plus half
 * the smallest subnormal), h = 2^-d the spacing of torch's unit uniforms
 * (`uniform_real_distribution<T>` keeps d = p random bits in torch 1.13 and
 * 2.6; 2.14 keeps 24). Three facts are used:
 *
 * 1. A monotone map preserves the Kolmogorov distance sup|G − F|; drawing the
 *    unit uniform on the grid of spacing h (rounded down) moves its CDF by at
 *    most h.
 * 2. A displacement |X − Y| ≤ γ·|Y − c| + α of each value moves the CDF at x
 *    by at most the mass of F within δ(x) = (γ·|x − c| + α)/(1 − γ) of x (if
 *    Y ≤ x − δ(x) then X ≤ x, and if X ≤ x then Y ≤ x + δ(x)); the supremum
 *    over x is bounded on a grid, each cell's window enclosing the windows
 *    of its points (δ is convex), so the bound is rigorous, not sampled.
 * 3. For laws on a bounded interval [A, B] with sup|G − F| ≤ Δ and any g of
 *    bounded variation, |E g(X) − E g(Y)| = |∫ g′(x)(F(x) − G(x)) dx| ≤
 *    Δ·TV(g) (integration by parts), which bounds the mean (TV = B − A) and
 *    the second moment about μ (TV = (μ − A)² + (B − μ)²).
 *
 * Per law (sums over the releases' steps, so one allowance covers all):
 *
 * - uniform(lo, hi), w = hi − lo, M = max(|lo|, |hi|): Δ = h (d-bit unit
 *   uniform) + α/w with α = u·(4M + w) + 2^-22·(M + w) (torch rounds `from`,
 *   `to` and `to − from` to the dtype, computes in float and rounds the
 *   value) + u·M/w (2.14 replaces a value that rounds to `to` by `from`).
 *   Values lie in [lo − α, hi + α]; the extremes' order statistics use that
 *   the d-bit floor only moves values down, by at most h·w.
 * - normal(m, s), Box–Muller on d-bit uniforms u₁ = 1 − k·h, u₂ = k′·h:
 *   the radius, computed as ρ(√ρ(−2ρ(ln u₁))), differs from √(−2 ln U₁) in
 *   law by at most h (fact 1) plus the mass of the radius law within a
 *   relative 2u, at most (2/e)·2u/(1 − 2u) (d F/d ln r = r²e^(−r²/2) ≤ 2/e);
 *   the angle ρ(2π·u₂) moves the arc {cos θ ≤ t} at both ends by at most
 *   h + 1.01u of a turn: 2(h + 1.01u). Radius and angle are independent, so
 *   the two swaps add (conditioning on the other). The remaining roundings
 *   (cos/sin, radius·cos, std, ·std, + mean) make γ = (1 + u)^5 − 1 +
 *   2^-20 and α = |m|·((1 + u)^2 − 1) + s·2^-20 + 3·tiny (fact 2).
 *   Moments: a pair of Box–Muller outputs has cos²θ + sin²θ = 1 before the
 *   rounding, so over the sample (torch keeps both outputs of every pair;
 *   numel a multiple of 16) E W² = E R′²/2 with R′ the rounded radius, and
 *   E R′² ∈ [(1 − 2u)²·S_d, 2(1 + 2u)²], S_d = h·Σ_{j=1}^{1/h} −2 ln(j·h)
 *   computed exactly (the d-bit radius is never above the continuous one;
 *   S_8 = 1.97, S_11 = 1.996); Minkowski's inequality with γ and α gives the
 *   second moment interval; |E W| ≤ √2(1 + 2u)·1.01πu (the rounded angles
 *   are within u·θ of an exact grid, whose cosines sum to 0).
 * - normal truncated to [a, b] (1.13/2.6: `uniform_(2l − 1, 2u − 1)` in the
 *   dtype, then erfinv, ·std·√2, + mean, clamp to the rounded [a, b]; 2.14:
 *   rejection in float32, then rounding): Δ = the uniform allowance of V on
 *   [2l − 1, 2u − 1] (with V's own rounding, fact 1 through erfinv) + the
 *   window of γ = (1 + u)^3 − 1 + 2^-20, α = |m|·((1 + u)^2 − 1) + 2u·max(|a|,
 *   |b|) + 3·tiny; moments by fact 3. In the far tails this is large: with
 *   a = 2, b = 4 torch's bfloat16 V takes about 12 distinct values (V ∈
 *   [0.9545, 0.99994] on a grid of 2^-8), and Δ is about 0.3.
 *
 * @module
 */
import type { Law } from "./law_types.js";
/** What a correct half-precision fill may deviate from the ideal law by. */
export interface HalfAllowance {
    /** Bound on sup|G − F| (G: the law of the half values, F: the ideal law). */
    ks: number;
    /** Every value lies in [support[0], support[1]] (finite for bounded laws). */
    support: [number, number];
    /** Bound on |E X − μ| (μ: the ideal law's mean). */
    mean: number;
    /** Bound on the standard deviation of one value (for the z-test of the mean). */
    maxStd: number;
    /** E (X − μ)² lies in [secondMoment[0], secondMoment[1]]. */
    secondMoment: [number, number];
    /** Bound on Var((X − μ)²) (for the z-test of the second moment). */
    maxFourthVariance: number;
    /**
     * Uniform laws: X ≥ Y − down and X ≤ Y + up for the coupled ideal draw Y, except on
     * events of total probability `jump` (values moved from `to` to `from`).
     */
    shift?: {
        down: number;
        up: number;
        jump: number;
    };
}
/**
 * The allowance of a half-precision fill of `law` in `dtype` (see the module documentation
 * for the derivation).
 *
 * @param law The ideal law torch's formulas imply.
 * @param dtype `"float16"` or `"bfloat16"`.
 * @returns The bounds level 3 widens its tests by.
 *
 * @example
 * ```ts
 * import { halfAllowance } from "./half_allowance.ts";
 * import assert from "node:assert/strict";
 *
 * const f16 = halfAllowance({ kind: "uniform", a: -1, b: 1 }, "float16");
 * const bf16 = halfAllowance({ kind: "uniform", a: -1, b: 1 }, "bfloat16");
 * assert.ok(f16.ks < 0.003 && bf16.ks > 7 * f16.ks);
 * ```
 */
export declare function halfAllowance(law: Law, dtype: "float16" | "bfloat16"): HalfAllowance;
