/**
 * The quantile function of the truncated normal law.
 *
 * @module
 */
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
export declare function truncNormalQuantile(p: number, mean?: number, std?: number, a?: number, b?: number): number;
