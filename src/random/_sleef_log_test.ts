// Copyright 2026 the torch-parity authors. MIT license.
// Replays torch 2.14.1's vectorised log (SLEEF 3.9, avx2 = avx512) bit for bit
// (testdata/generate_sleef_log.py), and checks tensorLog's choice of function.
import assert from "node:assert/strict";
import data from "./testdata/sleef_log_torch_2.14.json" with { type: "json" };
import { sleefLog, sleefLogf } from "./_sleef_log.ts";
import { log, logf } from "./_libm.ts";
import { tensorLog } from "../init/_tensor_log.ts";

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
const f64 = new Float64Array(1);
const w64 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

function fromHex32(h: string): number {
  u32[0] = parseInt(h, 16);
  return f32[0];
}
function toHex32(x: number): string {
  f32[0] = x;
  return u32[0].toString(16).padStart(8, "0");
}
function fromHex64(h: string): number {
  w64[HI] = parseInt(h.slice(0, 8), 16);
  w64[1 - HI] = parseInt(h.slice(8), 16);
  return f64[0];
}
function toHex64(x: number): string {
  f64[0] = x;
  return w64[HI].toString(16).padStart(8, "0") + w64[1 - HI].toString(16).padStart(8, "0");
}

type Vectors = { type: string; vectors: [string, string][] };
const table = data as unknown as Record<string, Vectors>;

const CASES = [
  { name: "logf", fn: sleefLogf, glibc: logf, is32: true },
  { name: "log", fn: sleefLog, glibc: log, is32: false },
] as const;

for (const { name, fn, is32 } of CASES) {
  Deno.test(`sleef ${name} reproduces torch 2.14 (avx2/avx512) bit for bit`, () => {
    const entry = table[name];
    assert.ok(entry && entry.vectors.length > 2000, `vectors for ${name}`);
    assert.equal(entry.type, is32 ? "float32" : "float64");
    const mismatches: string[] = [];
    for (const [input, expected] of entry.vectors) {
      const x = is32 ? fromHex32(input) : fromHex64(input);
      const y = fn(x);
      const want = is32 ? fromHex32(expected) : fromHex64(expected);
      // NaN payload and sign bits are not reproduced: only NaN-ness is.
      if (Number.isNaN(want)) {
        if (!Number.isNaN(y)) mismatches.push(`${input}: got ${y}, want NaN`);
        continue;
      }
      const got = is32 ? toHex32(y) : toHex64(y);
      if (got !== expected) mismatches.push(`${input}: got ${got}, want ${expected}`);
    }
    assert.deepEqual(mismatches.slice(0, 20), [], `${mismatches.length} mismatches`);
  });
}

Deno.test("sleef log special values", () => {
  for (const fn of [sleefLogf, sleefLog]) {
    assert.equal(fn(0), -Infinity);
    assert.equal(fn(-0), -Infinity);
    assert.equal(fn(Infinity), Infinity);
    assert.ok(Number.isNaN(fn(-Infinity)));
    assert.ok(Number.isNaN(fn(-1)));
    assert.ok(Number.isNaN(fn(-1e-40))); // a negative subnormal in both formats
    assert.ok(Number.isNaN(fn(NaN)));
    assert.ok(Object.is(fn(1), 0));
  }
  // sleefLogf rounds its argument to float32 first.
  assert.equal(sleefLogf(0.1), sleefLogf(Math.fround(0.1)));
  assert.equal(sleefLogf(1e-46), -Infinity); // rounds to 0
  assert.equal(sleefLogf(3.5e38), Infinity); // rounds to Infinity
});

for (const { name, fn, glibc, is32 } of CASES) {
  Deno.test(`tensorLog (${name}): SLEEF on avx2/avx512, glibc on default, every element`, () => {
    // Inputs where SLEEF and glibc disagree, in (0, 1) like trunc_normal_'s uniforms.
    const xs: number[] = [];
    for (const [input] of table[name].vectors) {
      const x = is32 ? fromHex32(input) : fromHex64(input);
      if (x > 0 && x < 1 && fn(x) !== glibc(x)) xs.push(x);
    }
    assert.ok(xs.length > 100, `${xs.length} inputs where SLEEF and glibc differ`);
    // numel 1..40: the tail shorter than a vector takes SLEEF too.
    for (let n = 1; n <= 40; n++) {
      for (const capability of ["avx2", "avx512", "default"] as const) {
        const values = xs.slice(n, 2 * n);
        const out = tensorLog(
          is32 ? new Float32Array(values) : new Float64Array(values),
          capability,
        );
        const ref = capability === "default" ? glibc : fn;
        assert.deepEqual(Array.from(out), values.map(ref), `${capability}, numel ${n}`);
      }
    }
  });
}
