// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { ksStatistic } from "./ks_statistic.ts";
import { ksTest } from "./kolmogorov_smirnov.ts";
import { ksPValue } from "./ks_p_value.ts";
import { assertRel, Rng } from "./_test_util.ts";

const unit = (x: number) => Math.min(1, Math.max(0, x));

Deno.test("ksStatistic: by hand, both sides of the steps", () => {
  // Fₙ jumps to 1/3, 2/3, 1 at 0.1, 0.5, 0.9: D⁺ = max(1/3 − .1, 2/3 − .5, 1 − .9),
  // D⁻ = max(.1 − 0, .5 − 1/3, .9 − 2/3) = 0.2333…
  assertRel(ksStatistic([0.5, 0.9, 0.1], unit), 0.9 - 2 / 3, 1e-15);
  assertRel(ksStatistic([0.2, 0.4, 0.6, 0.8], unit), 0.2, 1e-15);
  // A single point: D = max(u, 1 − u).
  assert.equal(ksStatistic([0.3], unit), 0.7);
  // Ties: three copies of 0.5 make one jump of 3/4 at 0.5.
  assertRel(ksStatistic([0.5, 0.5, 0.5, 0.9], unit), 0.5, 1e-15);
  // Values outside the support count with F = 0 or 1.
  assertRel(ksStatistic([-1, 0.5], unit), 0.5, 1e-15);
  assert.equal(ksStatistic([-Infinity, Infinity], unit), 0.5);
});

Deno.test("ksStatistic: typed arrays and input checks", () => {
  const f32 = new Float32Array([0.25, 0.75]);
  assert.equal(ksStatistic(f32, unit), 0.25);
  assert.ok(Number.isNaN(ksStatistic([0.1, NaN], unit)));
  assert.ok(Number.isNaN(ksStatistic([0.1, 0.2], () => NaN)));
  assert.throws(() => ksStatistic([], unit), RangeError);
  // @ts-expect-error: not numbers
  assert.throws(() => ksStatistic(["0.5"], unit), TypeError);
  // @ts-expect-error: not array-like
  assert.throws(() => ksStatistic(3, unit), TypeError);
});

Deno.test("ksTest: combines the statistic and its p-value", () => {
  const data = [0.05, 0.2, 0.4, 0.41, 0.9];
  const r = ksTest(data, unit);
  assert.equal(r.n, 5);
  assert.equal(r.statistic, ksStatistic(data, unit));
  assert.equal(r.pValue, ksPValue(r.statistic, 5));
  const nan = ksTest([NaN], unit);
  assert.ok(Number.isNaN(nan.statistic) && Number.isNaN(nan.pValue));
});

Deno.test("ksTest: null p-values are uniform (calibration, n = 50 and n = 2000)", () => {
  // Under the null, P(p ≤ α) = α (exactly, for the exact method; D is
  // continuous). 2000 replications per n, fixed seed: the p-values are then
  // tested for uniformity with the test itself.
  const rng = new Rng(42);
  for (const n of [50, 2000]) {
    const pValues: number[] = [];
    for (let r = 0; r < (n === 50 ? 2000 : 300); r++) {
      const sample = Array.from({ length: n }, () => rng.uniform());
      pValues.push(ksTest(sample, unit).pValue);
    }
    const uniformity = ksTest(pValues, unit);
    assert.ok(uniformity.pValue > 0.01, `n = ${n}: p-values not uniform (${uniformity.pValue})`);
  }
});
