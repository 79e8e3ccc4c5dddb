/**
 * The z-test of the sample variance against a law's variance.
 *
 * @module
 */
import type { Law } from "./law_types.js";
import type { SampleMoments } from "./sample_moments.js";
import { type ZTestResult } from "./_ztest.js";
export type { ZTestResult } from "./_ztest.js";
/**
 * Deterministic two-sided z-test of the unbiased sample variance s² against
 * the variance σ² of a fully specified law, using the law's known fourth
 * central moment μ₄ (see {@linkcode lawMoments}: 3σ⁴ for the normal,
 * (b − a)⁴/80 for the uniform, the moment recursion for the truncated
 * normal): Var(s²) = (μ₄ − σ⁴(n − 3)/(n − 1))/n,
 * z = (s² − σ²)/√Var(s²), p = 2Φ(−|z|).
 *
 * **Accuracy of the normal approximation.** s² is right-skewed (for the
 * normal law, (n − 1)s²/σ² is χ²ₙ₋₁), so in the far tails the true
 * two-sided false-alarm rate exceeds the nominal p. Against the exact χ²
 * for the normal law: at nominal 10⁻⁶ it is 1.12× nominal for n = 10⁴ and
 * 1.01× for n = 10⁵; at nominal 10⁻⁸, 1.35× (n = 10⁴), 1.03× (n = 10⁵), but
 * 5.3× for n = 10³. The uniform law (kurtosis 1.8) has a much less skewed
 * s². Use n ≥ 10⁴ when the threshold is 10⁻⁶ or smaller, and budget the
 * inflation in the false-alarm rate.
 *
 * @param sample The sample (n ≥ 2), or its {@linkcode sampleMoments}.
 * @param law The hypothesized law.
 * @returns z, the two-sided p-value, and the parts of z.
 * @throws {RangeError} If the sample has fewer than 2 values or a law parameter is invalid.
 * @throws {TypeError} If the law or sample has the wrong shape.
 *
 * @example A std off by √3 (the uniform-bound-vs-std mix-up) is detected
 * ```ts
 * import { varianceZTest } from "./variance_ztest.ts";
 * import assert from "node:assert/strict";
 *
 * const law = { kind: "uniform", a: -1, b: 1 } as const; // σ² = 1/3
 * assert.ok(varianceZTest({ n: 10000, mean: 0, variance: 1 / 3 }, law).pValue > 0.99);
 * assert.ok(varianceZTest({ n: 10000, mean: 0, variance: 1 }, law).pValue < 1e-6);
 * ```
 */
export declare function varianceZTest(sample: ArrayLike<number> | SampleMoments, law: Law): ZTestResult;
