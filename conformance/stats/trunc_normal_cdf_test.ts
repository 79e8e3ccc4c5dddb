// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { normalCdf } from "./normal_cdf.ts";
import { truncNormalCdf } from "./trunc_normal_cdf.ts";
import { truncNormalQuantile } from "./trunc_normal_quantile.ts";
import { assertAbs, assertRel } from "./_test_util.ts";

// [x, mean, std, a, b, F(x)], F from mpmath at 60 digits (survival forms on
// the right of the mean, so far tails are exact).
const CASES: [number, number, number, number, number, number][] = [
  [-1.5, 0, 1, -2, 2, 0.046157235726983008518],
  [1.9, 0, 1, -2, 2, 0.99374915713211391526],
  [0.3, 0, 1, -2, 2, 0.62353216845326562066],
  [-0.03, 0, 0.02, -2, 2, 0.066807201268858077238],
  [2.5, 0, 1, 2, 3, 0.77291055260905761462],
  [2.999, 0, 1, 2, 3, 0.99979259562702353096],
  [2.0001, 0, 1, 2, 3, 0.00025226625043968867654],
  [30.001, 0, 1, 30, 31, 0.029587227281449486153],
  [30.5, 0, 1, 30, 31, 0.99999973445820094704],
  [-40.9, 0, 1, -41, -40, 1.4879260665118397863e-16],
  [-40.0001, 0, 1, -41, -40, 0.99600549745290699014],
  [0.0005, 0, 1, -0.001, 0.001, 0.75000003124999934896],
  [1.2, 1, 2, 0, 10, 0.33449601100976141557],
  [9.5, 1, 2, 0, 10, 0.9999894558433983987],
  [-0.5, 0.5, 0.25, -1, 1, 0.000032407530881107644403],
];

Deno.test("truncNormalCdf: reference values, including bounds far in a tail", () => {
  for (const [x, mean, std, a, b, want] of CASES) {
    const got = truncNormalCdf(x, mean, std, a, b);
    const what = `F(${x}; ${mean}, ${std}, [${a}, ${b}])`;
    // Relative accuracy for F ≤ ½ (a mass over a sub-interval of width w std
    // is a difference of logarithms and keeps ~ε/w: 1.4e-12 at w = 1e-4),
    // absolute near 1 (a double near 1 can do no better).
    if (want <= 0.5) assertRel(got, want, 3e-12, what);
    else assertAbs(got, want, 4e-16, what);
  }
});

Deno.test("truncNormalCdf: with bounds at ±∞ or very wide it is the normal CDF", () => {
  for (let x = -6; x <= 6; x += 0.173) {
    const normal = normalCdf(x, 0.3, 1.7);
    assert.equal(truncNormalCdf(x, 0.3, 1.7, -Infinity, Infinity), normal, `x = ${x}`);
    // ±1000 std: the truncated mass is far below double resolution.
    assertRel(truncNormalCdf(x, 0.3, 1.7, -1700, 1700), normal, 4e-15, `x = ${x}`);
  }
  // torch's default bounds with std = 0.02 are ±100 std: the law is N(0, 0.02²).
  for (const x of [-0.05, -0.01, 0.003, 0.04]) {
    assertRel(truncNormalCdf(x, 0, 0.02, -2, 2), normalCdf(x, 0, 0.02), 4e-15);
  }
});

Deno.test("truncNormalCdf: bounds are absolute, not multiples of std", () => {
  // At x = mean − std: F = (Φ(−1) − Φ(α))/(Φ(β) − Φ(α)) with α, β = ∓2/std.
  // (mpmath values.)
  const absolute = truncNormalCdf(-0.5, 0, 0.5, -2, 2); // [a, b] = ±4 std
  const twoSigma = truncNormalCdf(-0.5, 0, 0.5, -1, 1); // ±2 std
  assertRel(absolute, 0.15863363093780053, 1e-14);
  assertRel(twoSigma, 0.14238361399454696, 1e-14);
});

Deno.test("truncNormalCdf: monotone from 0 to 1, limits and validation", () => {
  for (const [a, b] of [[-2, 2], [2, 3], [-41, -40], [30, 31], [-0.001, 0.001]]) {
    let previous = 0;
    for (let i = 0; i <= 1000; i++) {
      const f = truncNormalCdf(a + ((b - a) * i) / 1000, 0, 1, a, b);
      assert.ok(f >= previous && f <= 1, `[${a}, ${b}] at step ${i}`);
      previous = f;
    }
    assert.equal(truncNormalCdf(a, 0, 1, a, b), 0);
    assert.equal(truncNormalCdf(b, 0, 1, a, b), 1);
    assert.equal(truncNormalCdf(a - 1, 0, 1, a, b), 0);
    assert.equal(truncNormalCdf(b + 1, 0, 1, a, b), 1);
  }
  assert.ok(Number.isNaN(truncNormalCdf(NaN)));
  assert.throws(() => truncNormalCdf(0, 0, 1, 2, 2), RangeError);
  assert.throws(() => truncNormalCdf(0, 0, 1, 2, -2), RangeError);
  assert.throws(() => truncNormalCdf(0, 0, 0, -2, 2), RangeError);
  assert.throws(() => truncNormalCdf(0, 0, 1, NaN, 2), RangeError);
  assert.throws(() => truncNormalCdf(0, Infinity, 1, -2, 2), RangeError);
});

Deno.test("truncNormalQuantile: inverts truncNormalCdf on every kind of interval", () => {
  const intervals: [number, number, number, number][] = [
    [0, 1, -2, 2],
    [0, 0.02, -2, 2],
    [0, 1, 2, 3],
    [0, 1, -3, -2.5],
    [0, 1, 30, 31],
    [0, 1, -41, -40],
    [1, 2, 0, 10],
    [0, 1, -Infinity, 0.5],
    [0, 1, 1, Infinity],
    [0, 1, -Infinity, Infinity],
  ];
  for (const [mean, std, a, b] of intervals) {
    for (const p of [1e-12, 1e-6, 0.01, 0.2, 0.5, 0.8, 0.99, 0.999999]) {
      const x = truncNormalQuantile(p, mean, std, a, b);
      assert.ok(x >= a && x <= b);
      const f = truncNormalCdf(x, mean, std, a, b);
      const what = `p = ${p} on N(${mean}, ${std}²) [${a}, ${b}]`;
      // The ulp of x limits how well F(x) can hit p: allow the density times
      // a few ulps, plus 1e-13 relative.
      const slope = Math.abs(
        truncNormalCdf(x + 1e-6 * std, mean, std, a, b) -
          truncNormalCdf(x - 1e-6 * std, mean, std, a, b),
      ) / (2e-6 * std);
      const tolerance = Math.min(p, 1 - p) * 1e-12 +
        4 * slope * Number.EPSILON * Math.max(1, Math.abs(x));
      assertAbs(f, p, tolerance, what);
    }
  }
  assert.equal(truncNormalQuantile(0, 0, 1, -2, 2), -2);
  assert.equal(truncNormalQuantile(1, 0, 1, -2, 2), 2);
  assert.ok(Number.isNaN(truncNormalQuantile(1.5)));
  assert.throws(() => truncNormalQuantile(0.5, 0, 1, 3, 1), RangeError);
});
