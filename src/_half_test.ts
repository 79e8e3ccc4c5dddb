// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { bf16, bf16Value, f16, f16OfFloat, f16Value } from "./_half.ts";
import { halfBits } from "./half_bits.ts";
import { halfValue } from "./half_value.ts";

Deno.test("float16 and bfloat16 bits round-trip through their values (all 65536 patterns)", () => {
  for (let h = 0; h < 65536; h++) {
    const a = f16Value(h);
    if (Number.isNaN(a)) assert.equal(f16(a) & 0x7e00, 0x7e00);
    else assert.equal(f16(a), h);
    const b = bf16Value(h);
    if (Number.isNaN(b)) assert.equal(bf16(b), 0x7fc0);
    else assert.equal(bf16(b), h);
  }
});

Deno.test("half rounding is to nearest, ties to even, with subnormals and overflow", () => {
  assert.equal(f16(1 + 2 ** -11), 0x3c00); // tie: stays on the even 1.0
  assert.equal(f16(1 + 3 * 2 ** -11), 0x3c02); // tie: up to the even neighbour
  assert.equal(f16(2 ** -25), 0); // half the smallest subnormal: tie to 0
  assert.equal(f16(3 * 2 ** -26), 1);
  assert.equal(f16(65504), 0x7bff);
  assert.equal(f16(65519.99), 0x7bff);
  assert.equal(f16(65520), 0x7c00);
  assert.equal(f16(-0), 0x8000);
  assert.equal(bf16(1 + 2 ** -8), 0x3f80); // tie to even
  assert.equal(bf16(1 + 3 * 2 ** -8), 0x3f82);
  assert.equal(bf16(3.4e38), 0x7f80);
});

Deno.test("halfBits rounds through float32 as torch does; halfValue validates", () => {
  // 1 + 2^-11 + 2^-40 rounds to the float 1 + 2^-11 (a half tie) and then to 1.0, as
  // torch.tensor(x, dtype=torch.float16) gives; rounding the double once would give 1 + 2^-10.
  assert.equal(halfBits(1 + 2 ** -11 + 2 ** -40, "float16"), 0x3c00);
  assert.equal(halfBits(0.1, "bfloat16"), 0x3dcd);
  assert.equal(halfValue(0x7c00, "float16"), Infinity);
  assert.ok(Number.isNaN(halfValue(0x7fc0, "bfloat16")));
  assert.throws(() => halfValue(65536, "float16"), RangeError);
  assert.throws(() => halfValue(1, "float8" as "float16"), TypeError);
  assert.throws(() => halfBits("1" as unknown as number, "float16"), TypeError);
});

Deno.test("the kernels' float16 fast path equals the exact rounding of the float32 value", () => {
  const f = new Float32Array(1);
  const u = new Uint32Array(f.buffer);
  let seed = 12345;
  for (let i = 0; i < 2_000_000; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    // Every exponent, with random mantissas: float32 bit patterns.
    u[0] = i < 1_000_000 ? seed : (0x33000000 + (seed % 0x14800000)) | (seed & 0x80000000);
    const x = f[0];
    const want = f16(x);
    const got = f16OfFloat(x);
    if (Number.isNaN(x)) assert.equal(got, 0x7e00);
    else if (got !== want) assert.fail(`${x}: ${got} != ${want}`);
  }
  for (let h = 0; h < 65536; h++) {
    const v = f16Value(h);
    if (!Number.isNaN(v)) assert.equal(f16OfFloat(v), h);
  }
});
