/**
 * Mean, variance and fourth central moment of the `torch.nn.init` laws.
 *
 * @module
 */
import type { Law } from "./law_types.js";
/** The moments {@linkcode varianceZTest} needs. */
export interface LawMoments {
    /** E[X]. */
    mean: number;
    /** σ² = E[(X − E[X])²]. */
    variance: number;
    /** μ₄ = E[(X − E[X])⁴]. */
    fourthCentralMoment: number;
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
export declare function lawMoments(law: Law): LawMoments;
