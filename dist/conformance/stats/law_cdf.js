/* @ts-self-types="./law_cdf.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The three laws of `torch.nn.init`, as data, and their CDFs.
 *
 * @module
 */
import { normalCdf } from "./normal_cdf.js";
import { truncNormalCdf } from "./trunc_normal_cdf.js";
import { uniformCdf } from "./uniform_cdf.js";
import { checkLaw } from "./_check_law.js";
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
export function lawCdf(law) {
    checkLaw(law, "lawCdf");
    switch (law.kind) {
        case "uniform": {
            const { a, b } = law;
            return (x) => uniformCdf(x, a, b);
        }
        case "normal": {
            const { mean, std } = law;
            return (x) => normalCdf(x, mean, std);
        }
        case "truncNormal": {
            const { mean, std, a, b } = law;
            return (x) => truncNormalCdf(x, mean, std, a, b);
        }
    }
}
