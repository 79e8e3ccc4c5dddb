/**
 * Private core of the normal-law functions: W. J. Cody's rational Chebyshev
 * approximations for the error function (W. J. Cody, "Rational Chebyshev
 * approximations for the error function", Math. Comp. 23 (1969) 631–638;
 * coefficients as in his SPECFUN routine CALERF), arranged so that the
 * standard normal CDF Φ is accurate to a few units in the last place,
 * relatively, in both tails:
 *
 * - |x| ≤ 0.6629 (|x|/√2 ≤ 0.46875): Φ(x) = ½ + ½·erf(x/√2), erf from the
 *   first rational function.
 * - otherwise the tail Q(t) = Φ(−t), t = |x|, is ½·exp(−t²/2)·R(t/√2), where
 *   R(y) = exp(y²)·erfc(y) is Cody's second (y ≤ 4) or third (y > 4)
 *   rational function. R is smooth, so the rounding of t/√2 costs nothing;
 *   exp(−t²/2) is evaluated from t itself with Cody's splitting
 *   t = t₁₆ + (t − t₁₆), t₁₆ = ⌊16t⌋/16, so that no rounding error in the
 *   argument is amplified by t² (which would cost ~t²·ε relatively).
 *
 * @module
 */
/** erf(y) for |y| ≤ 0.46875 (Cody's first approximation). */
export declare function erfSmall(y: number): number;
/** R(y) = exp(y²)·erfc(y) for y ≥ 0.46875 (Cody's second and third approximations). */
export declare function erfcxLarge(y: number): number;
/** The standard normal CDF Φ(x). */
export declare function phi(x: number): number;
/** Φ(t) − ½ for t ≥ 0, without cancellation. */
export declare function phiMinusHalf(t: number): number;
/** ln Φ(x), accurate in the lower tail far beyond where Φ underflows. */
export declare function logPhi(x: number): number;
/** ln φ(x) for the standard normal density φ. */
export declare function logPdf(x: number): number;
/** ln(1 − eˣ) for x ≤ 0 (Mächler's log1mexp). */
export declare function log1mexp(x: number): number;
/**
 * ln(Φ(lo)/Φ(hi)) for lo ≤ hi. When both lie in the lower tail branch the
 * common −x²/2 is cancelled analytically:
 * ln(R(−lo/√2)/R(−hi/√2)) − (lo − hi)(lo + hi)/2, so the result keeps an
 * absolute accuracy of a few ε plus ε·|(lo − hi)(lo + hi)|, instead of
 * ε·lo²/2 (1.8·10⁻¹³ at lo = −40) for the plain difference of logarithms.
 */
export declare function logPhiRatio(lo: number, hi: number): number;
/** True when x < 0 lies in the lower tail branch (x < −0.6629). */
export declare function inLowerTail(x: number): boolean;
/**
 * ln(Φ(hi) − Φ(lo)) for lo < hi, without cancellation and without underflow:
 * an interval in the lower tail branch (hi < −0.6629) as
 * ln Φ(hi) + ln(1 − Φ(lo)/Φ(hi)) with {@linkcode logPhiRatio}; one in the
 * upper tail as its mirror image; anything else as H(hi) − H(lo) with
 * H = Φ − ½, a sum of two non-negative terms for an interval around 0 and a
 * difference that keeps ~ε·|lo|/(hi − lo) otherwise.
 */
export declare function logNormalMass(lo: number, hi: number): number;
/**
 * The x ≤ 0 solving ln Φ(x) = logP, for logP ≤ ln ½: Newton's method on
 * ln Φ, which is concave, so after the first step the iterates increase
 * monotonically to the root. The start is Abramowitz & Stegun 26.2.23
 * (|error| < 4.5·10⁻⁴).
 */
export declare function lowerQuantileFromLog(logP: number): number;
/** erfc(y) for y ≥ 0 (Cody), with exp(−y²) split as for Φ. */
export declare function erfc(y: number): number;
/**
 * The x solving Φ(x) − ½ = d for |d| ≤ 0.24 (|x| < 0.65), by Newton's method
 * on Φ − ½ (concave on each side of 0, so the iterates are monotone), which
 * keeps the relative accuracy of small x that Φ itself (near ½) cannot.
 */
export declare function centralQuantile(d: number): number;
