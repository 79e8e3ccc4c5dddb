/* @ts-self-types="./_ad_inf.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Private: the limiting distribution of the Anderson–Darling statistic.
 *
 * @module
 */
import { erfc } from "./_normal.js";
const PI_SQUARED_OVER_8 = (Math.PI * Math.PI) / 8;
const PI_OVER_SQRT2 = Math.PI / Math.SQRT2;
const PI_SQRT_PI_OVER_2 = Math.PI * Math.sqrt(Math.PI / 2);
/** Above this z, {@linkcode adInfSf} continues the series' tail analytically. */
export const AD_SERIES_MAX_Z = 20;
/**
 * f(z, j) of Marsaglia & Marsaglia (2004): with t = (4j + 1)²π²/(8z),
 * Σ_{i≥0} cᵢ (z/8)^i / i! where c₀ = (π/√2)·e⁻ᵗ/√t, c₁ = π√(π/2)·erfc(√t)
 * and c_{i+1} = ((i − ½ − t)cᵢ + t·c_{i−1})/i. Terms with t > 150 are below
 * 10⁻⁶⁵ and taken as 0. The constants are at full double precision (the
 * paper prints 15 digits).
 */
function adf(z, j) {
    const t = ((4 * j + 1) * (4 * j + 1) * PI_SQUARED_OVER_8) / z;
    if (t > 150)
        return 0;
    let a = (PI_OVER_SQRT2 * Math.exp(-t)) / Math.sqrt(t);
    let b = PI_SQRT_PI_OVER_2 * erfc(Math.sqrt(t));
    let r = z * 0.125;
    let f = a + b * r;
    for (let i = 1; i < 200; i++) {
        const c = ((i - 0.5 - t) * b + t * a) / i;
        a = b;
        b = c;
        r *= z / (8 * i + 8);
        if (Math.abs(r) < 1e-40 || Math.abs(c) < 1e-40)
            return f;
        const next = f + c * r;
        if (next === f)
            return f;
        f = next;
    }
    return f;
}
/**
 * The series of G. Marsaglia and J. C. W. Marsaglia, "Evaluating the
 * Anderson-Darling distribution", J. Stat. Software 9(2), 2004:
 * ADinf(z) = (1/z)·Σ_j C(−½, j)(4j + 1)·f(z, j), about 15 digits for
 * 0.01 ≤ z ≤ 20. Its alternating terms grow with z: by z = 40 it has lost
 * every digit of 1 − ADinf, and by z = 500 it diverges.
 */
function series(z) {
    let r = 1 / z;
    let ad = r * adf(z, 0);
    for (let j = 1; j < 100; j++) {
        r *= (0.5 - j) / j;
        const next = ad + (4 * j + 1) * r * adf(z, j);
        if (next === ad)
            return ad;
        ad = next;
    }
    return ad;
}
/**
 * ADinf(z) = lim P(Aₙ² < z): the series of Marsaglia & Marsaglia up to
 * z = 20, 1 − {@linkcode adInfSf} beyond. 0 below z = 0.01
 * (ADinf(0.01) ≈ 5·10⁻⁵³).
 */
export function adInfCdf(z) {
    if (Number.isNaN(z))
        return NaN;
    if (z < 0.01)
        return 0;
    if (z > AD_SERIES_MAX_Z)
        return 1 - adInfSf(z);
    return series(z);
}
/**
 * The first-order upper tail of the limit law, up to a constant factor:
 * erfc(√z)·(1 + 11/(36z)). The limit is A² = Σ_{j≥1} Y_j²/(j(j + 1)) with
 * Y_j iid N(0, 1) (Anderson & Darling 1952); its largest weight ½ gives
 * P(A² > z) = √3·erfc(√z)·(1 + 11/(36z) + O(z⁻²)), where
 * √3 = Π_{j≥2}(1 − 2/(j(j + 1)))^(−½) and 11/36 = ½·Σ_{j≥2} 1/((j − 1)(j + 2)).
 */
function tailShape(z) {
    return erfc(Math.sqrt(z)) * (1 + 11 / (36 * z));
}
/**
 * 1 − ADinf(z). Up to z = 20 (P ≈ 4.5·10⁻¹⁰) it is 1 − the series, whose
 * cancellation keeps the relative error below 10⁻⁵; beyond, where the series
 * loses its digits, the tail is continued from z = 20 by the ratio of
 * {@linkcode tailShape} (relative error below 10⁻³).
 */
export function adInfSf(z) {
    if (Number.isNaN(z))
        return NaN;
    if (z <= AD_SERIES_MAX_Z)
        return 1 - adInfCdf(z);
    if (z === Infinity)
        return 0;
    return ((1 - series(AD_SERIES_MAX_Z)) * tailShape(z)) / tailShape(AD_SERIES_MAX_Z);
}
