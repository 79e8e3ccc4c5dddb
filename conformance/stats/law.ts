// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The three laws of `torch.nn.init`, as data, and their CDFs.
 *
 * @module
 */

import { normalCdf } from "./normal_cdf.ts";
import { truncNormalCdf } from "./trunc_normal_cdf.ts";
import { uniformCdf } from "./uniform_cdf.ts";
import { checkLaw } from "./_check_law.ts";

/** U(a, b): what `nn.init.uniform_(t, a, b)` samples. */
export interface UniformLaw {
  /** Discriminant. */
  kind: "uniform";
  /** Lower bound, finite. */
  a: number;
  /** Upper bound, finite, above `a`. */
  b: number;
}

/** N(mean, std²): what `nn.init.normal_(t, mean, std)` samples. */
export interface NormalLaw {
  /** Discriminant. */
  kind: "normal";
  /** Mean, finite. */
  mean: number;
  /** Standard deviation, finite, above 0. */
  std: number;
}

/**
 * N(mean, std²) truncated to the absolute bounds [a, b]: what
 * `nn.init.trunc_normal_(t, mean, std, a, b)` samples.
 */
export interface TruncNormalLaw {
  /** Discriminant. */
  kind: "truncNormal";
  /** Mean of the underlying normal, finite. */
  mean: number;
  /** Standard deviation of the underlying normal, finite, above 0. */
  std: number;
  /** Lower bound (absolute, not in units of std); may be −Infinity. */
  a: number;
  /** Upper bound (absolute), above `a`; may be Infinity. */
  b: number;
}

/** One of the continuous laws `torch.nn.init` samples from. */
export type Law = UniformLaw | NormalLaw | TruncNormalLaw;

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
 * import { lawCdf } from "./law.ts";
 * import assert from "node:assert/strict";
 *
 * const cdf = lawCdf({ kind: "uniform", a: -1, b: 1 });
 * assert.equal(cdf(0.5), 0.75);
 * assert.equal(lawCdf({ kind: "normal", mean: 0, std: 3 })(0), 0.5);
 * assert.equal(lawCdf({ kind: "truncNormal", mean: 0, std: 1, a: -2, b: 2 })(0), 0.5);
 * ```
 */
export function lawCdf(law: Law): (x: number) => number {
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
