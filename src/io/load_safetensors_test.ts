// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { loadSafetensors } from "./load_safetensors.ts";
import { SafetensorsError } from "./safetensors_error.ts";

/** Build a file from a header (object or raw string) and data bytes. */
function file(header: unknown, data: ArrayLike<number> = [], pad = true): Uint8Array {
  let json = typeof header === "string" ? header : JSON.stringify(header);
  if (pad) json = json.padEnd(Math.ceil(json.length / 8) * 8);
  const h = new TextEncoder().encode(json);
  const out = new Uint8Array(8 + h.length + data.length);
  new DataView(out.buffer).setUint32(0, h.length, true);
  out.set(h, 8);
  out.set(data, 8 + h.length);
  return out;
}

function entry(dtype: string, shape: number[], begin: number, end: number) {
  return { dtype, shape, data_offsets: [begin, end] };
}

function bytesOf(a: ArrayBufferView): number[] {
  return Array.from(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
}

Deno.test("loadSafetensors reads every supported dtype", () => {
  const data: number[] = [];
  const header: Record<string, unknown> = {};
  const add = (name: string, dtype: string, shape: number[], bytes: number[]) => {
    header[name] = entry(dtype, shape, data.length, data.length + bytes.length);
    data.push(...bytes);
  };
  add("f64", "F64", [1], bytesOf(new Float64Array([-1.5])));
  add("f32", "F32", [2], bytesOf(new Float32Array([0.25, 3])));
  // 1, -2, 65504, 2^-24 (subnormal), -0, inf, NaN (payload 0x201)
  add("f16", "F16", [7], [
    0x00,
    0x3c,
    0x00,
    0xc0,
    0xff,
    0x7b,
    0x01,
    0x00,
    0x00,
    0x80,
    0x00,
    0x7c,
    0x01,
    0x7e,
  ]);
  add("bf16", "BF16", [3], [0x80, 0x3f, 0x49, 0xc0, 0xc1, 0x7f]); // 1, -3.140625, NaN
  add("i64", "I64", [2], bytesOf(new BigInt64Array([-(2n ** 63n), 2n ** 53n + 1n])));
  add("u64", "U64", [1], bytesOf(new BigUint64Array([2n ** 64n - 1n])));
  add("i32", "I32", [1], bytesOf(new Int32Array([-7])));
  add("u32", "U32", [1], bytesOf(new Uint32Array([4e9])));
  add("i16", "I16", [1], bytesOf(new Int16Array([-300])));
  add("u16", "U16", [1], bytesOf(new Uint16Array([60000])));
  add("i8", "I8", [1], [0xff]);
  add("u8", "U8", [1], [0xff]);
  add("b", "BOOL", [2], [1, 0]);
  const { tensors } = loadSafetensors(file(header, data));
  assert.deepEqual(tensors.f64.data, new Float64Array([-1.5]));
  assert.deepEqual(tensors.f32.data, new Float32Array([0.25, 3]));
  const f16 = tensors.f16.data as Float32Array;
  assert.deepEqual(Array.from(f16.subarray(0, 6)), [1, -2, 65504, 2 ** -24, -0, Infinity]);
  assert.ok(Object.is(f16[4], -0));
  assert.equal(new Uint32Array(f16.buffer)[6], 0x7fc02000); // payload kept
  const bf = tensors.bf16.data as Float32Array;
  assert.deepEqual(Array.from(bf.subarray(0, 2)), [1, -3.140625]);
  assert.equal(new Uint32Array(bf.buffer)[2], 0x7fc10000);
  assert.deepEqual(tensors.i64.data, new BigInt64Array([-(2n ** 63n), 2n ** 53n + 1n]));
  assert.deepEqual(tensors.u64.data, new BigUint64Array([2n ** 64n - 1n]));
  assert.deepEqual(tensors.i32.data, new Int32Array([-7]));
  assert.deepEqual(tensors.u32.data, new Uint32Array([4e9]));
  assert.deepEqual(tensors.i16.data, new Int16Array([-300]));
  assert.deepEqual(tensors.u16.data, new Uint16Array([60000]));
  assert.deepEqual(tensors.i8.data, new Int8Array([-1]));
  assert.deepEqual(tensors.u8.data, new Uint8Array([255]));
  assert.deepEqual(tensors.b, { dtype: "BOOL", shape: [2], data: new Uint8Array([1, 0]) });
});

Deno.test("loadSafetensors: every F16 bit pattern widens exactly", () => {
  const all = new Uint16Array(65536).map((_, i) => i);
  const { tensors } = loadSafetensors(file({ h: entry("F16", [65536], 0, 131072) }, bytesOf(all)));
  const got = tensors.h.data as Float32Array;
  const hasF16 = typeof (globalThis as { Float16Array?: unknown }).Float16Array === "function";
  for (let i = 0; i < 65536; i++) {
    const e = (i >> 10) & 0x1f;
    const m = i & 0x3ff;
    const s = i & 0x8000 ? -1 : 1;
    const want = e === 0
      ? s * m * 2 ** -24
      : e === 31
      ? (m ? NaN : s * Infinity)
      : s * (1 + m / 1024) * 2 ** (e - 15);
    assert.ok(Object.is(got[i], want), `0x${i.toString(16)}: ${got[i]} vs ${want}`);
  }
  if (hasF16) {
    // deno-lint-ignore no-explicit-any
    const ref = new (globalThis as any).Float16Array(all.buffer);
    for (let i = 0; i < 65536; i++) assert.ok(Object.is(got[i], ref[i]) || Number.isNaN(ref[i]));
  }
});

Deno.test("loadSafetensors copies into aligned arrays from unaligned offsets", () => {
  // A U8 of 1 byte first puts the F64 at an odd offset; the input is itself an unaligned view.
  const d = bytesOf(new Float64Array([Math.PI]));
  const f = file({ u: entry("U8", [1], 0, 1), d: entry("F64", [], 1, 9) }, [7, ...d]);
  const big = new Uint8Array(f.length + 3);
  big.set(f, 3);
  const { tensors } = loadSafetensors(big.subarray(3));
  assert.deepEqual(tensors.d.data, new Float64Array([Math.PI]));
  assert.equal(tensors.d.data.byteOffset, 0);
  assert.notEqual(tensors.d.data.buffer, big.buffer);
  assert.deepEqual(tensors.d.shape, []);
});

Deno.test("loadSafetensors accepts unpadded headers, any key order and zero-size tensors", () => {
  const h = {
    b: entry("F32", [1], 4, 8),
    z: entry("F64", [0, 3], 4, 4),
    a: entry("F32", [1], 0, 4),
    __metadata__: { x: "y" },
  };
  const out = loadSafetensors(file(h, bytesOf(new Float32Array([1, 2])), false));
  assert.deepEqual(out.metadata, { x: "y" });
  assert.deepEqual(Object.keys(out.tensors), ["b", "z", "a"]);
  assert.deepEqual(out.tensors.a.data, new Float32Array([1]));
  assert.deepEqual(out.tensors.b.data, new Float32Array([2]));
  assert.deepEqual(out.tensors.z, { dtype: "F64", shape: [0, 3], data: new Float64Array(0) });
  // A huge dimension next to a zero one is fine: numel is 0.
  const zero = loadSafetensors(file({ z: entry("U8", [0, 2 ** 53 - 1], 0, 0) }));
  assert.equal(zero.tensors.z.data.length, 0);
});

Deno.test("loadSafetensors rejects a non-Uint8Array with TypeError", () => {
  assert.throws(() => loadSafetensors([1, 2] as unknown as Uint8Array), TypeError);
  assert.throws(() => loadSafetensors(new ArrayBuffer(8) as unknown as Uint8Array), TypeError);
});

Deno.test("loadSafetensors rejects malformed files with SafetensorsError", () => {
  const ok = entry("F32", [2], 0, 8);
  const eight = new Array(8).fill(0);
  const headerLen = (n: number, hi = 0) => {
    const b = new Uint8Array(16);
    new DataView(b.buffer).setUint32(0, n, true);
    new DataView(b.buffer).setUint32(4, hi, true);
    return b;
  };
  const cases: [Uint8Array, RegExp][] = [
    [new Uint8Array(0), /File too short: needs at least 8 bytes for the header length, received 0/],
    [new Uint8Array(7), /received 7/],
    [
      headerLen(0, 1),
      /Header too large: bytes 0-7 declare 4294967296 bytes, the limit is 100000000/,
    ],
    [headerLen(100_000_001), /Header too large/],
    [
      headerLen(9),
      /Header extends past the end of the file: bytes 0-7 declare 9 bytes, only 8 follow/,
    ],
    [file('{"a":'), /Header \(bytes 8-16\) is not valid JSON/],
    [file(""), /is not valid JSON/],
    [
      (() => {
        const f = file("{}");
        f[9] = 0xff;
        return f;
      })(),
      /is not valid UTF-8/,
    ],
    [file("[]"), /must be a JSON object, received \[\]/],
    [file("null"), /must be a JSON object, received null/],
    [file("3"), /must be a JSON object, received 3/],
    [file({ __metadata__: [] }), /Header field "__metadata__" must be an object, received \[\]/],
    [file({ __metadata__: { k: 1 } }), /Metadata "k" must be a string, received 1/],
    [file({ a: 1 }), /Tensor "a": entry must be an object, received 1/],
    [file({ a: { shape: [], data_offsets: [0, 0] } }), /Tensor "a": dtype must be a string/],
    [file({ a: entry("F8_E4M3", [1], 0, 1) }, [0]), /Tensor "a": unsupported dtype "F8_E4M3"/],
    [file({ a: entry("toString", [1], 0, 1) }, [0]), /unsupported dtype "toString"/],
    [
      file({ a: { dtype: "F32", shape: 2, data_offsets: [0, 8] } }, eight),
      /shape must be an array/,
    ],
    [
      file({ a: entry("F32", [-2], 0, 8) }, eight),
      /shape\[0\] must be a non-negative integer, received -2/,
    ],
    [file({ a: entry("F32", [1.5], 0, 8) }, eight), /shape\[0\]/],
    [file({ a: entry("F32", ["2" as unknown as number], 0, 8) }, eight), /shape\[0\]/],
    [
      file({ a: entry("F32", [2 ** 60], 0, 8) }, eight),
      /shape\[0\] must be a non-negative integer/,
    ],
    [
      file({ a: entry("U8", [2 ** 26, 2 ** 26, 2 ** 26], 0, 8) }, eight),
      /shape \[67108864, 67108864, 67108864\] has more elements than the data buffer of 8 bytes holds/,
    ],
    [file({ a: entry("F32", [3], 0, 8) }, eight), /more elements than the data buffer/],
    [
      file({ a: { dtype: "F32", shape: [2], data_offsets: [0] } }, eight),
      /data_offsets must be an array of 2 integers/,
    ],
    [
      file({ a: { dtype: "F32", shape: [2], data_offsets: "0,8" } }, eight),
      /data_offsets must be an array/,
    ],
    [
      file({ a: entry("F32", [2], -1, 7) }, eight),
      /data_offsets\[0\] must be a non-negative integer, received -1/,
    ],
    [
      file({ a: entry("F32", [2], 0, 8.5) }, eight),
      /data_offsets\[1\] must be a non-negative integer, received 8.5/,
    ],
    [
      file({ a: entry("F32", [2], 0, 2 ** 64) }, eight),
      /data_offsets\[1\] must be a non-negative integer/,
    ],
    [
      file({ a: entry("F32", [2], 0, 16) }, eight),
      /data_offsets\[1\] is 16, past the end of the data buffer of 8 bytes/,
    ],
    [file({ a: entry("F32", [0], 8, 0) }, eight), /data_offsets \[8, 0\] begin after they end/],
    [
      file({ a: entry("F32", [1], 0, 8) }, eight),
      /data_offsets \[0, 8\] span 8 bytes, but shape \[1\] of F32 needs 4/,
    ],
    [
      file({ a: entry("F32", [1], 4, 8) }, eight),
      /Tensor "a": data_offsets \[4, 8\] leave a gap: the previous tensor ends at 0/,
    ],
    [
      file({ a: entry("F32", [2], 0, 8), b: entry("F32", [1], 4, 8) }, eight),
      /Tensor "b": data_offsets \[4, 8\] overlap the previous tensor, which ends at 8/,
    ],
    [
      file({ a: ok }, [...eight, 0]),
      /The tensors cover 8 bytes of the data buffer \(bytes 64-73\), which has 9/,
    ],
    [file({}, [1]), /The tensors cover 0 bytes/],
  ]; // deno-fmt-ignore
  for (const [bytes, re] of cases) {
    assert.throws(
      () => loadSafetensors(bytes),
      (e: unknown) => {
        assert.ok(e instanceof SafetensorsError, `${re}: ${e}`);
        assert.match(e.message, re);
        assert.doesNotMatch(e.message, /\.$/);
        assert.equal(e.name, "SafetensorsError");
        return true;
      },
      String(re),
    );
  }
});

Deno.test("loadSafetensors keeps names such as __proto__ as own properties", () => {
  const f = file('{"__proto__":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}}', [5]);
  const { tensors } = loadSafetensors(f);
  assert.ok(Object.hasOwn(tensors, "__proto__"));
  assert.equal(Object.getPrototypeOf(tensors), Object.prototype);
  assert.deepEqual(
    Object.getOwnPropertyDescriptor(tensors, "__proto__")?.value.data,
    new Uint8Array([5]),
  );
});

Deno.test("loadSafetensors copies correctly from a Node Buffer (whose slice() is a view)", async () => {
  const { Buffer } = await import("node:buffer");
  const { saveSafetensors } = await import("./save_safetensors.ts");
  const t = { data: new Float32Array([1.5, -2, 3.25]), shape: [3] };
  const file = Buffer.from(saveSafetensors({ x: t }));
  const loaded = loadSafetensors(file);
  const x = loaded.tensors.x.data as Float32Array;
  assert.equal(x.length, 3);
  assert.deepEqual(Array.from(x), [1.5, -2, 3.25]);
});
