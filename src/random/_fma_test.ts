// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { fma32, fma32Exact, fma64, fma64Exact, fma64Fast } from "./_fma.ts";

/** A small deterministic 64-bit-state PRNG for test inputs (xorshift128+). */
function rng(seed: number): () => number {
  let s0 = BigInt(seed) | 1n;
  let s1 = 0x9e3779b97f4a7c15n;
  const mask = (1n << 64n) - 1n;
  return () => {
    let x = s0;
    const y = s1;
    s0 = y;
    x ^= (x << 23n) & mask;
    s1 = x ^ y ^ (x >> 17n) ^ (y >> 26n);
    return Number(((s1 + y) & mask) >> 11n) / 2 ** 53;
  };
}

function bits64(x: number): string {
  const f = new Float64Array([x]);
  return new BigUint64Array(f.buffer)[0].toString(16);
}

function randomDouble(r: () => number, expRange: number): number {
  const sign = r() < 0.5 ? -1 : 1;
  const e = Math.floor((r() - 0.5) * 2 * expRange);
  return sign * (1 + r()) * 2 ** e;
}

Deno.test("fma64 agrees with the exact BigInt reference on random and cancelling inputs", () => {
  const r = rng(12345);
  let checked = 0;
  for (let i = 0; i < 40000; i++) {
    const a = randomDouble(r, 60);
    const b = randomDouble(r, 60);
    let c: number;
    switch (i % 4) {
      case 0:
        c = randomDouble(r, 120);
        break;
      case 1:
        c = -(a * b); // catastrophic cancellation: result is the product's rounding error
        break;
      case 2:
        c = -(a * b) * (1 + (r() - 0.5) * 2 ** -40);
        break;
      default:
        c = (a * b) * 2 ** Math.floor(r() * 110 - 55);
    }
    const got = fma64(a, b, c);
    const want = fma64Exact(a, b, c);
    assert.ok(
      Object.is(got, want),
      `fma64(${a}, ${b}, ${c}) = ${bits64(got)}, want ${bits64(want)}`,
    );
    checked++;
  }
  assert.equal(checked, 40000);
});

Deno.test("fma64 handles ties that a two-rounding multiply-add gets wrong", () => {
  // x * range + from with x a 53-bit uniform: the fused result differs from
  // fl(fl(x * range) + from) in about half of the cases.
  const r = rng(7);
  let differ = 0;
  for (let i = 0; i < 20000; i++) {
    const x = Math.floor(r() * 2 ** 53) / 2 ** 53;
    const range = 2 / Math.sqrt(3);
    const from = -1 / Math.sqrt(3);
    const got = fma64(x, range, from);
    assert.ok(Object.is(got, fma64Exact(x, range, from)));
    if (!Object.is(got, x * range + from)) differ++;
  }
  // The emulation must actually be doing something different from a*b+c.
  assert.ok(differ > 5000, `only ${differ} of 20000 differ from the unfused result`);
});

Deno.test("fma64 falls back to the exact path for extreme exponents", () => {
  const cases: [number, number, number][] = [
    [2 ** 600, 2 ** 400, -(2 ** 1000)],
    [2 ** -600, 2 ** -470, 2 ** -1074],
    [1e300, 1e10, -1e308],
    [5e-324, 0.5, 0],
    [1.5, 2 ** -1074, 2 ** -1073],
  ];
  for (const [a, b, c] of cases) {
    assert.ok(Object.is(fma64(a, b, c), fma64Exact(a, b, c)), `${a} ${b} ${c}`);
  }
  assert.ok(Number.isNaN(fma64(NaN, 1, 2)));
  assert.equal(fma64(Infinity, 2, 1), Infinity);
});

Deno.test("fma32 agrees with the exact BigInt reference, including float32 midpoints", () => {
  const r = rng(99);
  let midpointCases = 0;
  for (let i = 0; i < 60000; i++) {
    let a = Math.fround(randomDouble(r, 20));
    let b = Math.fround(randomDouble(r, 20));
    let c: number;
    if (i % 4 === 0) c = Math.fround(randomDouble(r, 40));
    else if (i % 4 === 1) c = Math.fround(-(a * b));
    else if (i % 4 === 2) c = Math.fround(a * b * 2 ** Math.floor(r() * 60 - 30));
    else {
      // Constructed double-rounding trap: a * b = ±(half an ulp of c)(1 ± 2^-36),
      // so the float64 sum lands exactly on a float32 midpoint.
      c = Math.fround(randomDouble(r, 30));
      const halfUlp = 2 ** (Math.floor(Math.log2(Math.abs(c))) - 24);
      a = Math.fround(1 + 2 ** -12);
      b = Math.fround((r() < 0.5 ? -1 : 1) * (1 - 2 ** -12 + 2 ** -24) * halfUlp);
      if (r() < 0.5) {
        [a, b] = [
          Math.fround(1 - 2 ** -12),
          b / (1 - 2 ** -12 + 2 ** -24) * (1 + 2 ** -12 + 2 ** -24),
        ];
      }
      b = Math.fround(b);
    }
    const got = fma32(a, b, c);
    const want = fma32Exact(a, b, c);
    if (!Object.is(Math.fround(a * b + c), want)) midpointCases++;
    assert.ok(Object.is(got, want), `fma32(${a}, ${b}, ${c}) = ${got}, want ${want}`);
  }
  // Double rounding through a float64 sum must have been exercised.
  assert.ok(midpointCases > 0, "no double-rounding case was exercised");
});

Deno.test("fma32 on the uniform_ kernel's inputs differs from two roundings", () => {
  const range = Math.fround(2 / Math.sqrt(3));
  const from = Math.fround(-1 / Math.sqrt(3));
  let differ = 0;
  for (let k = 0; k < 1 << 14; k++) {
    const x = (k * 1021 % (1 << 24)) / 2 ** 24;
    const fused = fma32(x, range, from);
    assert.ok(Object.is(fused, fma32Exact(x, range, from)));
    if (fused !== Math.fround(Math.fround(x * range) + from)) differ++;
  }
  assert.ok(differ > 1000, `only ${differ} differ`);
});

Deno.test("fma64Fast agrees with the exact reference, near ties and across magnitudes", () => {
  const r = rng(4242);
  for (let i = 0; i < 60000; i++) {
    const a = randomDouble(r, i % 5 === 0 ? 400 : 60);
    const b = randomDouble(r, i % 5 === 0 ? 400 : 60);
    let c: number;
    switch (i % 4) {
      case 0:
        c = randomDouble(r, 120);
        break;
      case 1:
        c = -(a * b);
        break;
      case 2:
        c = -(a * b) * (1 + (r() - 0.5) * 2 ** -50);
        break;
      default:
        c = (a * b) * 2 ** Math.floor(r() * 110 - 55);
    }
    const got = fma64Fast(a, b, c);
    const want = fma64Exact(a, b, c);
    assert.ok(
      Object.is(got, want),
      `fma64Fast(${a}, ${b}, ${c}) = ${bits64(got)}, want ${bits64(want)}`,
    );
  }
  assert.ok(Object.is(fma64Fast(0, 5, -0), 0 * 5 + -0));
  assert.ok(Number.isNaN(fma64Fast(NaN, 1, 1)));
});

Deno.test("fma32 agrees with the exact reference at the float32 range's ends", () => {
  const r = rng(7);
  const f = Math.fround;
  const max = f(3.4028234663852886e38);
  const tiny = 2 ** -149;
  let checked = 0;
  for (let i = 0; i < 20000; i++) {
    let a: number, b: number, c: number;
    if (i % 3 === 0) {
      // Results among the float32 subnormals (fixed spacing 2^-149).
      a = f((1 + r()) * 2 ** -80);
      b = f((r() - 0.5) * 2 ** -60);
      c = f(Math.round((r() - 0.5) * 2 ** 20) * tiny);
    } else if (i % 3 === 1) {
      // Results next to FLT_MAX, including the overflow threshold's midpoint.
      a = f(1 + Math.floor(r() * 2 ** 23) * 2 ** -23);
      b = f(2 ** 103 * (r() < 0.5 ? 1 : 2 ** -20));
      c = r() < 0.5 ? max : -max;
    } else {
      a = f(2 ** 64 * (1 + r()));
      b = f(2 ** 63 * (1 + r()));
      c = f((r() - 0.5) * 2 ** 100);
    }
    const got = fma32(a, b, c);
    const want = fma32Exact(a, b, c);
    assert.ok(Object.is(got, want), `fma32(${a}, ${b}, ${c}) = ${got}, want ${want}`);
    checked++;
  }
  assert.equal(checked, 20000);
  // The exact overflow midpoint with a product just below it rounds down to FLT_MAX.
  const half = 2 ** 103; // half an ulp of FLT_MAX
  assert.equal(fma32(f(1 - 2 ** -24), half, max), max);
  assert.equal(fma32(1, half, max), Infinity);
});
