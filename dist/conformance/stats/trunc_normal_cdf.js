/* @ts-self-types="./trunc_normal_cdf.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The CDF of the truncated normal law.
 *
 * @module
 */
import { inLowerTail, log1mexp, logNormalMass, logPhiRatio, phi } from "./_normal.js";
import { requireFinite, requireInterval, requireStd } from "./_validate.js";
/**
 * [ln F, ln(1 − F)] at ξ for the standard normal truncated to [α, β] with
 * β in the lower tail (β < −0.6629), every piece a ratio of Φ values: F = (Φ(ξ)/Φ(β))·(1 − Φ(α)/Φ(ξ))
 * / (1 − Φ(α)/Φ(β)), 1 − F = (1 − Φ(ξ)/Φ(β))/(1 − Φ(α)/Φ(β)).
 */
function lowerSide(xi, alpha, beta) {
    const logDenominator = log1mexp(logPhiRatio(alpha, beta));
    const logXiBeta = logPhiRatio(xi, beta);
    return [
        logXiBeta + log1mexp(logPhiRatio(alpha, xi)) - logDenominator,
        log1mexp(logXiBeta) - logDenominator,
    ];
}
/**
 * The CDF at `x` of the normal law N(mean, std²) truncated to [a, b], the law
 * `torch.nn.init.trunc_normal_(t, mean, std, a, b)` samples. **`a` and `b`
 * are absolute bounds, not multiples of `std`** (torch's defaults a = −2,
 * b = 2 with std = 0.02 truncate at ±100 std, not ±2 std).
 *
 * With α = (a − mean)/std, β = (b − mean)/std and ξ = (x − mean)/std,
 * F(x) = (Φ(ξ) − Φ(α))/(Φ(β) − Φ(α)). Both differences are evaluated in
 * logarithms without cancellation: an interval in the lower tail through
 * ratios Φ(lo)/Φ(hi) (whose logarithms cancel the common −x²/2
 * analytically); an interval in the upper tail the same way through upper
 * tails (the survival function); otherwise through Φ − ½, a sum of two
 * non-negative halves for an interval around the mean. The left part of the support returns F directly,
 * the right part 1 − S with S the survival function computed the same way,
 * so both tails keep their accuracy, and bounds far in a tail (say
 * [40 std, 41 std], where Φ itself underflows) still work. `a` and `b` may
 * be ±Infinity: (−∞, ∞) gives the normal CDF.
 *
 * @param x The point; NaN gives NaN.
 * @param mean Mean of the underlying normal. Default: 0.
 * @param std Standard deviation of the underlying normal, above 0. Default: 1.
 * @param a Lower bound (absolute). Default: −2.
 * @param b Upper bound (absolute), above `a`. Default: 2.
 * @returns P(X ≤ x) for X ~ N(mean, std²) truncated to [a, b].
 * @throws {RangeError} If `mean` is not finite, `std` is not a finite number
 * above 0, a bound is NaN, or `a >= b`.
 *
 * @example torch's default bounds are absolute
 * ```ts
 * import { truncNormalCdf } from "./trunc_normal_cdf.ts";
 * import assert from "node:assert/strict";
 *
 * // The ViT call trunc_normal_(w, std=0.02): [-2, 2] is ±100 std, so the law
 * // is N(0, 0.02²) for every practical purpose.
 * assert.ok(Math.abs(truncNormalCdf(-0.02, 0, 0.02, -2, 2) - 0.15865525393145705) < 1e-15);
 * // Truncated at ±1 std instead, the same point has F = 0:
 * assert.equal(truncNormalCdf(-0.02, 0, 0.02, -0.02, 0.02), 0);
 * assert.ok(Math.abs(truncNormalCdf(0, 0, 1, -1, 1) - 0.5) < 1e-15);
 * ```
 */
export function truncNormalCdf(x, mean = 0, std = 1, a = -2, b = 2) {
    const what = "truncNormalCdf";
    requireFinite(mean, "mean", what);
    requireStd(std, what);
    requireInterval(a, b, ["a", "b"], what, true);
    if (Number.isNaN(x))
        return NaN;
    if (x <= a)
        return 0;
    if (x >= b)
        return 1;
    const alpha = (a - mean) / std;
    const beta = (b - mean) / std;
    const xi = (x - mean) / std;
    // Rounding can push ξ onto a bound even though x lies strictly inside.
    if (xi <= alpha)
        return 0;
    if (xi >= beta)
        return 1;
    if (alpha === -Infinity && beta === Infinity)
        return phi(xi);
    let logLeft;
    let logRight;
    if (inLowerTail(beta))
        [logLeft, logRight] = lowerSide(xi, alpha, beta);
    else if (inLowerTail(-alpha))
        [logRight, logLeft] = lowerSide(-xi, -beta, -alpha);
    else {
        const logMass = logNormalMass(alpha, beta);
        logLeft = logNormalMass(alpha, xi) - logMass;
        logRight = logNormalMass(xi, beta) - logMass;
    }
    return logLeft < -Math.LN2 ? Math.exp(logLeft) : 1 - Math.exp(logRight);
}
