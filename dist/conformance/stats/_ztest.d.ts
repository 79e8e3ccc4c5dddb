/**
 * Private helpers of the moment z-tests.
 *
 * @module
 */
import { type SampleMoments } from "./sample_moments.js";
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
export declare function momentsOf(sample: ArrayLike<number> | SampleMoments): SampleMoments;
/** A z-test result from its parts. */
export declare function zResult(n: number, estimate: number, expected: number, standardError: number): ZTestResult;
