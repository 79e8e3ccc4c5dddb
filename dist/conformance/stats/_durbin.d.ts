/**
 * Private: the exact distribution of Kolmogorov's Dₙ by the matrix method of
 * G. Marsaglia, W. W. Tsang and J. Wang, "Evaluating Kolmogorov's
 * distribution", Journal of Statistical Software 8(18), 2003
 * (doi:10.18637/jss.v008.i18), after Durbin (1973).
 *
 * @module
 */
/**
 * K(n, d) = P(Dₙ < d), exactly up to rounding (13–15 digits per the paper).
 *
 * With k = ⌊nd⌋ + 1, m = 2k − 1 and h = k − nd ∈ (0, 1], H is the m × m
 * matrix with H[i][j] = 1/(i − j + 1)! for i − j + 1 ≥ 0 (else 0), except
 * that the first column is reduced by h^(i+1)/(i+1)!, the last row by
 * h^(m−j)/(m−j)!, and the corner increased by (2h − 1)^m/m! when 2h > 1
 * (0-based i, j). Then K(n, d) = (n!/nⁿ)·(Hⁿ)[k−1][k−1]. Hⁿ is formed by
 * binary powering; entries are kept below 2²⁵⁶ by exact power-of-two
 * rescaling, with the exponent carried separately (the paper rescales by
 * 10¹⁴⁰), and n!/nⁿ is applied one factor i/n at a time.
 *
 * Cost O(m³ log n) time, O(m²) memory.
 */
export declare function durbinCdf(n: number, d: number): number;
