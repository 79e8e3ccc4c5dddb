// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { KS_EXACT_MAX_N, ksPValue } from "./ks_p_value.ts";
import { durbinCdf } from "./_durbin.ts";
import { kolmogorovLimitSf } from "./_kolmogorov_limit.ts";
import { smirnovUpperTail } from "./_smirnov.ts";
import { assertAbs, assertRel } from "./_test_util.ts";

// Two-sided critical values [n, D, α] of Massey (1951) / Miller (1956),
// Table 1, as printed to 5 decimals (Miller's two-sided levels are twice the
// one-sided ones). The p-value at the tabulated D must be α to the precision
// the 5-decimal rounding of D allows (|p/α − 1| ≤ 3·10⁻⁴; measured at most
// 2.2·10⁻⁴, for n = 30, α = 0.01).
const MILLER: [number, number, number][] = [
  [1, 0.975, 0.05],
  [1, 0.995, 0.01],
  [2, 0.84189, 0.05],
  [2, 0.92929, 0.01],
  [3, 0.7076, 0.05],
  [3, 0.829, 0.01],
  [4, 0.62394, 0.05],
  [4, 0.73424, 0.01],
  [5, 0.56328, 0.05],
  [5, 0.66853, 0.01],
  [10, 0.36866, 0.1],
  [10, 0.40925, 0.05],
  [10, 0.48893, 0.01],
  [15, 0.3376, 0.05],
  [15, 0.4042, 0.01],
  [20, 0.26473, 0.1],
  [20, 0.29408, 0.05],
  [20, 0.35241, 0.01],
  [25, 0.26404, 0.05],
  [25, 0.31657, 0.01],
  [30, 0.2417, 0.05],
  [30, 0.28987, 0.01],
  [35, 0.22425, 0.05],
  [35, 0.26897, 0.01],
];

Deno.test("ksPValue: Massey/Miller critical values give their α", () => {
  for (const [n, d, alpha] of MILLER) assertRel(ksPValue(d, n), alpha, 3e-4, `n = ${n}, D = ${d}`);
});

Deno.test("ksPValue: asymptotic critical values 1.3581/√n (5%) and 1.6276/√n (1%)", () => {
  // Kolmogorov's limit at the tabulated points (4 decimals: |p/α − 1| < 2e-4).
  assertRel(kolmogorovLimitSf(1.3581), 0.05, 2e-4);
  assertRel(kolmogorovLimitSf(1.6276), 0.01, 2e-4);
  // The finite-n p-value approaches them as n grows.
  for (const [c, alpha] of [[1.3581, 0.05], [1.6276, 0.01]]) {
    let previous = Infinity;
    for (const n of [100, 1000, 10000, 200000]) {
      const gap = Math.abs(ksPValue(c / Math.sqrt(n), n) / alpha - 1);
      assert.ok(gap < previous, `not converging at n = ${n}`);
      previous = gap;
    }
    assert.ok(previous < 3e-3, `n = 2·10⁵: ${previous}`);
  }
});

Deno.test("ksPValue: Marsaglia, Tsang & Wang's example and exact rational values", () => {
  // The paper's example, K(10, 0.274) = 0.6284796154565043; exact rational
  // arithmetic on Durbin's matrix gives 0.628479615456504275…
  assertAbs(durbinCdf(10, 0.274), 0.6284796154565043, 2e-16);
  assertAbs(1 - ksPValue(0.274, 10), 0.6284796154565043, 2e-16);
  // Exact K(n, d) from Durbin's matrix in Python Fractions (d as decimal
  // rationals), and (n = 500, 1000) in 50-digit mpmath.
  const exact: [number, number, number][] = [
    [1, 0.75, 0.5],
    [2, 0.6, 0.68],
    [3, 0.5, 2 / 3],
    [10, 0.40925, 0.95000354766574101904],
    [20, 0.29408, 0.95000583972795956131],
    [5, 0.66853, 0.9899998033835464629],
    [50, 0.1, 0.33768872953418145846],
    [100, 0.05, 0.046784028936427497586],
  ];
  for (const [n, d, k] of exact) {
    assertAbs(durbinCdf(n, d), k, 2e-15, `K(${n}, ${d})`);
    assertAbs(1 - ksPValue(d, n), k, 2e-15, `1 − p(${d}, ${n})`);
  }
  // Small exact p-values keep their relative accuracy.
  assertRel(ksPValue(0.3, 64), 0.000013240647991817647843, 1e-10);
  assertRel(ksPValue(0.2, 100), 0.00055519273280281018625, 1e-10);
  assertRel(ksPValue(0.06368, 500), 0.033161913978467095, 1e-12);
  assertRel(ksPValue(0.04793, 1000), 0.019551123745649, 1e-12);
  // Output of the paper's program for n = 16000 (exact to its 13–15 digits of K).
  assertRel(ksPValue(0.016, 16000), 0.0005476508615293, 1e-9);
});

Deno.test("ksPValue: closed forms at the ends of the range", () => {
  for (const n of [1, 2, 7, 50, 300]) {
    assert.equal(ksPValue(0.5 / n, n), 1, "D ≥ 1/(2n) always");
    assert.equal(ksPValue(0, n), 1);
    assert.equal(ksPValue(1, n), 0);
    // P(Dₙ ≥ d) = 2(1 − d)ⁿ for d ≥ 1 − 1/n (all points on one side).
    const d = 1 - 0.3 / n;
    const want = 2 * (1 - d) ** n;
    if (want > 0) assertRel(ksPValue(d, n), want, 1e-12, `n = ${n}`);
    else assert.equal(ksPValue(d, n), 0);
  }
  // n = 1: D = max(U, 1 − U), so P(D ≥ d) = 2(1 − d) for d ≥ ½.
  for (const d of [0.5, 0.6, 0.9, 0.99]) assertRel(ksPValue(d, 1), 2 * (1 - d), 1e-15);
  assert.ok(Number.isNaN(ksPValue(NaN, 10)));
  assert.throws(() => ksPValue(0.1, 0), RangeError);
  assert.throws(() => ksPValue(0.1, 2.5), RangeError);
});

Deno.test("ksPValue: continuous and monotone across the method boundaries", () => {
  // Exact ↔ doubled one-sided tail, at s = n·d² = 7.24 (n ≤ 99) and 3.76
  // (n > 99), and where 1 − K falls below 10⁻⁵.
  for (const [n, s] of [[20, 7.24], [99, 7.24], [100, 3.76], [1000, 3.76]]) {
    const d = Math.sqrt(s / n);
    const exact = 1 - durbinCdf(n, d * (1 - 1e-12));
    const tail = 2 * smirnovUpperTail(n, d * (1 + 1e-12));
    assertRel(tail, exact, 1e-7, `n = ${n}, s = ${s}`);
  }
  // Exact (n = 1000) ↔ asymptotic regime (n = 1001): same D, nearly same p.
  for (const c of [0.6, 1, 1.3, 1.6, 2]) {
    const d = c / Math.sqrt(KS_EXACT_MAX_N);
    const below = ksPValue(d, KS_EXACT_MAX_N);
    const above = ksPValue(d, KS_EXACT_MAX_N + 1);
    assert.ok(Math.abs(above / below - 1) < 0.03, `c = ${c}: ${below} vs ${above}`);
  }
  // Monotone decreasing in d for several n.
  for (const [n, steps] of [[3, 200], [40, 200], [150, 100], [1000, 24], [5000, 100]]) {
    let previous = 1;
    for (let i = 1; i <= steps; i++) {
      const d = 0.5 / n + (i / steps) * Math.min(1 - 0.5 / n, 8 / Math.sqrt(n));
      const p = ksPValue(d, n);
      assert.ok(p <= previous * (1 + 1e-12) && p >= 0, `n = ${n}, d = ${d}`);
      previous = p;
    }
  }
});

Deno.test("ksPValue: the doubled one-sided tail matches Smirnov's exact small cases", () => {
  // P(D₁⁺ ≥ d) = 1 − d; and P(Dₙ ≥ d) = 2P(Dₙ⁺ ≥ d) exactly for d ≥ ½,
  // checked against the matrix method (whose 1 − K is good to ~10⁻¹⁶
  // absolutely).
  for (const d of [0.1, 0.5, 0.8]) assertRel(smirnovUpperTail(1, d), 1 - d, 1e-15);
  for (const n of [2, 5, 13]) {
    for (const d of [0.5, 0.6, 0.75]) {
      const exact = 1 - durbinCdf(n, d);
      assertRel(
        2 * smirnovUpperTail(n, d),
        exact,
        Math.max(1e-12, 4e-16 / exact),
        `n = ${n}, d = ${d}`,
      );
    }
  }
});
