// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { andersonDarling } from "./anderson_darling.ts";
import { andersonDarlingPValue } from "./anderson_darling_p_value.ts";
import { andersonDarlingStatistic } from "./anderson_darling_statistic.ts";
import { AD_SERIES_MAX_Z, adInfCdf, adInfSf } from "./_ad_inf.ts";
import { adErrfix } from "./_ad_errfix.ts";
import { assertAbs, assertRel, Rng } from "./_test_util.ts";

Deno.test("ADinf: Marsaglia & Marsaglia's 20-digit percentage points", () => {
  // J. Stat. Software 9(2), 2004: the 90%, 95% and 99% points of the limit.
  assertAbs(adInfCdf(1.9329578327415937304), 0.9, 1e-15);
  assertAbs(adInfCdf(2.4923671600494096176), 0.95, 1e-15);
  assertAbs(adInfCdf(3.8781250216053948842), 0.99, 1e-15);
});

Deno.test("ADinf: Anderson & Darling (1954) / Stephens (1974) asymptotic points", () => {
  // Printed to 3 decimals: 1.933 (10%) and 2.492 (5%) agree to that
  // precision (|p/α − 1| < 5e-4: the rounding of z allows ~5e-4)...
  assertRel(adInfSf(1.933), 0.1, 5e-4);
  assertRel(adInfSf(2.492), 0.05, 5e-4);
  // ...but 3.070 (2.5%) and 3.857 (1%) do not: the exact limit puts them at
  // 2.522% and 1.024% (the true points are 3.0775 and 3.8781, the latter
  // Marsaglia & Marsaglia's correction of 3.857).
  assertRel(adInfSf(3.07), 0.02521827114, 1e-9);
  assertRel(adInfSf(3.857), 0.01024115323, 1e-9);
  assert.ok(adInfSf(3.07) / 0.025 - 1 > 5e-3 && adInfSf(3.857) / 0.01 - 1 > 0.02);
});

Deno.test("ADinf: MathWorks' limiting critical values (adtest, n = ∞)", () => {
  // [α, z] as in MATLAB's adtest table for n = ∞ (13 decimals).
  const table: [number, number][] = [
    [0.0005, 6.6127034546551],
    [0.001, 5.9694013422151],
    [0.005, 4.4981996466091],
    [0.025, 3.0774641787107],
    [0.1, 1.9329578327416],
    [0.25, 1.2478596347253],
    [0.5, 0.7742142410993],
    [0.75, 0.4968804113119],
    [0.9, 0.3460480234939],
    [0.99, 0.2014922164166],
  ];
  for (const [alpha, z] of table) assertRel(adInfSf(z), alpha, 1e-12, `z = ${z}`);
});

Deno.test("ADinf: the far tail, continued analytically beyond z = 20", () => {
  // 1 − ADinf(z) from the same series evaluated in 80-digit mpmath.
  const reference: [number, number][] = [
    [10, 1.381503541e-5],
    [15, 7.63322318e-8],
    [20, 4.465071538e-10],
    [25, 2.6951386239223e-12],
    [30, 1.65954895277832e-14],
    [40, 6.53412644147596e-19],
    [60, 1.101257453e-27],
  ];
  for (const [z, tail] of reference) {
    assertRel(adInfSf(z), tail, z <= AD_SERIES_MAX_Z ? 1e-6 : 3e-4, `z = ${z}`);
  }
  // Continuous at the switch, and decreasing past it.
  const at = adInfSf(AD_SERIES_MAX_Z);
  assertRel(adInfSf(AD_SERIES_MAX_Z * (1 + 1e-9)), at, 1e-7);
  let previous = at;
  for (let z = 20.5; z < 700; z *= 1.1) {
    const p = adInfSf(z);
    assert.ok(p < previous && p >= 0, `z = ${z}`);
    previous = p;
  }
  assert.equal(adInfSf(800), 0);
  // The series diverges for large z (by z = 500); ADinf must not follow it.
  for (const z of [25, 50, 100, 500, 1500, Infinity]) {
    const x = adInfCdf(z);
    assert.ok(x >= 0.9999999999 && x <= 1, `ADinf(${z}) = ${x}`);
  }
  assert.equal(adInfCdf(0.005), 0);
  assert.ok(adInfCdf(0.01) > 0 && adInfCdf(0.01) < 1e-50);
});

Deno.test("andersonDarlingPValue: errfix, the tail extension and edge cases", () => {
  // errfix is O(1/n) and vanishes for large n.
  for (const n of [8, 100, 8000]) {
    for (let x = 0.001; x < 1; x += 0.001) {
      assert.ok(Math.abs(adErrfix(n, x)) < 0.05 / n, `n = ${n}, x = ${x}`);
    }
  }
  // Body: 1 − (ADinf + errfix).
  const z = 1;
  const x = adInfCdf(z);
  assertAbs(andersonDarlingPValue(z, 10), 1 - x - adErrfix(10, x), 1e-16);
  // Tail: continuous at the switch (ADinf = 0.99, z = 3.8781…).
  const zs = 3.8781250216053948842;
  for (const n of [8, 100, 10000]) {
    const below = andersonDarlingPValue(zs * (1 - 1e-9), n);
    const above = andersonDarlingPValue(zs * (1 + 1e-9), n);
    assertRel(above, below, 1e-7, `n = ${n}`);
    // Beyond, the limit's tail times 1 + 0.47/n.
    assertRel(andersonDarlingPValue(10, n) / adInfSf(10), 1 + 0.4705349958 / n, 1e-6);
  }
  // Monotone in z all the way out (no series breakdown), for several n.
  for (const n of [8, 10000]) {
    let previous = 1;
    for (let z = 0.01; z < 2000; z *= 1.05) {
      const p = andersonDarlingPValue(z, n);
      assert.ok(p <= previous && p >= 0, `n = ${n}, z = ${z}: ${p}`);
      previous = p;
    }
  }
  // Small p-values are not floored by errfix(n, 1) ≈ −6e-4/n.
  assert.ok(andersonDarlingPValue(25, 10000) < 1e-11);
  assert.equal(andersonDarlingPValue(0.001, 50), 1);
  assert.equal(andersonDarlingPValue(Infinity, 50), 0);
  assert.ok(Number.isNaN(andersonDarlingPValue(NaN, 50)));
  assert.throws(() => andersonDarlingPValue(1, 0), RangeError);
});

/** Sorts a tiny array in place (insertion sort). */
function sortSmall(a: Float64Array): void {
  for (let i = 1; i < a.length; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}

Deno.test("andersonDarlingPValue: finite-n distribution against simulation (n = 8)", () => {
  // 200 000 samples of A²₈ from U(0, 1) (fixed seed). The standard error of
  // each empirical CDF value is below 1.2e-3; errfix moves ADinf by up to
  // 5.5e-3 here, so the simulation tells ADinf + errfix from ADinf alone.
  const n = 8;
  const reps = 200_000;
  const rng = new Rng(20260);
  const zs = [0.3, 0.6, 1, 2, 3];
  const below = zs.map(() => 0);
  const u = new Float64Array(n);
  for (let r = 0; r < reps; r++) {
    for (let i = 0; i < n; i++) u[i] = rng.uniform();
    sortSmall(u);
    let s = 0;
    for (let i = 0; i < n; i++) s += (2 * i + 1) * (Math.log(u[i]) + Math.log1p(-u[n - 1 - i]));
    const a2 = -n - s / n;
    for (let k = 0; k < zs.length; k++) if (a2 < zs[k]) below[k]++;
  }
  let limitOnlyWorst = 0;
  for (let k = 0; k < zs.length; k++) {
    const empirical = below[k] / reps;
    const se = Math.sqrt((empirical * (1 - empirical)) / reps);
    const model = 1 - andersonDarlingPValue(zs[k], n);
    assert.ok(Math.abs(empirical - model) < 4 * se, `z = ${zs[k]}: ${empirical} vs ${model}`);
    limitOnlyWorst = Math.max(limitOnlyWorst, Math.abs(empirical - adInfCdf(zs[k])) / se);
  }
  assert.ok(limitOnlyWorst > 4, "the simulation should resolve the finite-n correction");
});

Deno.test("andersonDarlingStatistic: the definition, by hand and by an independent sum", () => {
  // n = 1: A² = −1 − ln u − ln(1 − u).
  const id = (x: number) => x;
  assertRel(andersonDarlingStatistic([0.3], id), -1 - Math.log(0.3) - Math.log(0.7), 1e-15);
  // n = 2, sorted u = (0.2, 0.9): −2 − ½[ln .2 + ln .1 + 3(ln .9 + ln .8)].
  const want = -2 - 0.5 * (Math.log(0.2) + Math.log(0.1) + 3 * (Math.log(0.9) + Math.log(0.8)));
  assertRel(andersonDarlingStatistic([0.9, 0.2], id), want, 1e-14);
  // Random data against the textbook form Σ(2i − 1)[ln uᵢ + ln(1 − uₙ₊₁₋ᵢ)].
  const rng = new Rng(7);
  const data = Array.from({ length: 500 }, () => rng.uniform());
  const u = [...data].sort((a, b) => a - b);
  let s = 0;
  for (let i = 1; i <= u.length; i++) {
    s += (2 * i - 1) * (Math.log(u[i - 1]) + Math.log(1 - u[u.length - i]));
  }
  assertRel(andersonDarlingStatistic(data, id), -u.length - s / u.length, 1e-12);
});

Deno.test("andersonDarling: clamping, NaN and the result record", () => {
  const cdf = (x: number) => Math.min(1, Math.max(0, x));
  const grid = Array.from({ length: 1000 }, (_, i) => (i + 0.5) / 1000);
  const base = andersonDarling(grid, cdf);
  assert.equal(base.clamped, 0);
  assert.equal(base.n, 1000);
  // A value on the boundary of the support (F = 0) is clamped to 2⁻⁵³,
  // adding at most ~37/n.
  const edge = andersonDarling([0, ...grid.slice(1)], cdf);
  assert.equal(edge.clamped, 1);
  assert.ok(Number.isFinite(edge.statistic) && edge.statistic - base.statistic < 37 / 1000);
  // Outside the support: clamped (and counted), not infinite.
  const outside = andersonDarling([...grid.slice(0, 999), 1.5], cdf);
  assert.equal(outside.clamped, 1);
  assert.ok(Number.isFinite(outside.statistic));
  const nan = andersonDarling([0.1, NaN, 0.5], cdf);
  assert.ok(Number.isNaN(nan.statistic) && Number.isNaN(nan.pValue));
  assert.throws(() => andersonDarling([], cdf), RangeError);
});
