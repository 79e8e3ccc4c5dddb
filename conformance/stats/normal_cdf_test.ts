// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { normalCdf } from "./normal_cdf.ts";
import { normalQuantile } from "./normal_quantile.ts";
import { assertRel } from "./_test_util.ts";

// Φ(x) to 20 digits from mpmath (ncdf at 50 decimal digits).
const PHI: [number, number][] = [
  [-37, 5.7255712225245768227e-300],
  [-30, 4.9067139271481870595e-198],
  [-20, 2.7536241186062336951e-89],
  [-10, 7.619853024160526066e-24],
  [-8, 6.2209605742717841235e-16],
  [-6.5, 4.0160005838591178083e-11],
  [-5, 2.8665157187919391167e-7],
  [-4, 0.000031671241833119921254],
  [-3, 0.0013498980316300945267],
  [-2, 0.0227501319481792072],
  [-1, 0.15865525393145705141],
  [-0.663, 0.25366527703861649795], // just inside Cody's tail branch
  [-0.6629, 0.25369730086823676568], // just inside the erf branch
  [-0.5, 0.30853753872598689636],
  [0.25, 0.59870632568292372424],
  [0.6629, 0.74630269913176323432],
  [1.96, 0.97500210485177956379],
  [3, 0.99865010196836990547],
  [8, 0.9999999999999993779],
];

Deno.test("normalCdf: Φ matches 20-digit values to 1e-15 relative in both tails", () => {
  for (const [x, want] of PHI) assertRel(normalCdf(x), want, 1e-15, `Φ(${x})`);
  // The brief's Φ(−10) = 7.61985302416047e-24 is SciPy's ndtr, itself 7e-15 off.
  assertRel(normalCdf(-10), 7.61985302416047e-24, 1e-14, "Φ(-10) vs SciPy");
});

Deno.test("normalCdf: symmetry, monotonicity and limits", () => {
  let previous = 0;
  for (let x = -39; x <= 9; x += 0.001) {
    const p = normalCdf(x);
    assert.ok(p >= previous, `not monotone at ${x}`);
    previous = p;
    if (x > -8 && x < 8) assert.ok(Math.abs(p + normalCdf(-x) - 1) < 2e-16, `symmetry at ${x}`);
  }
  assert.equal(normalCdf(0), 0.5);
  assert.equal(normalCdf(-Infinity), 0);
  assert.equal(normalCdf(Infinity), 1);
  assert.equal(normalCdf(-40), 0);
  assert.ok(Number.isNaN(normalCdf(NaN)));
  assert.ok(normalCdf(-38.4) > 0, "the subnormal range is reached");
});

Deno.test("normalCdf: mean and std", () => {
  assertRel(normalCdf(-1.5, 0.5, 2), 0.15865525393145705141, 1e-15);
  assertRel(normalCdf(0.98, 1, 0.01), 0.0227501319481792072, 1e-14);
  assert.throws(() => normalCdf(0, 0, 0), RangeError);
  assert.throws(() => normalCdf(0, 0, -1), RangeError);
  assert.throws(() => normalCdf(0, NaN, 1), RangeError);
  assert.throws(() => normalCdf(0, 0, Infinity), RangeError);
});

// Quantiles at the exact double p, from mpmath (−√2·erfinv(1 − 2p) at 700 digits).
const QUANTILES: [number, number][] = [
  [5e-324, -38.467405617144346251],
  [1e-300, -37.047096299361199237],
  [1e-100, -21.273453560965324294],
  [1e-10, -6.3613409024040561991],
  [0.3, -0.52440051270804081597],
  [0.975, 1.9599639845400538556],
  [0.995, 2.5758293035489004539],
  [0.999999, 4.7534243088170877657],
];

Deno.test("normalQuantile: known quantiles to 1e-15 relative", () => {
  for (const [p, want] of QUANTILES) assertRel(normalQuantile(p), want, 1e-15, `z(${p})`);
  assert.equal(normalQuantile(0.5), 0);
  assert.equal(normalQuantile(0), -Infinity);
  assert.equal(normalQuantile(1), Infinity);
  for (const p of [NaN, -0.1, 1.1]) assert.ok(Number.isNaN(normalQuantile(p)));
  assertRel(normalQuantile(0.975, 10, 3), 10 + 3 * 1.9599639845400538556, 1e-15);
});

Deno.test("normalQuantile: round trips through normalCdf", () => {
  for (let e = -300; e < 0; e += 0.37) {
    const p = 10 ** e;
    const x = normalQuantile(p);
    // dp/p = (φ/Φ)·dx ≈ |x|·dx: allow x²·ε.
    assertRel(normalCdf(x), p, Math.max(1e-15, x * x * 2.5e-16), `p = ${p}`);
    if (p < 0.5) assert.equal(normalQuantile(1 - p), -normalQuantile(1 - (1 - p)));
  }
});
