/* @ts-self-types="./law_moments.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Mean, variance and fourth central moment of the `torch.nn.init` laws.
 *
 * @module
 */
import { checkLaw } from "./_check_law.js";
import { logNormalMass, logPdf } from "./_normal.js";
/** 16-point Gauss–Legendre nodes and weights on [−1, 1] (Newton on P₁₆). */
const GAUSS_LEGENDRE = (() => {
    const n = 16;
    const nodes = new Float64Array(n);
    const weights = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        let x = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
        let dp = 0;
        for (let iter = 0; iter < 100; iter++) {
            let p0 = 1;
            let p1 = x;
            for (let k = 2; k <= n; k++) {
                const p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
                p0 = p1;
                p1 = p2;
            }
            dp = (n * (x * p1 - p0)) / (x * x - 1);
            const step = p1 / dp;
            x -= step;
            if (Math.abs(step) < 1e-17)
                break;
        }
        nodes[i] = x;
        weights[i] = 2 / ((1 - x * x) * dp * dp);
    }
    return { nodes, weights };
})();
/**
 * [E[X], E[Y²], E[Y⁴]] for X standard normal on [α, β] and Y = X − E[X], by
 * the closed-form recursion: E[X] = (φ(α) − φ(β))/Z and, integrating by
 * parts with xφ(x) = −φ′(x), E[Y^k] = (k − 1)E[Y^(k−2)] − c·E[Y^(k−1)] −
 * T(k−1), where c = E[X], T(j) = ((β − c)^j φ(β) − (α − c)^j φ(α))/Z and
 * Z = Φ(β) − Φ(α). Pivoting at c keeps the central moments from being
 * differences of large raw moments; what cancellation remains grows as
 * E[Y²] shrinks (narrow intervals, intervals far in a tail).
 */
function recursionMoments(alpha, beta) {
    const logZ = logNormalMass(alpha, beta);
    // φ(bound)/Z, 0 at an infinite bound.
    const wa = Number.isFinite(alpha) ? Math.exp(logPdf(alpha) - logZ) : 0;
    const wb = Number.isFinite(beta) ? Math.exp(logPdf(beta) - logZ) : 0;
    const c = wa - wb;
    const da = Number.isFinite(alpha) ? alpha - c : 0;
    const db = Number.isFinite(beta) ? beta - c : 0;
    const t1 = db * wb - da * wa;
    const t2 = db * db * wb - da * da * wa;
    const t3 = db * db * db * wb - da * da * da * wa;
    const e2 = 1 - t1;
    const e3 = -c * e2 - t2;
    const e4 = 3 * e2 - c * e3 - t3;
    return [c, e2, e4];
}
/**
 * The same moments by composite 16-point Gauss–Legendre quadrature of
 * exp(−(x² − x₀²)/2), x₀ the mode (the point of [α, β] nearest 0), over
 * [α, β] cut where that factor falls below e⁻¹⁰⁰, in panels no wider than
 * min(1, 4/|x₀|): every integrand is positive and bounded by 1, so nothing
 * cancels. Used where the recursion would (E[Y²] < 0.1).
 */
function quadratureMoments(alpha, beta) {
    const x0 = alpha > 0 ? alpha : beta < 0 ? beta : 0;
    const reach = Math.sqrt(x0 * x0 + 200);
    const lo = Math.max(alpha, -reach);
    const hi = Math.min(beta, reach);
    const panels = Math.ceil((hi - lo) / Math.min(1, 4 / Math.max(1, Math.abs(x0))));
    const h = (hi - lo) / panels;
    const { nodes, weights } = GAUSS_LEGENDRE;
    const points = [];
    const masses = [];
    let m0 = 0;
    let m1 = 0;
    for (let p = 0; p < panels; p++) {
        const mid = lo + (p + 0.5) * h;
        for (let i = 0; i < nodes.length; i++) {
            const u = mid + 0.5 * h * nodes[i];
            const w = 0.5 * h * weights[i] * Math.exp(-0.5 * (u - x0) * (u + x0));
            points.push(u - x0);
            masses.push(w);
            m0 += w;
            m1 += w * (u - x0);
        }
    }
    const shift = m1 / m0;
    let s2 = 0;
    let s4 = 0;
    for (let i = 0; i < points.length; i++) {
        const y = points[i] - shift;
        const y2 = y * y;
        s2 += masses[i] * y2;
        s4 += masses[i] * y2 * y2;
    }
    return [x0 + shift, s2 / m0, s4 / m0];
}
/** [E[X], E[Y²], E[Y⁴]] for X standard normal truncated to [α, β], Y = X − E[X]. */
function standardTruncatedMoments(alpha, beta) {
    const moments = recursionMoments(alpha, beta);
    return moments[1] < 0.1 ? quadratureMoments(alpha, beta) : moments;
}
/**
 * The mean, variance and fourth central moment μ₄ of `law`:
 *
 * | law | mean | variance | μ₄ |
 * | --- | --- | --- | --- |
 * | U(a, b) | (a + b)/2 | (b − a)²/12 | (b − a)⁴/80 |
 * | N(μ, σ²) | μ | σ² | 3σ⁴ |
 * | N(μ, σ²) on [a, b] | μ + σ·m₁ | σ²·E[Y²] | σ⁴·E[Y⁴] |
 *
 * For the truncated normal, with α = (a − μ)/σ, β = (b − μ)/σ,
 * Z = Φ(β) − Φ(α) and X standard normal on [α, β]: m₁ = E[X] =
 * (φ(α) − φ(β))/Z, and the central moments of Y = X − m₁ follow from the
 * recursion E[Y^k] = (k − 1)E[Y^(k−2)] − m₁E[Y^(k−1)] − T(k−1),
 * T(j) = ((β − m₁)^j φ(β) − (α − m₁)^j φ(α))/Z (integration by parts of
 * xφ(x) = −φ′(x)): E[Y²] = 1 − T(1), E[Y³] = −m₁E[Y²] − T(2),
 * E[Y⁴] = 3E[Y²] − m₁E[Y³] − T(3). Z and the ratios φ/Z are formed in
 * logarithms, so intervals far in a tail work. The recursion cancels when
 * the truncated law is much narrower than the normal (E[Y²] < 0.1: a narrow
 * interval, or one far in a tail); there the moments come instead from
 * composite Gauss–Legendre quadrature of the density, whose integrands are
 * all positive. Both paths are accurate to about 10⁻¹³ relative or better
 * (tested against 50-digit quadrature).
 *
 * @param law The law.
 * @returns Its mean, variance and fourth central moment.
 * @throws {TypeError} If `law` is not an object or has an unknown `kind`.
 * @throws {RangeError} If a parameter is invalid.
 *
 * @example Kurtosis 3 for the normal, 9/5 for the uniform
 * ```ts
 * import { lawMoments } from "./law_moments.ts";
 * import assert from "node:assert/strict";
 *
 * const n = lawMoments({ kind: "normal", mean: 1, std: 2 });
 * assert.deepEqual(n, { mean: 1, variance: 4, fourthCentralMoment: 48 });
 * const u = lawMoments({ kind: "uniform", a: 0, b: 1 });
 * assert.ok(Math.abs(u.fourthCentralMoment / u.variance ** 2 - 1.8) < 1e-15);
 * // Truncation at ±2 std shrinks the variance to 0.7737...
 * const t = lawMoments({ kind: "truncNormal", mean: 0, std: 1, a: -2, b: 2 });
 * assert.ok(Math.abs(t.variance - 0.7737413035499232) < 1e-15);
 * ```
 */
export function lawMoments(law) {
    checkLaw(law, "lawMoments");
    switch (law.kind) {
        case "uniform": {
            const w = law.b - law.a;
            return {
                mean: law.a + w / 2,
                variance: (w * w) / 12,
                fourthCentralMoment: (w * w * w * w) / 80,
            };
        }
        case "normal": {
            const v = law.std * law.std;
            return { mean: law.mean, variance: v, fourthCentralMoment: 3 * v * v };
        }
        case "truncNormal": {
            const { mean, std } = law;
            const [m1, e2, e4] = standardTruncatedMoments((law.a - mean) / std, (law.b - mean) / std);
            const v = std * std;
            return { mean: mean + std * m1, variance: v * e2, fourthCentralMoment: v * v * e4 };
        }
    }
}
