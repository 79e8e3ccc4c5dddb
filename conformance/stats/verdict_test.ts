// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { bonferroni } from "./bonferroni.ts";
import { Verdict } from "./verdict.ts";

Deno.test("bonferroni: α/k and validation", () => {
  assert.equal(bonferroni(1e-6, 1), 1e-6);
  assert.equal(bonferroni(0.05, 5), 0.01);
  for (const alpha of [0, 1, -0.1, NaN]) assert.throws(() => bonferroni(alpha, 3), RangeError);
  for (const k of [0, 1.5, -2, NaN]) assert.throws(() => bonferroni(0.01, k), RangeError);
});

Deno.test("Verdict: records, judges at α/k and formats", () => {
  const v = new Verdict(1e-6, 4);
  assert.equal(v.threshold, 2.5e-7);
  assert.equal(v.passed, true, "vacuously");
  const a = v.record("normal_ KS", 0.0061, 0.4);
  assert.deepEqual(a, {
    name: "normal_ KS",
    statistic: 0.0061,
    pValue: 0.4,
    threshold: 2.5e-7,
    pass: true,
  });
  v.record("normal_ AD", 9.1, 2.5e-7); // p = threshold: fails (reject when p ≤ α/k)
  v.record("normal_ mean z", 0.3, NaN); // NaN fails
  v.record("normal_ variance z", -1, 0.31);
  assert.equal(v.passed, false);
  assert.deepEqual(v.failures.map((r) => r.name), ["normal_ AD", "normal_ mean z"]);
  assert.equal(v.records.length, 4);
  assert.throws(() => v.record("one too many", 0, 1), RangeError);
  const report = v.format().split("\n");
  assert.equal(report.length, 5);
  assert.match(report[0], /1e-6 over 4 checks .*p <= 2\.50e-7; 4 recorded, 2 failed/);
  assert.equal(report[1], "pass  normal_ KS: statistic 0.00610000, p 0.400");
  assert.equal(report[3], "FAIL  normal_ mean z: statistic 0.300000, p NaN");
});
