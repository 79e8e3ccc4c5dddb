/* @ts-self-types="./verdict.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The aggregate outcome of a family of statistical checks.
 *
 * @module
 */
import { bonferroni } from "./bonferroni.js";
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
export class Verdict {
    /** The family-wise false-alarm rate α. */
    alpha;
    /** The number of planned checks k. */
    checks;
    /** The per-check threshold α/k. */
    threshold;
    #records = [];
    /**
     * Plans `checks` checks under the family-wise false-alarm rate `alpha`.
     *
     * @param alpha The family-wise false-alarm rate, in (0, 1), e.g. 1e-6.
     * @param checks The number of checks that will be recorded, an integer ≥ 1.
     * @throws {RangeError} If `alpha` is not in (0, 1) or `checks` is not an integer ≥ 1.
     */
    constructor(alpha, checks) {
        this.threshold = bonferroni(alpha, checks);
        this.alpha = alpha;
        this.checks = checks;
    }
    /**
     * Records one check and judges it.
     *
     * @param name What was checked.
     * @param statistic The test statistic.
     * @param pValue Its p-value.
     * @returns The record.
     * @throws {RangeError} If all planned checks were already recorded.
     */
    record(name, statistic, pValue) {
        if (this.#records.length >= this.checks) {
            throw new RangeError(`Verdict: ${this.checks} checks were planned; recording "${name}" would exceed the ` +
                `Bonferroni budget`);
        }
        const record = {
            name,
            statistic,
            pValue,
            threshold: this.threshold,
            pass: pValue > this.threshold,
        };
        this.#records.push(record);
        return record;
    }
    /** The records, in order. */
    get records() {
        return this.#records;
    }
    /** The records that failed. */
    get failures() {
        return this.#records.filter((r) => !r.pass);
    }
    /** True when every recorded check passed. */
    get passed() {
        return this.#records.every((r) => r.pass);
    }
    /**
     * A plain-text report: the rate, its split, then one line per check.
     *
     * @returns The report.
     */
    format() {
        const lines = [
            `family-wise false-alarm rate ${this.alpha.toExponential()} over ${this.checks} checks ` +
                `(Bonferroni): each fails when p <= ${this.threshold.toPrecision(3)}; ` +
                `${this.#records.length} recorded, ${this.failures.length} failed`,
        ];
        for (const r of this.#records) {
            lines.push(`${r.pass ? "pass" : "FAIL"}  ${r.name}: statistic ${r.statistic.toPrecision(6)}, ` +
                `p ${r.pValue.toPrecision(3)}`);
        }
        return lines.join("\n");
    }
}
