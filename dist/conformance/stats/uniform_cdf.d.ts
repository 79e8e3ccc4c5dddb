/**
 * The CDF of the uniform law.
 *
 * @module
 */
/**
 * The CDF of the uniform law on [a, b] at `x`: 0 below a, (x − a)/(b − a)
 * inside, 1 above b — the law `torch.nn.init.uniform_(t, a, b)` samples
 * (torch draws from [a, b); the endpoint has probability 0).
 *
 * @param x The point; NaN gives NaN, ±Infinity gives 0 or 1.
 * @param a The lower bound, finite. Default: 0.
 * @param b The upper bound, finite, above `a`. Default: 1.
 * @returns P(X ≤ x) for X ~ U(a, b).
 * @throws {RangeError} If a bound is not finite or `a >= b`.
 *
 * @example
 * ```ts
 * import { uniformCdf } from "./uniform_cdf.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(uniformCdf(0.25), 0.25);
 * assert.equal(uniformCdf(0, -1, 3), 0.25);
 * assert.equal(uniformCdf(-2, -1, 3), 0);
 * assert.equal(uniformCdf(7, -1, 3), 1);
 * ```
 */
export declare function uniformCdf(x: number, a?: number, b?: number): number;
