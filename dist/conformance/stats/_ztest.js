/* @ts-self-types="./_ztest.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Private helpers of the moment z-tests.
 *
 * @module
 */
import { phi } from "./_normal.js";
import { sampleMoments } from "./sample_moments.js";
/** Moments of `sample`, computing them when given raw data. */
export function momentsOf(sample) {
    if (typeof sample === "object" && sample !== null && !ArrayBuffer.isView(sample) &&
        !Array.isArray(sample) && "n" in sample && "mean" in sample && "variance" in sample) {
        return sample;
    }
    return sampleMoments(sample);
}
/** A z-test result from its parts. */
export function zResult(n, estimate, expected, standardError) {
    const statistic = (estimate - expected) / standardError;
    const pValue = Number.isNaN(statistic) ? NaN : Math.min(1, 2 * phi(-Math.abs(statistic)));
    return { statistic, pValue, n, estimate, expected, standardError };
}
