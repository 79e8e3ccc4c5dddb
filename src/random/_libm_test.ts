// Copyright 2026 the torch-parity authors. MIT license.
// Replays glibc 2.36 libm vectors (testdata/generate_libm.py) bit for bit.
import assert from "node:assert/strict";
import data from "./testdata/libm_glibc_2.36.json" with { type: "json" };
import { cos, cosf, erff, expf, log, log1p, logf, sin, sinf } from "./_libm.ts";

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

const FUNCS: Record<string, (x: number) => number> = {
  logf,
  sinf,
  cosf,
  expf,
  erff,
  log,
  sin,
  cos,
  log1p,
};

for (const [name, fn] of Object.entries(FUNCS)) {
  Deno.test(`${name} reproduces glibc 2.36 bit for bit`, () => {
    const entry = table[name];
    assert.ok(entry && entry.vectors.length > 500, `vectors for ${name}`);
    const is32 = entry.type === "float32";
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
      // Float32 results must already be float32 values.
      if (got !== expected || (is32 && !Object.is(Math.fround(y), y))) {
        mismatches.push(`${input}: got ${got}, want ${expected}`);
      }
    }
    assert.deepEqual(mismatches.slice(0, 20), [], `${mismatches.length} mismatches`);
  });
}
