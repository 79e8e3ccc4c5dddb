/**
 * Private: Kolmogorov's limiting distribution.
 *
 * @module
 */
/**
 * P(K > x) for Kolmogorov's limit law K = lim √n·Dₙ (Kolmogorov 1933):
 * 1 − K(x) with K(x) = (√(2π)/x)·Σ_{k≥1} exp(−(2k−1)²π²/(8x²)) for x < 1,
 * and 2·Σ_{k≥1} (−1)^(k−1) exp(−2k²x²) for x ≥ 1; both series converge in a
 * handful of terms, the second without cancellation in the upper tail.
 */
export declare function kolmogorovLimitSf(x: number): number;
