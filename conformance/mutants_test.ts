// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The harness catches realistic porting bugs, each at the levels that should
 * catch it: every mutant of `testdata/mutants/catalogue.ts` is graded and
 * each level's grade of its op must be the catalogue's. The unbroken ports
 * (this library, examples/torch_port.py, examples/pure_port.py) pass the
 * same levels in runner_test.ts. docs/harness.md's mutant table must be the
 * catalogue's.
 *
 * Module mutants run level 5 only, twice: as a port claiming stream parity
 * (the file's default export) and without it (`withoutParity`). At level 5 a
 * bug counts as caught when a check fails that the unbroken module builder
 * (the same wrapper without a bug, with and without parity) passes, so a
 * case the library itself does not reproduce never makes a catch.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { catalogueTable, MUTANTS } from "./testdata/mutants/catalogue.ts";
import { runConformance } from "./runner.ts";
import { type Grade, grade, type Level, type Report } from "./report.ts";
import type { Port } from "./port.ts";
import { processPort } from "./process_port.ts";
import { PYTHON } from "./_torch_available.ts";
import { moduleMutant } from "./testdata/mutants/_module_mutant.ts";

const dir = new URL("./testdata/mutants/", import.meta.url);

/** The level-5 checks the unbroken module builder fails, with and without parity (run once). */
const baselines = new Map<boolean, Promise<Set<string>>>();
function baselineFailures(parity: boolean): Promise<Set<string>> {
  if (!baselines.has(parity)) {
    baselines.set(
      parity,
      (async () => {
        const report = await runConformance(moduleMutant("none", {}, { parity }), { levels: [5] });
        return new Set(report.checks.filter((c) => c.status === "fail").map((c) => c.name));
      })(),
    );
  }
  return baselines.get(parity)!;
}

/** Level 5's grade of `op`, counting only failures the unbroken builder does not have. */
function moduleGrade(report: Report, op: string, baseline: Set<string>): Grade {
  const checks = report.checks.filter((c) =>
    c.op === op && c.level === 5 && c.status !== "skip" && !baseline.has(c.name)
  );
  if (checks.length === 0) return "n/a";
  if (checks.some((c) => c.status === "fail")) return "fail";
  if (checks.some((c) => c.status === "error")) return "error";
  return "pass";
}

async function load(file: string): Promise<Port> {
  if (file.endsWith(".py")) {
    return await processPort(`${PYTHON} ${new URL(file, dir).pathname}`, { timeoutMs: 120_000 });
  }
  return (await import(new URL(file, dir).href)).default as Port;
}

for (const m of MUTANTS) {
  Deno.test(`mutant ${m.file}: ${m.bug}`, async () => {
    const port = await load(m.file);
    try {
      const levels = m.levels ?? [1, 2, 3, 4];
      const report = await runConformance(port, { levels });
      const baseline = levels.includes(5) ? await baselineFailures(true) : new Set<string>();
      const got = Object.fromEntries(levels.map((l) => [
        l,
        l === 5 ? moduleGrade(report, m.op, baseline) : grade(report, m.op, l),
      ]));
      const want = Object.fromEntries(levels.map((l) => [l, m.expect[l]]));
      const failures = report.checks.filter((c) => c.op === m.op && c.status === "fail");
      assert.deepEqual(
        got,
        want,
        `${m.file}: grades per level; first failures:\n${
          failures.slice(0, 5).map((c) => `  [${c.level}] ${c.name}: ${c.detail}`).join("\n")
        }`,
      );
      // Nothing else may fail: the mutant is wrong in one way only.
      const errors = report.checks.filter((c) => c.status === "error");
      assert.deepEqual(errors.map((c) => `${c.name}: ${c.detail}`), []);
      if (m.withoutParity !== undefined) {
        const other = (await import(new URL(m.file, dir).href)).withoutParity as Port;
        const r = await runConformance(other, { levels: [5] });
        const g = moduleGrade(r, m.op, await baselineFailures(false));
        const seen = r.checks.filter((c) => c.op === m.op && c.status === "fail");
        assert.equal(
          g,
          m.withoutParity,
          `${m.file} without parity; failures:\n${
            seen.slice(0, 5).map((c) => `  ${c.name}: ${c.detail}`).join("\n")
          }`,
        );
        assert.ok(!r.checks.some((c) => /bit-exact/.test(c.name)), "no parity, no bit check");
      }
    } finally {
      await port.close?.();
    }
  });
}

Deno.test("mutant catalogue: one file per entry, each opening with its one-line description", () => {
  const files = readdirSync(dir).filter((f) =>
    /\.(ts|py)$/.test(f) && !f.startsWith("_") && f !== "catalogue.ts"
  ).sort();
  assert.deepEqual(files, MUTANTS.map((m) => m.file).sort());
  for (const f of files) {
    const first = readFileSync(new URL(f, dir), "utf8").split("\n")[0];
    assert.match(first, f.endsWith(".py") ? /^"""Mutant: .+"""$/ : /^\/\/ Mutant: .+/, f);
  }
  const levels: Level[] = [1, 2, 3, 4, 5];
  for (const m of MUTANTS) {
    assert.ok(levels.some((l) => m.expect[l] === "fail"), `${m.file} is caught somewhere`);
  }
});

/** Rows of a Markdown table as trimmed cells. */
function cells(table: string): string[][] {
  return table.trim().split("\n").filter((l) => !/^\|\s*-/.test(l)).map((l) =>
    l.replace(/^\||\|$/g, "").split(/(?<!\\)\|/).map((c) => c.trim())
  );
}

Deno.test("docs/harness.md carries the catalogue's table", () => {
  const doc = readFileSync(new URL("../docs/harness.md", import.meta.url), "utf8");
  const m = doc.match(/<!-- mutants:begin -->\n([\s\S]*?)\n<!-- mutants:end -->/);
  assert.ok(m, "docs/harness.md has no <!-- mutants:begin --> … <!-- mutants:end --> block");
  assert.deepEqual(cells(m[1]), cells(catalogueTable()), `expected:\n${catalogueTable()}`);
});
