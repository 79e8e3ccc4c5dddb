// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Size and power of the level-3 battery (KS, AD, mean z, variance z) on
 * samples of n = 10 000 from a deterministic PRNG with fixed seeds: draws
 * from the right law pass, the typical porting mistakes fail at α = 10⁻⁶.
 * Samples come from the test's own xoshiro128** with Box–Muller and
 * rejection, independent of the code under test.
 */
import assert from "node:assert/strict";
import { andersonDarling } from "./anderson_darling.ts";
import { ksTest } from "./kolmogorov_smirnov.ts";
import { lawCdf } from "./law_cdf.ts";
import type { Law } from "./law_types.ts";
import { meanZTest } from "./mean_ztest.ts";
import { varianceZTest } from "./variance_ztest.ts";
import { Verdict } from "./verdict.ts";
import { normalSample, Rng, truncNormalSample, uniformSample } from "./_test_util.ts";

const N = 10_000;
const ALPHA = 1e-6;

/** The four checks of `sample` against `law`, recorded in a fresh Verdict. */
function battery(sample: Float64Array, law: Law): Verdict {
  const verdict = new Verdict(ALPHA, 4);
  const cdf = lawCdf(law);
  const ks = ksTest(sample, cdf);
  verdict.record("KS", ks.statistic, ks.pValue);
  const ad = andersonDarling(sample, cdf);
  verdict.record("AD", ad.statistic, ad.pValue);
  const mean = meanZTest(sample, law);
  verdict.record("mean z", mean.statistic, mean.pValue);
  const variance = varianceZTest(sample, law);
  verdict.record("variance z", variance.statistic, variance.pValue);
  return verdict;
}

function pValue(verdict: Verdict, name: string): number {
  return verdict.records.find((r) => r.name === name)!.pValue;
}

const UNIFORM: Law = { kind: "uniform", a: -0.1, b: 0.1 };
const NORMAL: Law = { kind: "normal", mean: 0, std: 0.02 };
const TRUNC: Law = { kind: "truncNormal", mean: 0, std: 0.5, a: -2, b: 2 }; // ±4 std
const TRUNC_VIT: Law = { kind: "truncNormal", mean: 0, std: 0.02, a: -2, b: 2 }; // ±100 std

Deno.test("size: samples from the right law pass every check (n = 10 000)", () => {
  const cases: [string, Law, (rng: Rng) => Float64Array][] = [
    ["uniform", UNIFORM, (rng) => uniformSample(rng, N, -0.1, 0.1)],
    ["normal", NORMAL, (rng) => normalSample(rng, N, 0, 0.02)],
    ["truncNormal ±4 std", TRUNC, (rng) => truncNormalSample(rng, N, 0, 0.5, -2, 2)],
    ["truncNormal ViT", TRUNC_VIT, (rng) => truncNormalSample(rng, N, 0, 0.02, -2, 2)],
  ];
  for (const [name, law, draw] of cases) {
    for (const seed of [1, 2, 3]) {
      const verdict = battery(draw(new Rng(seed)), law);
      assert.ok(verdict.passed, `${name}, seed ${seed}:\n${verdict.format()}`);
      // Not merely above 1e-6/4: nothing suspicious at all.
      for (const r of verdict.records) {
        assert.ok(r.pValue > 1e-3, `${name}, seed ${seed}, ${r.name}: p = ${r.pValue}`);
      }
    }
  }
});

Deno.test("power: a std off by √3 fails (normal law)", () => {
  const verdict = battery(normalSample(new Rng(11), N, 0, 0.02 * Math.sqrt(3)), NORMAL);
  assert.equal(verdict.passed, false);
  for (const name of ["KS", "AD", "variance z"]) assert.ok(pValue(verdict, name) < ALPHA, name);
});

Deno.test("power: a uniform bound off by a factor fails", () => {
  // Bound × 1.1, and the classic bound = std instead of √3·std (× 1/√3).
  for (const factor of [1.1, 1 / Math.sqrt(3)]) {
    const sample = uniformSample(new Rng(12), N, -0.1 * factor, 0.1 * factor);
    const verdict = battery(sample, UNIFORM);
    assert.equal(verdict.passed, false);
    for (const name of ["KS", "AD", "variance z"]) {
      assert.ok(pValue(verdict, name) < ALPHA, `factor ${factor}: ${name}`);
    }
  }
});

Deno.test("power: truncation at ±2 std instead of the absolute [a, b] fails", () => {
  // The law truncates N(0, 0.5²) at [-2, 2] = ±4 std; TensorFlow-style
  // truncation at ±2 std = [-1, 1] is a different law.
  // Kolmogorov–Smirnov is the weakest here (D ≈ 0.023, the mass the law puts
  // beyond ±2 std, so p ≈ 10⁻⁴ at n = 10⁴); the tail-weighted A² and the
  // variance catch it.
  const sample = truncNormalSample(new Rng(13), N, 0, 0.5, -1, 1);
  const verdict = battery(sample, TRUNC);
  assert.equal(verdict.passed, false);
  for (const name of ["AD", "variance z"]) assert.ok(pValue(verdict, name) < ALPHA, name);
  assert.ok(pValue(verdict, "KS") < 1e-3);
  // And the ViT call: trunc_normal_(std=0.02) is N(0, 0.02²) for all purposes,
  // but a port truncating at ±2 std = ±0.04 fails.
  const vit = battery(truncNormalSample(new Rng(14), N, 0, 0.02, -0.04, 0.04), TRUNC_VIT);
  for (const name of ["AD", "variance z"]) assert.ok(pValue(vit, name) < ALPHA, `ViT ${name}`);
  assert.ok(pValue(vit, "KS") < 1e-3);
});

Deno.test("power: a shifted mean fails the mean and distribution checks", () => {
  const verdict = battery(normalSample(new Rng(15), N, 0.002, 0.02), NORMAL); // +0.1 std
  for (const name of ["KS", "AD", "mean z"]) assert.ok(pValue(verdict, name) < ALPHA, name);
});
