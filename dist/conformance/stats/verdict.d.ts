/**
 * The aggregate outcome of a family of statistical checks.
 *
 * @module
 */
/** One recorded check. */
export interface CheckRecord {
    /** What was checked, e.g. `"kaimingUniform float32 [256, 128]: KS"`. */
    name: string;
    /** The test statistic (D, A², z, …). */
    statistic: number;
    /** Its p-value. */
    pValue: number;
    /** The per-check threshold α/k. */
    threshold: number;
    /** `pValue > threshold`; false for a NaN p-value. */
    pass: boolean;
}
/**
 * Records a planned family of k statistical checks under a family-wise
 * false-alarm rate α, judging each at the Bonferroni threshold α/k
 * ({@linkcode bonferroni}): a correct implementation fails a run with
 * probability at most α. A check passes when its p-value is above the
 * threshold; a NaN p-value fails. Recording more checks than planned throws,
 * since it would break the stated rate; recording fewer is allowed (the
 * bound only gets more conservative).
 *
 * @example
 * ```ts
 * import { Verdict } from "./verdict.ts";
 * import assert from "node:assert/strict";
 *
 * const verdict = new Verdict(1e-6, 2);
 * verdict.record("uniform_ KS", 0.004, 0.31);
 * verdict.record("uniform_ variance z", 7.2, 6e-13);
 * assert.equal(verdict.threshold, 5e-7);
 * assert.equal(verdict.passed, false);
 * assert.deepEqual(verdict.failures.map((r) => r.name), ["uniform_ variance z"]);
 * assert.ok(verdict.format().includes("FAIL  uniform_ variance z: statistic 7.20000, p 6.00e-13"));
 * ```
 */
export declare class Verdict {
    #private;
    /** The family-wise false-alarm rate α. */
    readonly alpha: number;
    /** The number of planned checks k. */
    readonly checks: number;
    /** The per-check threshold α/k. */
    readonly threshold: number;
    /**
     * Plans `checks` checks under the family-wise false-alarm rate `alpha`.
     *
     * @param alpha The family-wise false-alarm rate, in (0, 1), e.g. 1e-6.
     * @param checks The number of checks that will be recorded, an integer ≥ 1.
     * @throws {RangeError} If `alpha` is not in (0, 1) or `checks` is not an integer ≥ 1.
     */
    constructor(alpha: number, checks: number);
    /**
     * Records one check and judges it.
     *
     * @param name What was checked.
     * @param statistic The test statistic.
     * @param pValue Its p-value.
     * @returns The record.
     * @throws {RangeError} If all planned checks were already recorded.
     */
    record(name: string, statistic: number, pValue: number): CheckRecord;
    /** The records, in order. */
    get records(): readonly CheckRecord[];
    /** The records that failed. */
    get failures(): readonly CheckRecord[];
    /** True when every recorded check passed. */
    get passed(): boolean;
    /**
     * A plain-text report: the rate, its split, then one line per check.
     *
     * @returns The report.
     */
    format(): string;
}
