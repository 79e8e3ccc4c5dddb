/**
 * Private: the exact upper tail of Smirnov's one-sided statistic Dₙ⁺.
 *
 * @module
 */
/**
 * P(Dₙ⁺ ≥ d) for 0 < d < 1, by the exact finite sum of Birnbaum & Tingey
 * ("One-sided confidence contours for probability distribution functions",
 * Ann. Math. Statist. 22, 1951):
 *
 *   P(Dₙ⁺ ≥ d) = d · Σ_{j=0}^{⌊n(1−d)⌋} C(n, j) (1 − d − j/n)^(n−j) (d + j/n)^(j−1).
 *
 * Every term is positive, so the sum is formed in logarithms (log C(n, j)
 * by the product recurrence) with a max shift: no cancellation, no overflow,
 * and the relative accuracy holds down to underflow. O(n) time.
 *
 * By symmetry Dₙ⁻ has the same law, and P(Dₙ ≥ d) ≤ 2·P(Dₙ⁺ ≥ d) with
 * equality for d ≥ ½; the excess is P(Dₙ⁺ ≥ d and Dₙ⁻ ≥ d), negligible in
 * the upper tail (relative 10⁻⁵ at P = 0.05, below 10⁻⁷ at P = 0.01).
 */
export declare function smirnovUpperTail(n: number, d: number): number;
