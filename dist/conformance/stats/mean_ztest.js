/* @ts-self-types="./mean_ztest.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The z-test of the sample mean against a law's mean.
 *
 * @module
 */
import { lawMoments } from "./law_moments.js";
import { momentsOf, zResult } from "./_ztest.js";
/**
 * Deterministic two-sided z-test of the sample mean against the mean μ of a
 * fully specified law: z = (x̄ − μ)/(σ/√n) with the law's σ (not the
 * sample's), p = 2Φ(−|z|).
 *
 * The normal approximation is exact for the normal law and conservative for
 * the uniform and truncated normal laws (their sample means have lighter
 * tails than the normal: the p-value is then an overestimate).
 *
 * @param sample The sample, or its {@linkcode sampleMoments}.
 * @param law The hypothesized law.
 * @returns z, the two-sided p-value, and the parts of z.
 * @throws {RangeError} If the sample is empty or a law parameter is invalid.
 * @throws {TypeError} If the law or sample has the wrong shape.
 *
 * @example A shifted mean is detected
 * ```ts
 * import { meanZTest } from "./mean_ztest.ts";
 * import assert from "node:assert/strict";
 *
 * const law = { kind: "normal", mean: 0, std: 1 } as const;
 * const r = meanZTest({ n: 10000, mean: 0.05, variance: 1 }, law);
 * assert.ok(Math.abs(r.statistic - 5) < 1e-12);
 * assert.ok(r.pValue < 1e-6);
 * ```
 */
export function meanZTest(sample, law) {
    const { mean, variance } = lawMoments(law);
    const m = momentsOf(sample);
    return zResult(m.n, m.mean, mean, Math.sqrt(variance / m.n));
}
