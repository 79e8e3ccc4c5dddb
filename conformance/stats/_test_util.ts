// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Private test helpers: a small deterministic PRNG (xoshiro128**, seeded by
 * splitmix32) and samplers independent of the code under test, so that the
 * statistical tests are reproducible and cannot flake.
 *
 * @module
 */

import assert from "node:assert/strict";

/** xoshiro128** (Blackman & Vigna), 32-bit state words, seeded by splitmix32. */
export class Rng {
  #s = new Uint32Array(4);

  constructor(seed: number) {
    let x = seed >>> 0;
    for (let i = 0; i < 4; i++) {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      this.#s[i] = (z ^ (z >>> 16)) >>> 0;
    }
  }

  /** The next 32-bit output. */
  nextU32(): number {
    const s = this.#s;
    const r = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return r;
  }

  /** Uniform on (0, 1) with 53 random bits (never 0 or 1). */
  uniform(): number {
    const hi = this.nextU32() >>> 5;
    const lo = this.nextU32() >>> 6;
    return (hi * 67108864 + lo + 0.5) / 9007199254740992;
  }

  /** Standard normal by Box–Muller (cosine branch). */
  normal(): number {
    return Math.sqrt(-2 * Math.log(this.uniform())) * Math.cos(2 * Math.PI * this.uniform());
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/** n draws from U(a, b). */
export function uniformSample(rng: Rng, n: number, a: number, b: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = a + (b - a) * rng.uniform();
  return out;
}

/** n draws from N(mean, std²). */
export function normalSample(rng: Rng, n: number, mean: number, std: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = mean + std * rng.normal();
  return out;
}

/** n draws from N(mean, std²) truncated to [a, b], by rejection. */
export function truncNormalSample(
  rng: Rng,
  n: number,
  mean: number,
  std: number,
  a: number,
  b: number,
): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n;) {
    const x = mean + std * rng.normal();
    if (x >= a && x <= b) out[i++] = x;
  }
  return out;
}

/** Asserts |actual/expected − 1| ≤ rel. */
export function assertRel(actual: number, expected: number, rel: number, what = ""): void {
  const err = Math.abs(actual / expected - 1);
  assert.ok(
    err <= rel,
    `${what}: got ${actual}, expected ${expected}, relative error ${err.toExponential(2)} > ${rel}`,
  );
}

/** Asserts |actual − expected| ≤ abs. */
export function assertAbs(actual: number, expected: number, abs: number, what = ""): void {
  const err = Math.abs(actual - expected);
  assert.ok(
    err <= abs,
    `${what}: got ${actual}, expected ${expected}, error ${err.toExponential(2)} > ${abs}`,
  );
}
