// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { sampleMoments } from "./sample_moments.ts";
import { meanZTest } from "./mean_ztest.ts";
import { varianceZTest } from "./variance_ztest.ts";
import { normalCdf } from "./normal_cdf.ts";
import { assertAbs, assertRel, normalSample, Rng } from "./_test_util.ts";

Deno.test("sampleMoments: Welford mean and unbiased variance, robust to offsets", () => {
  assert.deepEqual(sampleMoments([2, 4, 4, 4, 5, 5, 7, 9]), { n: 8, mean: 5, variance: 32 / 7 });
  const m = sampleMoments([3]);
  assert.equal(m.mean, 3);
  assert.ok(Number.isNaN(m.variance));
  // A large common offset: the naive Σx² − n·mean² would lose every digit.
  const offset = Array.from({ length: 1000 }, (_, i) => 1e8 + (i % 10) * 1e-3);
  const shifted = sampleMoments(offset);
  const reference = sampleMoments(offset.map((x) => (x - 1e8) * 1e3));
  assertRel(shifted.variance * 1e6, reference.variance, 1e-6);
  // Float32Array input is widened exactly.
  assert.deepEqual(sampleMoments(new Float32Array([0.5, 1.5])), { n: 2, mean: 1, variance: 0.5 });
  assert.ok(Number.isNaN(sampleMoments([1, NaN, 2]).mean));
  assert.throws(() => sampleMoments([]), RangeError);
});

Deno.test("meanZTest: z, standard error and two-sided p", () => {
  const law = { kind: "uniform", a: 0, b: 1 } as const; // mean ½, σ² = 1/12
  const r = meanZTest({ n: 1200, mean: 0.51, variance: 0 }, law);
  assertRel(r.standardError, Math.sqrt(1 / 12 / 1200), 1e-15);
  assertRel(r.statistic, 0.01 / r.standardError, 1e-12);
  assertRel(r.pValue, 2 * normalCdf(-r.statistic), 1e-15);
  assert.equal(r.expected, 0.5);
  assert.equal(r.estimate, 0.51);
  assert.equal(meanZTest({ n: 10, mean: 0.5, variance: 0 }, law).pValue, 1);
  // Raw data are accepted too.
  assert.equal(meanZTest([0.25, 0.75], law).statistic, 0);
  assert.ok(Number.isNaN(meanZTest([NaN, 1], law).pValue));
});

Deno.test("varianceZTest: Var(s²) = (μ₄ − σ⁴(n − 3)/(n − 1))/n for each law", () => {
  const n = 500;
  // Normal: μ₄ = 3σ⁴ gives Var(s²) = 2σ⁴/(n − 1), the χ² variance.
  const normal = varianceZTest({ n, mean: 0, variance: 4 }, { kind: "normal", mean: 0, std: 2 });
  assertRel(normal.standardError, Math.sqrt((2 * 16) / (n - 1)), 1e-14);
  assert.equal(normal.statistic, 0);
  // Uniform(0, 1): σ² = 1/12, μ₄ = 1/80.
  const u = varianceZTest({ n, mean: 0.5, variance: 0.09 }, { kind: "uniform", a: 0, b: 1 });
  const varS2 = (1 / 80 - ((1 / 144) * (n - 3)) / (n - 1)) / n;
  assertRel(u.standardError, Math.sqrt(varS2), 1e-14);
  assertRel(u.statistic, (0.09 - 1 / 12) / Math.sqrt(varS2), 1e-12);
  // Truncated normal at ±2: σ² and μ₄ from lawMoments.
  const t = varianceZTest(
    { n, mean: 0, variance: 0.77374130354992324718 },
    { kind: "truncNormal", mean: 0, std: 1, a: -2, b: 2 },
  );
  assertAbs(t.statistic, 0, 1e-12);
  const tVar = (1.4161891248494627303 - 0.77374130354992324718 ** 2 * (n - 3) / (n - 1)) / n;
  assertRel(t.standardError, Math.sqrt(tVar), 1e-13);
  assert.throws(() => varianceZTest([1], { kind: "normal", mean: 0, std: 1 }), RangeError);
});

Deno.test("varianceZTest: the standard error matches simulation (normal, n = 100)", () => {
  // 4000 samples of s² from N(0, 1), n = 100: their spread must match
  // √(2/(n − 1)) = 0.1421 within sampling error (~1.1% for 4000 replicates).
  const rng = new Rng(314);
  const law = { kind: "normal", mean: 0, std: 1 } as const;
  const s2: number[] = [];
  for (let r = 0; r < 4000; r++) s2.push(sampleMoments(normalSample(rng, 100, 0, 1)).variance);
  const spread = Math.sqrt(sampleMoments(s2).variance);
  const predicted = varianceZTest({ n: 100, mean: 0, variance: 1 }, law).standardError;
  assertRel(spread, predicted, 0.045);
  assertAbs(sampleMoments(s2).mean, 1, 4 * predicted / Math.sqrt(4000));
});
