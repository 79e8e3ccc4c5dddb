// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Private helpers of the moment z-tests.
 *
 * @module
 */

import { phi } from "./_normal.ts";
import { type SampleMoments, sampleMoments } from "./sample_moments.ts";

/** Result of {@linkcode meanZTest} and {@linkcode varianceZTest}. */
export interface ZTestResult {
  /** z = (estimate − expected)/standardError. */
  statistic: number;
  /** Two-sided p-value 2Φ(−|z|), or NaN if z is NaN. */
  pValue: number;
  /** The sample size. */
  n: number;
  /** The sample mean, or the unbiased sample variance. */
  estimate: number;
  /** The law's mean, or variance. */
  expected: number;
  /** The standard deviation of the estimate under the law. */
  standardError: number;
}

/** Moments of `sample`, computing them when given raw data. */
export function momentsOf(sample: ArrayLike<number> | SampleMoments): SampleMoments {
  if (
    typeof sample === "object" && sample !== null && !ArrayBuffer.isView(sample) &&
    !Array.isArray(sample) && "n" in sample && "mean" in sample && "variance" in sample
  ) {
    return sample as SampleMoments;
  }
  return sampleMoments(sample as ArrayLike<number>);
}

/** A z-test result from its parts. */
export function zResult(
  n: number,
  estimate: number,
  expected: number,
  standardError: number,
): ZTestResult {
  const statistic = (estimate - expected) / standardError;
  const pValue = Number.isNaN(statistic) ? NaN : Math.min(1, 2 * phi(-Math.abs(statistic)));
  return { statistic, pValue, n, estimate, expected, standardError };
}
