/**
 * The conformance report: every check the harness ran, graded per
 * initializer and level, rendered as a terminal table, JSON or JUnit XML.
 *
 * @module
 */
/** The five conformance levels. */
export type Level = 1 | 2 | 3 | 4 | 5;
/** Names of the levels, for reports. *
 * @example
 * ```ts
 * import { LEVEL_NAMES } from "./report.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(LEVEL_NAMES[3], "distribution");
 * ```
 */
export declare const LEVEL_NAMES: Record<Level, string>;
/** The outcome of one check. */
export type Status = "pass" | "fail" | "error" | "skip";
/** One check the harness ran. */
export interface Check {
    /** The level the check belongs to. */
    level: Level;
    /** The torch op (or formula) the check is about. */
    op: string;
    /** What was checked, e.g. `kaiming_uniform_ [256,1024] float32 fan_in: KS`. */
    name: string;
    /** The outcome. */
    status: Status;
    /** Why it failed, errored or was skipped; measured values. */
    detail?: string;
    /** For statistical checks: the p-value and the per-check threshold it was compared with. */
    pValue?: number;
    /** The per-check threshold (Bonferroni share of the run's false-alarm rate). */
    threshold?: number;
}
/** The whole run. */
export interface Report {
    /** The port's name. */
    port: string;
    /** The capability the port claims (level 4 compares with its goldens). */
    capability?: string;
    /** The levels that ran. */
    levels: Level[];
    /** Family-wise false-alarm rate of level 3 and how it was split. */
    statistics?: {
        alpha: number;
        checks: number;
        perCheck: number;
    };
    /** Level 5's statistical checks: their count and per-check threshold. */
    moduleStatistics?: {
        checks: number;
        perCheck: number;
    };
    /** Every check, in the order run. */
    checks: Check[];
    /** Ops the port does not implement. */
    notImplemented: string[];
}
/** A grade for one op at one level. */
export type Grade = "pass" | "fail" | "error" | "n/a";
/** The grade of `op` at `level`: fail beats error beats pass; nothing run is n/a. *
 * @example
 * ```ts
 * import { grade, type Report } from "./report.ts";
 * import assert from "node:assert/strict";
 *
 * const report: Report = {
 *   port: "demo",
 *   levels: [1],
 *   notImplemented: [],
 *   checks: [{ level: 1, op: "eye_", name: "eye_ [2,2]", status: "pass" }],
 * };
 * assert.equal(grade(report, "eye_", 1), "pass");
 * assert.equal(grade(report, "dirac_", 1), "n/a");
 * ```
 */
export declare function grade(report: Report, op: string, level: Level): Grade;
/** Whether every requested level passed for every op that was graded. *
 * @example
 * ```ts
 * import { passed, type Report } from "./report.ts";
 * import assert from "node:assert/strict";
 *
 * const report: Report = {
 *   port: "demo",
 *   levels: [1],
 *   notImplemented: [],
 *   checks: [{ level: 1, op: "eye_", name: "eye_ [2,2]", status: "pass" }],
 * };
 * assert.ok(passed(report));
 * ```
 */
export declare function passed(report: Report): boolean;
/** A human-readable table (one row per op, one column per level) and the failures. *
 * @example
 * ```ts
 * import { formatTable, type Report } from "./report.ts";
 * import assert from "node:assert/strict";
 *
 * const report: Report = {
 *   port: "demo",
 *   levels: [1],
 *   notImplemented: [],
 *   checks: [{ level: 1, op: "eye_", name: "eye_ [2,2]", status: "pass" }],
 * };
 * assert.match(formatTable(report), /1 passed, 0 failed/);
 * ```
 */
export declare function formatTable(report: Report): string;
/** The report as pretty JSON, with the per-op grades added. *
 * @example
 * ```ts
 * import { formatJson, type Report } from "./report.ts";
 * import assert from "node:assert/strict";
 *
 * const report: Report = {
 *   port: "demo",
 *   levels: [1],
 *   notImplemented: [],
 *   checks: [{ level: 1, op: "eye_", name: "eye_ [2,2]", status: "pass" }],
 * };
 * assert.equal(JSON.parse(formatJson(report)).grades.eye_["1"], "pass");
 * ```
 */
export declare function formatJson(report: Report): string;
/** JUnit XML: one testsuite per level, one testcase per check. *
 * @example
 * ```ts
 * import { formatJUnit, type Report } from "./report.ts";
 * import assert from "node:assert/strict";
 *
 * const report: Report = {
 *   port: "demo",
 *   levels: [1],
 *   notImplemented: [],
 *   checks: [{ level: 1, op: "eye_", name: "eye_ [2,2]", status: "pass" }],
 * };
 * assert.match(formatJUnit(report), /<testcase classname="demo.eye_" name="eye_ \[2,2\]">/);
 * ```
 */
export declare function formatJUnit(report: Report): string;
