/**
 * The two-sample Kolmogorov–Smirnov test for two samples of the same size n,
 * with its exact null distribution (Gnedenko & Korolyuk, 1951):
 *
 *   P(D ≥ k/n) = 2 Σ_{j ≥ 1} (−1)^{j+1} C(2n, n − jk) / C(2n, n).
 *
 * Used by level 5 to compare a port's parameter values with torch's own
 * values of the same parameter: under the null hypothesis (same law) the
 * p-value is uniform for continuous laws and conservative with ties.
 *
 * @module
 */
/** The statistic k = n·D of two equal-size samples (ties are processed together). */
export declare function ksTwoSampleK(a: ArrayLike<number>, b: ArrayLike<number>): number;
/** The exact p-value P(n·D ≥ k) for two samples of size n. */
export declare function ksTwoSamplePValue(n: number, k: number): number;
