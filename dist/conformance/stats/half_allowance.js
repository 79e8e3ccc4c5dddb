/* @ts-self-types="./half_allowance.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
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
import { lawMoments } from "./law_moments.js";
import { normalCdf } from "./normal_cdf.js";
const P_BITS = { float16: 11, bfloat16: 8 };
/** Half the smallest subnormal: the largest absolute rounding error near 0. */
const TINY = { float16: 2 ** -25, bfloat16: 2 ** -134 };
/** S_d = h·Σ_{j=1}^{1/h} −2 ln(j·h): E of the squared Box–Muller radius on d-bit uniforms. */
function boxMullerRadius2(d) {
    const n = 2 ** d;
    let s = 0;
    for (let j = 1; j <= n; j++)
        s += -2 * Math.log(j / n);
    return s / n;
}
/**
 * sup over x of the mass of `cdf` within δ(x) = (γ|x − c| + α)/(1 − γ) on one side of x, for x
 * in [lo, hi] (outside it, at most the tail mass `tail`), on `cells` grid cells: each cell's
 * bound encloses the windows of all its points (δ is convex, so its maximum on a cell is at an
 * end).
 */
function windowMass(cdf, c, gamma, alpha, lo, hi, cells, tail) {
    const delta = (x) => (gamma * Math.abs(x - c) + alpha) / (1 - gamma);
    let worst = tail;
    let x0 = lo;
    let f0 = cdf(x0);
    for (let i = 1; i <= cells; i++) {
        const x1 = lo + ((hi - lo) * i) / cells;
        const f1 = cdf(x1);
        const d = Math.max(delta(x0), delta(x1));
        worst = Math.max(worst, cdf(x1 + d) - f0, f1 - cdf(x0 - d));
        x0 = x1;
        f0 = f1;
    }
    return worst;
}
/** Uniform-law part shared by `uniform_` and the V of `trunc_normal_`. */
function uniformKs(lo, hi, u, h) {
    const w = hi - lo;
    const m = Math.max(Math.abs(lo), Math.abs(hi));
    const alpha = u * (4 * m + w) + 2 ** -22 * (m + w);
    const jump = (u * m) / w;
    return { ks: h + alpha / w + jump, alpha, jump, w };
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
export function halfAllowance(law, dtype) {
    const key = `${dtype} ${JSON.stringify(law)}`;
    let hit = CACHE.get(key);
    if (hit === undefined)
        CACHE.set(key, hit = computeAllowance(law, dtype));
    return structuredClone(hit);
}
/** Allowances computed so far (levels 1 and 3 ask for the same laws, on every run). */
const CACHE = new Map();
function computeAllowance(law, dtype) {
    const p = P_BITS[dtype];
    const u = 2 ** -p;
    const h = 2 ** -p;
    const tiny = TINY[dtype];
    const moments = lawMoments(law);
    const mu = moments.mean;
    const bounded = (ks, lo, hi) => {
        // Fact 3: |E g(X) − E g(Y)| ≤ Δ·TV(g) on [lo, hi].
        const tv2 = (mu - lo) ** 2 + (hi - mu) ** 2;
        const tv4 = (mu - lo) ** 4 + (hi - mu) ** 4;
        const m2 = moments.variance;
        const second = [Math.max(0, m2 - ks * tv2), m2 + ks * tv2];
        return {
            ks,
            support: [lo, hi],
            mean: ks * (hi - lo),
            maxStd: Math.sqrt(second[1]),
            secondMoment: second,
            maxFourthVariance: moments.fourthCentralMoment + ks * tv4 - second[0] ** 2,
        };
    };
    if (law.kind === "uniform") {
        const { ks, alpha, jump, w } = uniformKs(law.a, law.b, u, h);
        return {
            ...bounded(ks, law.a - alpha, law.b + alpha),
            shift: { down: h * w + alpha, up: alpha, jump },
        };
    }
    if (law.kind === "normal") {
        const { mean: m, std: s } = law;
        const radius = h + (2 / Math.E) * ((2 * u) / (1 - 2 * u));
        const angle = 2 * (h + 1.01 * u);
        const gamma = (1 + u) ** 5 - 1 + 2 ** -20;
        const alpha = Math.abs(m) * ((1 + u) ** 2 - 1) + s * 2 ** -20 + 3 * tiny;
        const cdf = (x) => normalCdf(x, m, s);
        const window = windowMass(cdf, m, gamma, alpha, m - 12 * s, m + 12 * s, 40000, 1e-30);
        const sd = boxMullerRadius2(p);
        // ‖W‖₂ over the sample (W = R′·cos θ, pooled with R′·sin θ), ‖W‖₄ ≤ 3^(1/4)(1 + 2u).
        const w2lo = (1 - 2 * u) * Math.sqrt(sd / 2);
        const w2hi = 1 + 2 * u;
        const lo = Math.max(0, s * (1 - gamma) * w2lo - alpha);
        const hi = s * (1 + gamma) * w2hi + alpha;
        const w4 = s * (1 + gamma) * 3 ** 0.25 * (1 + 2 * u) + alpha;
        return {
            ks: radius + angle + window,
            support: [-Infinity, Infinity],
            mean: s * (Math.SQRT2 * (1 + 2 * u) * 1.01 * Math.PI * u + gamma * w2hi) + alpha,
            maxStd: hi,
            secondMoment: [lo * lo, hi * hi],
            maxFourthVariance: w4 ** 4 - (lo * lo) ** 2,
        };
    }
    const { mean: m, std: s, a, b } = law;
    const za = (a - m) / s;
    const zb = (b - m) / s;
    const pa = normalCdf(za);
    const z = normalCdf(zb) - pa;
    const v = uniformKs(2 * pa - 1, 2 * normalCdf(zb) - 1, u, h);
    const gamma = (1 + u) ** 3 - 1 + 2 ** -20;
    const alpha = Math.abs(m) * ((1 + u) ** 2 - 1) + 2 * u * Math.max(Math.abs(a), Math.abs(b)) +
        3 * tiny;
    const cdf = (x) => Math.min(1, Math.max(0, (normalCdf((x - m) / s) - pa) / z));
    const slack = 2 * u * Math.max(Math.abs(a), Math.abs(b)) + 3 * tiny;
    const window = windowMass(cdf, m, gamma, alpha, a - slack, b + slack, 40000, 0);
    return bounded(v.ks + window, a - slack, b + slack);
}
