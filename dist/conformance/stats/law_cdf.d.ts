/**
 * The three laws of `torch.nn.init`, as data, and their CDFs.
 *
 * @module
 */
import type { Law } from "./law_types.js";
/**
 * The CDF of `law` as a function of x, for {@linkcode ksTest} and
 * {@linkcode andersonDarling}: {@linkcode uniformCdf}, {@linkcode normalCdf}
 * or {@linkcode truncNormalCdf} with the law's parameters.
 *
 * @param law The law.
 * @returns x ↦ P(X ≤ x).
 * @throws {TypeError} If `law` is not an object or has an unknown `kind`.
 * @throws {RangeError} If a parameter is invalid (see the CDF functions).
 *
 * @example
 * ```ts
 * import { lawCdf } from "./law_cdf.ts";
 * import assert from "node:assert/strict";
 *
 * const cdf = lawCdf({ kind: "uniform", a: -1, b: 1 });
 * assert.equal(cdf(0.5), 0.75);
 * assert.equal(lawCdf({ kind: "normal", mean: 0, std: 3 })(0), 0.5);
 * assert.equal(lawCdf({ kind: "truncNormal", mean: 0, std: 1, a: -2, b: 2 })(0), 0.5);
 * ```
 */
export declare function lawCdf(law: Law): (x: number) => number;
