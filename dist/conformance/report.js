/* @ts-self-types="./report.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The conformance report: every check the harness ran, graded per
 * initializer and level, rendered as a terminal table, JSON or JUnit XML.
 *
 * @module
 */
/** Names of the levels, for reports. *
 * @example
 * ```ts
 * import { LEVEL_NAMES } from "./report.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(LEVEL_NAMES[3], "distribution");
 * ```
 */
export const LEVEL_NAMES = {
    1: "formulas",
    2: "structure",
    3: "distribution",
    4: "bit-exact",
    5: "modules",
};
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
export function grade(report, op, level) {
    const checks = report.checks.filter((c) => c.op === op && c.level === level && c.status !== "skip");
    if (checks.length === 0)
        return "n/a";
    if (checks.some((c) => c.status === "fail"))
        return "fail";
    if (checks.some((c) => c.status === "error"))
        return "error";
    return "pass";
}
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
export function passed(report) {
    return report.checks.every((c) => c.status === "pass" || c.status === "skip");
}
const MARK = { pass: "pass", fail: "FAIL", error: "ERROR", "n/a": "-" };
/** The ops that appear in the report, in first-seen order. */
function opsOf(report) {
    const seen = [];
    for (const c of report.checks)
        if (c.status !== "skip" && !seen.includes(c.op))
            seen.push(c.op);
    for (const op of report.notImplemented)
        if (!seen.includes(op))
            seen.push(op);
    return seen;
}
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
export function formatTable(report) {
    const levels = report.levels;
    const ops = opsOf(report);
    const header = ["op", ...levels.map((l) => `${l} ${LEVEL_NAMES[l]}`)];
    const rows = ops.map((op) => [
        op,
        ...levels.map((l) => report.notImplemented.includes(op)
            ? "not impl."
            : `${MARK[grade(report, op, l)]} (${report.checks.filter((c) => c.op === op && c.level === l && c.status !== "skip").length})`),
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ");
    const out = [
        `Conformance of ${report.port}${report.capability && !report.port.includes(report.capability)
            ? ` (claims capability ${report.capability})`
            : ""}`,
        "",
        line(header),
        line(widths.map((w) => "-".repeat(w))),
        ...rows.map(line),
        "",
    ];
    if (report.statistics) {
        const s = report.statistics;
        out.push(`Level 3 false-alarm rate per run: ${s.alpha} (Bonferroni over ${s.checks} checks: ${s.perCheck.toExponential(2)} each)`);
    }
    if (report.moduleStatistics && report.moduleStatistics.checks > 0) {
        const s = report.moduleStatistics;
        out.push(`Level 5 two-sample checks: ${s.checks} at ${s.perCheck.toExponential(2)} each`);
    }
    for (const c of report.checks.filter((c) => c.status === "skip")) {
        out.push(`Level ${c.level} skipped: ${c.detail ?? c.name}`);
    }
    const bad = report.checks.filter((c) => c.status === "fail" || c.status === "error");
    const total = report.checks.filter((c) => c.status !== "skip").length;
    out.push(`${total - bad.length} passed, ${bad.length} failed`);
    for (const c of bad.slice(0, 40)) {
        out.push(`  [${c.level} ${c.status}] ${c.name}${c.detail ? `: ${c.detail}` : ""}`);
    }
    if (bad.length > 40)
        out.push(`  … and ${bad.length - 40} more (use --report json)`);
    return out.join("\n");
}
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
export function formatJson(report) {
    const grades = {};
    for (const op of opsOf(report)) {
        grades[op] = {};
        for (const l of report.levels) {
            grades[op][l] = report.notImplemented.includes(op) ? "not implemented" : grade(report, op, l);
        }
    }
    return JSON.stringify({ ...report, grades, passed: passed(report) }, null, 2);
}
function xml(s) {
    return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
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
export function formatJUnit(report) {
    const suites = report.levels.map((level) => {
        const checks = report.checks.filter((c) => c.level === level);
        const failures = checks.filter((c) => c.status === "fail").length;
        const errors = checks.filter((c) => c.status === "error").length;
        const skipped = checks.filter((c) => c.status === "skip").length;
        const cases = checks.map((c) => {
            const body = c.status === "fail"
                ? `<failure message="${xml(c.detail ?? "failed")}"/>`
                : c.status === "error"
                    ? `<error message="${xml(c.detail ?? "error")}"/>`
                    : c.status === "skip"
                        ? `<skipped message="${xml(c.detail ?? "")}"/>`
                        : "";
            return `    <testcase classname="${xml(`${report.port}.${c.op}`)}" name="${xml(c.name)}">${body}</testcase>`;
        });
        return [
            `  <testsuite name="level ${level} ${LEVEL_NAMES[level]}" tests="${checks.length}" failures="${failures}" errors="${errors}" skipped="${skipped}">`,
            ...cases,
            "  </testsuite>",
        ].join("\n");
    });
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xml(`torch-parity conformance: ${report.port}`)}">\n${suites.join("\n")}\n</testsuites>\n`;
}
