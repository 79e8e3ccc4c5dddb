/**
 * Statistics for level 3 ("distribution") of the conformance harness: does a
 * port's output follow the law `torch.nn.init` samples — U(a, b),
 * N(mean, std²), or N(mean, std²) truncated to the **absolute** bounds
 * [a, b] of `trunc_normal_` (not ±2 std)?
 *
 * **Laws and CDFs.** {@linkcode normalCdf} computes Φ from W. J. Cody's
 * rational Chebyshev approximations for erf/erfc (Math. Comp. 23, 1969),
 * with exp(−z²/2) formed from z itself, to < 10⁻¹⁵ relative error in both
 * tails down to the subnormal range; {@linkcode normalQuantile} inverts it
 * by Newton's method on ln Φ. {@linkcode truncNormalCdf} and
 * {@linkcode truncNormalQuantile} work in logarithms with Φ on the left of
 * the support and the survival function on the right, so bounds far in
 * either tail neither cancel nor underflow. {@linkcode lawCdf} turns a
 * {@linkcode Law} into its CDF; {@linkcode lawMoments} gives its mean,
 * variance and fourth central moment (3σ⁴; (b − a)⁴/80; a moment recursion
 * for the truncated normal).
 *
 * **Goodness of fit.** {@linkcode ksTest}: Kolmogorov's Dₙ with the exact
 * p-value of Marsaglia, Tsang & Wang ("Evaluating Kolmogorov's
 * distribution", J. Stat. Software 8(18), 2003) for n ≤ 1000; in their
 * large-n·d² region, and for small p-values, the exact one-sided
 * Birnbaum–Tingey tail doubled; above n = 1000, Kolmogorov's limit for
 * p > 0.05 (see {@linkcode ksPValue}). {@linkcode andersonDarling}: A², with
 * CDF values clamped to [2⁻⁵³, 1 − 2⁻⁵³], and its p-value from the
 * limiting series and finite-n correction of Marsaglia & Marsaglia
 * ("Evaluating the Anderson-Darling distribution", J. Stat. Software 9(2),
 * 2004), with an analytic continuation of the far tail (see
 * {@linkcode andersonDarlingPValue}). {@linkcode meanZTest} and
 * {@linkcode varianceZTest}: deterministic z-tests of the sample mean and
 * variance ({@linkcode sampleMoments}, Welford) against the law's, the
 * variance's standard error from μ₄.
 *
 * **Laws beyond the marginal.** {@linkcode signPValue}: the exact two-sided
 * sign test (Binomial(n, 1/2)), for the Haar invariance of `orthogonal_`.
 * {@linkcode float32Share} and {@linkcode repeatCount}: float64 resolution —
 * the share of values exactly representable in float32 (Chernoff bound) and
 * the number of repeated values (a birthday bound), each with a p-value that
 * bounds the false alarm under a stated resolution of a correct fill.
 *
 * **False alarms.** Every test returns a p-value under the hypothesis that
 * the port is correct. The harness states its per-run false-alarm rate α
 * (e.g. 10⁻⁶) and splits it across its k checks with Bonferroni: each check
 * fails when p ≤ α/k ({@linkcode bonferroni}), so a correct port fails a
 * run with probability at most α whatever the dependence between checks.
 * {@linkcode Verdict} records each check (name, statistic, p-value,
 * threshold, pass) and formats the report. The p-values are accurate
 * enough for thresholds far below 10⁻⁶; the one approximation that can
 * inflate the rate is the variance z-test's normal approximation at small n
 * (documented in {@linkcode varianceZTest}).
 *
 * @example A correct sample passes, a std off by √3 fails
 * ```ts
 * import {
 *   andersonDarling,
 *   ksTest,
 *   lawCdf,
 *   normalQuantile,
 *   varianceZTest,
 *   Verdict,
 * } from "./mod.ts";
 * import assert from "node:assert/strict";
 *
 * const law = { kind: "normal", mean: 0, std: 0.02 } as const;
 * const cdf = lawCdf(law);
 * const n = 4096;
 * const good = Array.from({ length: n }, (_, i) => normalQuantile((i + 0.5) / n, 0, 0.02));
 * const bad = good.map((x) => x * Math.sqrt(3));
 * for (const [sample, ok] of [[good, true], [bad, false]] as const) {
 *   const verdict = new Verdict(1e-6, 3);
 *   const ks = ksTest(sample, cdf);
 *   verdict.record("KS", ks.statistic, ks.pValue);
 *   const ad = andersonDarling(sample, cdf);
 *   verdict.record("AD", ad.statistic, ad.pValue);
 *   const v = varianceZTest(sample, law);
 *   verdict.record("variance", v.statistic, v.pValue);
 *   assert.equal(verdict.passed, ok);
 * }
 * ```
 *
 * @module
 */
export type { Law, NormalLaw, TruncNormalLaw, UniformLaw } from "./law_types.js";
export { lawCdf } from "./law_cdf.js";
export type { LawMoments } from "./law_moments.js";
export { lawMoments } from "./law_moments.js";
export { normalCdf } from "./normal_cdf.js";
export { normalQuantile } from "./normal_quantile.js";
export { uniformCdf } from "./uniform_cdf.js";
export { truncNormalCdf } from "./trunc_normal_cdf.js";
export { truncNormalQuantile } from "./trunc_normal_quantile.js";
export { ksStatistic } from "./ks_statistic.js";
export { KS_EXACT_MAX_N, ksPValue } from "./ks_p_value.js";
export type { KsTestResult } from "./kolmogorov_smirnov.js";
export { ksTest } from "./kolmogorov_smirnov.js";
export { andersonDarlingStatistic } from "./anderson_darling_statistic.js";
export { andersonDarlingPValue } from "./anderson_darling_p_value.js";
export type { AndersonDarlingResult } from "./anderson_darling.js";
export { andersonDarling } from "./anderson_darling.js";
export type { SampleMoments } from "./sample_moments.js";
export { sampleMoments } from "./sample_moments.js";
export type { ZTestResult } from "./mean_ztest.js";
export { meanZTest } from "./mean_ztest.js";
export { varianceZTest } from "./variance_ztest.js";
export type { SignPValueResult } from "./sign_p_value.js";
export { signPValue } from "./sign_p_value.js";
export type { Float32ShareResult } from "./float32_share.js";
export { float32Share } from "./float32_share.js";
export type { RepeatCountResult } from "./repeat_count.js";
export { repeatCount } from "./repeat_count.js";
export { bonferroni } from "./bonferroni.js";
export type { CheckRecord } from "./verdict.js";
export { Verdict } from "./verdict.js";
