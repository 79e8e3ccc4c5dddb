/* @ts-self-types="./_normal.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
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
// Cody (1969), erf on |y| ≤ 0.46875.
const A = [
    3.16112374387056560e0,
    1.13864154151050156e2,
    3.77485237685302021e2,
    3.20937758913846947e3,
    1.85777706184603153e-1,
];
const B = [
    2.36012909523441209e1,
    2.44024637934444173e2,
    1.28261652607737228e3,
    2.84423683343917062e3,
];
// Cody (1969), exp(y²)·erfc(y) on 0.46875 ≤ y ≤ 4.
const C = [
    5.64188496988670089e-1,
    8.88314979438837594e0,
    6.61191906371416295e1,
    2.98635138197400131e2,
    8.81952221241769090e2,
    1.71204761263407058e3,
    2.05107837782607147e3,
    1.23033935479799725e3,
    2.15311535474403846e-8,
];
const D = [
    1.57449261107098347e1,
    1.17693950891312499e2,
    5.37181101862009858e2,
    1.62138957456669019e3,
    3.29079923573345963e3,
    4.36261909014324716e3,
    3.43936767414372164e3,
    1.23033935480374942e3,
];
// Cody (1969), exp(y²)·erfc(y) for y > 4, in powers of 1/y².
const P = [
    3.05326634961232344e-1,
    3.60344899949804439e-1,
    1.25781726111229246e-1,
    1.60837851487422766e-2,
    6.58749161529837803e-4,
    1.63153871373020978e-2,
];
const Q = [
    2.56852019228982242e0,
    1.87295284992346047e0,
    5.27905102951428412e-1,
    6.05183413124413191e-2,
    2.33520497626869185e-3,
];
/** 1/√π. */
const ONE_OVER_SQRT_PI = 5.6418958354775628695e-1;
/** Cody's switch between the first and second rational functions. */
const ERF_SPLIT = 0.46875;
/** ln √(2π). */
const LN_SQRT_2PI = 0.91893853320467274178;
/** √(π/2). */
const SQRT_PI_OVER_2 = 1.2533141373155002512;
/** Beyond this |x|, Φ(−|x|) < 2⁻¹⁰⁷⁴ rounds to 0. */
const TAIL_ZERO = 38.6;
/** erf(y) for |y| ≤ 0.46875 (Cody's first approximation). */
export function erfSmall(y) {
    const ysq = Math.abs(y) > 1.11e-16 ? y * y : 0;
    let num = A[4] * ysq;
    let den = ysq;
    for (let i = 0; i < 3; i++) {
        num = (num + A[i]) * ysq;
        den = (den + B[i]) * ysq;
    }
    return (y * (num + A[3])) / (den + B[3]);
}
/** R(y) = exp(y²)·erfc(y) for y ≥ 0.46875 (Cody's second and third approximations). */
export function erfcxLarge(y) {
    if (y <= 4) {
        let num = C[8] * y;
        let den = y;
        for (let i = 0; i < 7; i++) {
            num = (num + C[i]) * y;
            den = (den + D[i]) * y;
        }
        return (num + C[7]) / (den + D[7]);
    }
    const ysq = 1 / (y * y);
    let num = P[5] * ysq;
    let den = ysq;
    for (let i = 0; i < 4; i++) {
        num = (num + P[i]) * ysq;
        den = (den + Q[i]) * ysq;
    }
    const r = (ysq * (num + P[4])) / (den + Q[4]);
    return (ONE_OVER_SQRT_PI - r) / y;
}
/**
 * −t²/2 as the pair [−t₁₆²/2, −(t − t₁₆)(t + t₁₆)/2] with t₁₆ = ⌊16t⌋/16:
 * the first part is exact, the second small, so exp of each loses nothing.
 */
function halfSquareParts(t) {
    const t16 = Math.trunc(t * 16) / 16;
    return [-0.5 * t16 * t16, -0.5 * (t - t16) * (t + t16)];
}
/** True when Φ(±t) takes the erf branch. */
function central(t) {
    return Math.abs(t) * Math.SQRT1_2 <= ERF_SPLIT;
}
/** Upper tail Q(t) = P(Z > t) for t with t/√2 > 0.46875 (t > 0). */
function tailLarge(t) {
    if (t >= TAIL_ZERO)
        return 0;
    const [e1, e2] = halfSquareParts(t);
    return 0.5 * erfcxLarge(t * Math.SQRT1_2) * Math.exp(e2) * Math.exp(e1);
}
/** The standard normal CDF Φ(x). */
export function phi(x) {
    if (Number.isNaN(x))
        return NaN;
    if (central(x))
        return 0.5 + 0.5 * erfSmall(x * Math.SQRT1_2);
    const q = tailLarge(Math.abs(x));
    return x < 0 ? q : 1 - q;
}
/** Φ(t) − ½ for t ≥ 0, without cancellation. */
export function phiMinusHalf(t) {
    if (central(t))
        return 0.5 * erfSmall(t * Math.SQRT1_2);
    return 0.5 - tailLarge(t);
}
/** ln Φ(x), accurate in the lower tail far beyond where Φ underflows. */
export function logPhi(x) {
    if (Number.isNaN(x))
        return NaN;
    if (central(x))
        return Math.log(0.5 + 0.5 * erfSmall(x * Math.SQRT1_2));
    if (x > 0)
        return Math.log1p(-tailLarge(x));
    if (x === -Infinity)
        return -Infinity;
    const t = -x;
    const [e1, e2] = halfSquareParts(t);
    return Math.log(0.5 * erfcxLarge(t * Math.SQRT1_2)) + e2 + e1;
}
/** ln φ(x) for the standard normal density φ. */
export function logPdf(x) {
    return -0.5 * x * x - LN_SQRT_2PI;
}
/** The lower Mills ratio Φ(x)/φ(x). */
function millsLower(x) {
    if (x < 0 && !central(x))
        return SQRT_PI_OVER_2 * erfcxLarge(-x * Math.SQRT1_2);
    return phi(x) / Math.exp(logPdf(x));
}
/** ln(1 − eˣ) for x ≤ 0 (Mächler's log1mexp). */
export function log1mexp(x) {
    return x > -Math.LN2 ? Math.log(-Math.expm1(x)) : Math.log1p(-Math.exp(x));
}
/**
 * ln(Φ(lo)/Φ(hi)) for lo ≤ hi. When both lie in the lower tail branch the
 * common −x²/2 is cancelled analytically:
 * ln(R(−lo/√2)/R(−hi/√2)) − (lo − hi)(lo + hi)/2, so the result keeps an
 * absolute accuracy of a few ε plus ε·|(lo − hi)(lo + hi)|, instead of
 * ε·lo²/2 (1.8·10⁻¹³ at lo = −40) for the plain difference of logarithms.
 */
export function logPhiRatio(lo, hi) {
    if (lo === hi)
        return 0;
    if (lo === -Infinity)
        return -Infinity;
    if (hi < 0 && !central(hi)) {
        const ratio = erfcxLarge(-lo * Math.SQRT1_2) / erfcxLarge(-hi * Math.SQRT1_2);
        return Math.log(ratio) - 0.5 * (lo - hi) * (lo + hi);
    }
    return logPhi(lo) - logPhi(hi);
}
/** True when x < 0 lies in the lower tail branch (x < −0.6629). */
export function inLowerTail(x) {
    return x < 0 && !central(x);
}
/** H(t) = Φ(t) − ½, odd, without cancellation. */
function halfCentered(t) {
    return t >= 0 ? phiMinusHalf(t) : -phiMinusHalf(-t);
}
/**
 * ln(Φ(hi) − Φ(lo)) for lo < hi, without cancellation and without underflow:
 * an interval in the lower tail branch (hi < −0.6629) as
 * ln Φ(hi) + ln(1 − Φ(lo)/Φ(hi)) with {@linkcode logPhiRatio}; one in the
 * upper tail as its mirror image; anything else as H(hi) − H(lo) with
 * H = Φ − ½, a sum of two non-negative terms for an interval around 0 and a
 * difference that keeps ~ε·|lo|/(hi − lo) otherwise.
 */
export function logNormalMass(lo, hi) {
    if (lo > 0 && !central(lo))
        return logNormalMass(-hi, -lo);
    if (inLowerTail(hi))
        return logPhi(hi) + log1mexp(logPhiRatio(lo, hi));
    return Math.log(halfCentered(hi) - halfCentered(lo));
}
/**
 * The x ≤ 0 solving ln Φ(x) = logP, for logP ≤ ln ½: Newton's method on
 * ln Φ, which is concave, so after the first step the iterates increase
 * monotonically to the root. The start is Abramowitz & Stegun 26.2.23
 * (|error| < 4.5·10⁻⁴).
 */
export function lowerQuantileFromLog(logP) {
    if (Number.isNaN(logP))
        return NaN;
    if (logP === -Infinity)
        return -Infinity;
    const t = Math.sqrt(-2 * logP);
    let x = -(t - (2.515517 + t * (0.802853 + t * 0.010328)) /
        (1 + t * (1.432788 + t * (0.189269 + t * 0.001308))));
    for (let i = 0; i < 100; i++) {
        const step = (logPhi(x) - logP) * millsLower(x);
        x -= step;
        if (Math.abs(step) <= 2e-16 * Math.max(1, Math.abs(x)))
            break;
    }
    return x;
}
/** erfc(y) for y ≥ 0 (Cody), with exp(−y²) split as for Φ. */
export function erfc(y) {
    if (Number.isNaN(y))
        return NaN;
    if (y <= ERF_SPLIT)
        return 1 - erfSmall(y);
    if (y > 27.3)
        return 0;
    const y16 = Math.trunc(y * 16) / 16;
    return erfcxLarge(y) * Math.exp(-(y - y16) * (y + y16)) * Math.exp(-y16 * y16);
}
/**
 * The x solving Φ(x) − ½ = d for |d| ≤ 0.24 (|x| < 0.65), by Newton's method
 * on Φ − ½ (concave on each side of 0, so the iterates are monotone), which
 * keeps the relative accuracy of small x that Φ itself (near ½) cannot.
 */
export function centralQuantile(d) {
    let x = d * 2.5066282746310002; // √(2π)
    for (let i = 0; i < 50; i++) {
        const h = (x >= 0 ? phiMinusHalf(x) : -phiMinusHalf(-x)) - d;
        const step = h / Math.exp(logPdf(x));
        x -= step;
        if (Math.abs(step) <= 2e-16 * Math.abs(x))
            break;
    }
    return x;
}
