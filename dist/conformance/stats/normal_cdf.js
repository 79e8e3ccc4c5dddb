/* @ts-self-types="./normal_cdf.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The CDF of the normal law.
 *
 * @module
 */
import { phi } from "./_normal.js";
import { requireFinite, requireStd } from "./_validate.js";
/**
 * The CDF of the normal law N(mean, std²) at `x`: Φ((x − mean)/std), the
 * law `torch.nn.init.normal_(t, mean, std)` samples.
 *
 * Φ is computed from W. J. Cody's rational Chebyshev approximations for
 * erf/erfc (Math. Comp. 23, 1969), with exp(−z²/2) evaluated from z itself
 * so that the argument's rounding is not amplified: the relative error of
 * Φ(z) is below 10⁻¹⁵ for every z down to z ≈ −37.5, where Φ reaches the
 * subnormal range (measured against 40-digit mpmath: at most 7.1·10⁻¹⁶).
 * Use `normalCdf(-z)` (exact symmetry), not `1 - normalCdf(z)`, for upper
 * tails.
 *
 * @param x The point; NaN gives NaN, ±Infinity gives 0 or 1.
 * @param mean The mean. Default: 0.
 * @param std The standard deviation, above 0. Default: 1.
 * @returns P(X ≤ x) for X ~ N(mean, std²).
 * @throws {RangeError} If `mean` is not finite or `std` is not a finite number above 0.
 *
 * @example Standard normal values
 * ```ts
 * import { normalCdf } from "./normal_cdf.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(normalCdf(0), 0.5);
 * assert.ok(Math.abs(normalCdf(-1) / 0.15865525393145705 - 1) < 1e-15);
 * // The lower tail keeps its relative accuracy far out:
 * assert.ok(Math.abs(normalCdf(-10) / 7.619853024160527e-24 - 1) < 1e-14);
 * // N(1, 2²) at its mean + 2 std:
 * assert.ok(Math.abs(normalCdf(5, 1, 2) - 0.9772498680518208) < 1e-15);
 * ```
 */
export function normalCdf(x, mean = 0, std = 1) {
    const what = "normalCdf";
    requireFinite(mean, "mean", what);
    requireStd(std, what);
    return phi((x - mean) / std);
}
