// Copyright 2026 the torch-parity authors. MIT license.
/**
 * float32Share and repeatCount: their p-values are conservative under the
 * stated nulls (checked by simulation at scales where the null can be drawn
 * exactly), torch-like 53-bit fills pass, and float32 or 24-bit fills fail.
 */
import assert from "node:assert/strict";
import { float32Share } from "./float32_share.ts";
import { repeatCount } from "./repeat_count.ts";
import { Rng } from "./_test_util.ts";
import { empty, Generator, normal, uniform } from "../../src/mod.ts";

Deno.test("float32Share: 53-bit float64 fills pass; float32 and 24-bit fills fail with p = 0", () => {
  const g = new Generator().manualSeed(1n);
  for (const [a, b] of [[0, 1], [-1, 1], [-0.3, 0.7]]) {
    const t = uniform(empty([65536], { dtype: "float64" }), { a, b, generator: g });
    assert.equal(float32Share(t.data).pValue, 1, `U(${a}, ${b})`);
    // The same values at float32 resolution.
    assert.equal(float32Share(t.data.map(Math.fround)).pValue, 0);
  }
  const n = normal(empty([65536], { dtype: "float64" }), { mean: 0.5, std: 2, generator: g });
  assert.equal(float32Share(n.data).pValue, 1);
  assert.equal(float32Share(n.data.map(Math.fround)).pValue, 0);
  // 24 bits of a 32-bit word, scaled in float64, on [0, 1) and [-1, 1): float32 numbers only.
  const rng = new Rng(5);
  for (const [a, b] of [[0, 1], [-1, 1]]) {
    const u = Float64Array.from(
      { length: 65536 },
      () => a + (b - a) * ((rng.nextU32() >>> 8) / 2 ** 24),
    );
    const r = float32Share(u);
    assert.equal(r.statistic, 65536);
    assert.equal(r.pValue, 0);
  }
});

Deno.test("float32Share: conservative under a Bernoulli(maxShare) null", () => {
  // Values representable with probability exactly q = maxShare: the bound must not undercut
  // the observed frequency of small p-values.
  const rng = new Rng(11);
  const q = 2 ** -6;
  const n = 1000;
  const reps = 4000;
  const ps: number[] = [];
  for (let r = 0; r < reps; r++) {
    const x = Float64Array.from(
      { length: n },
      () => rng.uniform() < q ? 0.5 : 0.5 + 2 ** -40 * (1 + rng.uniform()),
    );
    ps.push(float32Share(x, q).pValue);
  }
  for (const t of [0.001, 0.01, 0.05, 0.2]) {
    const freq = ps.filter((p) => p <= t).length / reps;
    assert.ok(freq <= t + 3 * Math.sqrt(t / reps), `t ${t}: ${freq}`);
  }
});

Deno.test("repeatCount: 53-bit fills have no repeats; 24-bit fills repeat about n²/2^25 times", () => {
  const g = new Generator().manualSeed(2n);
  const t = uniform(empty([262144], { dtype: "float64" }), { a: -0.3, b: 0.7, generator: g });
  assert.deepEqual([repeatCount(t.data).statistic, repeatCount(t.data).pValue], [0, 1]);
  const rng = new Rng(3);
  const coarse = Float64Array.from(
    { length: 262144 },
    () => -0.3 + (rng.nextU32() >>> 8) / 2 ** 24,
  );
  const r = repeatCount(coarse);
  assert.ok(Math.abs(r.statistic - 2048) < 300, `${r.statistic}`);
  assert.equal(r.pValue, 0);
});

Deno.test("repeatCount: conservative on a grid whose atoms have exactly maxAtom", () => {
  // n = 2^10 values uniform on 2^20 grid points: atoms 2^-20, E[R] ≈ 1/2.
  const rng = new Rng(7);
  const n = 1024;
  const reps = 4000;
  const counts = new Map<number, number>();
  const pOf = new Map<number, number>();
  for (let r = 0; r < reps; r++) {
    const x = Float64Array.from({ length: n }, () => (rng.nextU32() >>> 12) / 2 ** 20);
    const res = repeatCount(x, 2 ** -20);
    counts.set(res.statistic, (counts.get(res.statistic) ?? 0) + 1);
    pOf.set(res.statistic, res.pValue);
  }
  for (const [r, p] of pOf) {
    let atLeast = 0;
    for (const [s, c] of counts) if (s >= r) atLeast += c;
    const freq = atLeast / reps;
    assert.ok(freq <= p + 3 * Math.sqrt(p / reps), `R ≥ ${r}: frequency ${freq}, bound ${p}`);
  }
});

Deno.test("float32Share, repeatCount: validation", () => {
  assert.throws(() => float32Share([1], 0), /maxShare must be in \(0, 1\), received 0/);
  assert.throws(() => repeatCount([1], 1), /maxAtom must be in \(0, 1\), received 1/);
  assert.equal(repeatCount([]).pValue, 1);
  assert.equal(float32Share([]).pValue, 1);
});
