/* @ts-self-types="./trunc_normal_quantile.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The quantile function of the truncated normal law.
 *
 * @module
 */
import { logPhi, logPhiRatio, lowerQuantileFromLog, phi, phiMinusHalf } from "./_normal.js";
import { requireFinite, requireInterval, requireStd } from "./_validate.js";
/**
 * Standardized quantile on [α, β] with α ≥ 0 handled by the caller's
 * mirroring: the root ξ ≤ 0 of ln Φ(ξ) = ln(Φ(α) + q·(Φ(β) − Φ(α))), for
 * β ≤ 0. With r = Φ(α)/Φ(β), the target is ln Φ(β) + ln(r + q(1 − r)).
 */
function lowerSide(alpha, beta, q) {
    const logR = logPhiRatio(alpha, beta);
    return lowerQuantileFromLog(logPhi(beta) + Math.log(Math.exp(logR) - q * Math.expm1(logR)));
}
/**
 * The quantile (inverse CDF) at probability `p` of N(mean, std²) truncated to
 * the absolute bounds [a, b] (see {@linkcode truncNormalCdf}).
 *
 * Inverts the CDF on whichever side keeps its accuracy: an interval below the
 * mean through ln Φ, one above through upper tails, one around the mean on
 * the side of the mean where the target lies; each ends in the normal
 * quantile solver of {@linkcode normalQuantile}. The result is clamped to
 * [a, b].
 *
 * @param p A probability in [0, 1]; 0 gives `a`, 1 gives `b`, NaN or a value
 * outside [0, 1] gives NaN.
 * @param mean Mean of the underlying normal. Default: 0.
 * @param std Standard deviation of the underlying normal, above 0. Default: 1.
 * @param a Lower bound (absolute). Default: −2.
 * @param b Upper bound (absolute), above `a`. Default: 2.
 * @returns The x in [a, b] with F(x) = p.
 * @throws {RangeError} If `mean` is not finite, `std` is not a finite number
 * above 0, a bound is NaN, or `a >= b`.
 *
 * @example Median and a round trip
 * ```ts
 * import { truncNormalQuantile } from "./trunc_normal_quantile.ts";
 * import { truncNormalCdf } from "./trunc_normal_cdf.ts";
 * import assert from "node:assert/strict";
 *
 * assert.ok(Math.abs(truncNormalQuantile(0.5, 0, 1, -2, 2)) < 1e-15);
 * const x = truncNormalQuantile(0.3, 1, 2, 0, 10);
 * assert.ok(Math.abs(truncNormalCdf(x, 1, 2, 0, 10) - 0.3) < 1e-15);
 * ```
 */
export function truncNormalQuantile(p, mean = 0, std = 1, a = -2, b = 2) {
    const what = "truncNormalQuantile";
    requireFinite(mean, "mean", what);
    requireStd(std, what);
    requireInterval(a, b, ["a", "b"], what, true);
    if (!(p >= 0 && p <= 1))
        return NaN;
    if (p === 0)
        return a;
    if (p === 1)
        return b;
    const alpha = (a - mean) / std;
    const beta = (b - mean) / std;
    let xi;
    if (beta <= 0) {
        xi = lowerSide(alpha, beta, p);
    }
    else if (alpha >= 0) {
        // Mirror: −X is truncated to [−β, −α] and F₋ₓ(−ξ) = 1 − p. For small p,
        // 1 − p would round, so solve the upper tail directly: with
        // r = Q(β)/Q(α), Q(ξ) = Q(α)·(1 − p(1 − r)).
        const la = logPhi(-alpha);
        const lr = logPhiRatio(-beta, -alpha);
        const oneMinusR = -Math.expm1(lr);
        const fraction = p <= 0.5
            ? Math.log1p(-p * oneMinusR)
            : Math.log(Math.exp(lr) + (1 - p) * oneMinusR);
        xi = -lowerQuantileFromLog(la + fraction);
    }
    else {
        const left = phiMinusHalf(-alpha);
        const mass = phiMinusHalf(beta) + left;
        if (p * mass <= left) {
            xi = lowerQuantileFromLog(Math.log(phi(alpha) + p * mass));
        }
        else {
            xi = -lowerQuantileFromLog(Math.log(phi(-beta) + (1 - p) * mass));
        }
    }
    const x = mean + std * xi;
    return x < a ? a : x > b ? b : x;
}
