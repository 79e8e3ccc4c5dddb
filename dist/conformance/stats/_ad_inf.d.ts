/**
 * Private: the limiting distribution of the Anderson–Darling statistic.
 *
 * @module
 */
/** Above this z, {@linkcode adInfSf} continues the series' tail analytically. */
export declare const AD_SERIES_MAX_Z = 20;
/**
 * ADinf(z) = lim P(Aₙ² < z): the series of Marsaglia & Marsaglia up to
 * z = 20, 1 − {@linkcode adInfSf} beyond. 0 below z = 0.01
 * (ADinf(0.01) ≈ 5·10⁻⁵³).
 */
export declare function adInfCdf(z: number): number;
/**
 * 1 − ADinf(z). Up to z = 20 (P ≈ 4.5·10⁻¹⁰) it is 1 − the series, whose
 * cancellation keeps the relative error below 10⁻⁵; beyond, where the series
 * loses its digits, the tail is continued from z = 20 by the ratio of
 * {@linkcode tailShape} (relative error below 10⁻³).
 */
export declare function adInfSf(z: number): number;
