// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { saveSafetensors } from "./save_safetensors.ts";
import { loadSafetensors } from "./load_safetensors.ts";
import { empty, type Tensor } from "../tensor.ts";
import { manualSeed } from "../random/manual_seed.ts";
import { normal } from "../init/normal.ts";

const nums = (a: ArrayLike<number | bigint>): number[] => Array.from(a, Number);

Deno.test("saveSafetensors writes the exact bytes of a small file", () => {
  const a = empty([2]);
  a.data.set([1, -2]);
  const b = empty([], { dtype: "float64" });
  b.data[0] = 0.5;
  const bytes = saveSafetensors({ b, a }, { k: "v" });
  // Sorted names: a (8 bytes at 0), then b (8 bytes at 8).
  const json = '{"__metadata__":{"k":"v"},' +
    '"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},' +
    '"b":{"dtype":"F64","shape":[],"data_offsets":[8,16]}}';
  assert.equal(json.length, 132);
  const n = 136; // padded to a multiple of 8 with 4 spaces
  const expected = [
    n,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    ...Array.from(json, (c) => c.charCodeAt(0)),
    0x20,
    0x20,
    0x20,
    0x20,
    0x00,
    0x00,
    0x80,
    0x3f, // 1.0f
    0x00,
    0x00,
    0x00,
    0xc0, // -2.0f
    0,
    0,
    0,
    0,
    0,
    0,
    0xe0,
    0x3f, // 0.5
  ]; // deno-fmt-ignore
  assert.deepEqual(Array.from(bytes), expected);
});

Deno.test("saveSafetensors: an empty dict is a valid file", () => {
  const bytes = saveSafetensors({});
  assert.deepEqual(Array.from(bytes), [8, 0, 0, 0, 0, 0, 0, 0, 0x7b, 0x7d, 32, 32, 32, 32, 32, 32]);
  assert.deepEqual(loadSafetensors(bytes), { tensors: {}, metadata: {} });
});

Deno.test("saveSafetensors round trips float32 and float64 bit for bit", () => {
  manualSeed(3);
  const f = normal(empty([17, 3]));
  const d = normal(empty([2, 3, 5], { dtype: "float64" }));
  const bytes = saveSafetensors({ f, d });
  assert.equal(new DataView(bytes.buffer).getUint32(0, true) % 8, 0);
  assert.equal(
    bytes.length,
    8 + new DataView(bytes.buffer).getUint32(0, true) + 17 * 3 * 4 + 30 * 8,
  );
  const { tensors, metadata } = loadSafetensors(bytes);
  assert.deepEqual(metadata, {});
  assert.deepEqual(Object.keys(tensors), ["d", "f"]);
  assert.equal(tensors.f.dtype, "F32");
  assert.deepEqual(tensors.f.shape, [17, 3]);
  assert.deepEqual(tensors.f.data, f.data);
  assert.equal(tensors.d.dtype, "F64");
  assert.deepEqual(tensors.d.shape, [2, 3, 5]);
  assert.deepEqual(tensors.d.data, d.data);
});

Deno.test("saveSafetensors keeps NaN payloads and signed zeros", () => {
  const f = empty([3]);
  new Uint32Array(f.data.buffer).set([0x7fa00001, 0x80000000, 0xffc12345]);
  const d = empty([2], { dtype: "float64" });
  new Uint32Array(d.data.buffer).set([1, 0x7ff00000, 0, 0x80000000]);
  // Also through the strided path.
  const fv: Tensor = { data: f.data, shape: [3], strides: [1], offset: 0 };
  const dv: Tensor = { data: d.data, shape: [2, 1], strides: [1, 5] };
  for (const [x, y] of [[f, d], [fv, dv]]) {
    const { tensors } = loadSafetensors(saveSafetensors({ x, y }));
    assert.deepEqual(
      new Uint32Array(tensors.x.data.buffer as ArrayBuffer),
      new Uint32Array([0x7fa00001, 0x80000000, 0xffc12345]),
    );
    assert.deepEqual(
      new Uint32Array(tensors.y.data.buffer as ArrayBuffer),
      new Uint32Array([1, 0x7ff00000, 0, 0x80000000]),
    );
  }
});

Deno.test("saveSafetensors writes strided views in logical row-major order", () => {
  const base = empty([3, 4], { dtype: "float64" });
  base.data.set(Array.from({ length: 12 }, (_, i) => i));
  const t: Tensor = { data: base.data, shape: [4, 3], strides: [1, 4] }; // transpose
  const s: Tensor = { data: base.data, shape: [2, 2], strides: [4, 2], offset: 5 }; // slice
  const e: Tensor = { data: base.data, shape: [3, 1, 2], strides: [4, 0, 1], offset: 1 };
  const { tensors } = loadSafetensors(saveSafetensors({ t, s, e }));
  assert.deepEqual(nums(tensors.t.data), [0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11]);
  assert.deepEqual(nums(tensors.s.data), [5, 7, 9, 11]);
  assert.deepEqual(nums(tensors.e.data), [1, 2, 5, 6, 9, 10]);
  assert.deepEqual(tensors.e.shape, [3, 1, 2]);
  // A subarray view with a byteOffset.
  const sub = new Float32Array([9, 1, 2, 3]).subarray(1);
  const r = loadSafetensors(saveSafetensors({ sub: { data: sub, shape: [3] } }));
  assert.deepEqual(nums(r.tensors.sub.data), [1, 2, 3]);
});

Deno.test("saveSafetensors round trips empty and 0-d tensors", () => {
  const z = empty([0, 5]);
  const zz = empty([3, 0], { dtype: "float64" });
  const s = empty([]);
  s.data[0] = 7;
  const { tensors } = loadSafetensors(saveSafetensors({ z, zz, s }));
  assert.deepEqual(tensors.z, { dtype: "F32", shape: [0, 5], data: new Float32Array(0) });
  assert.deepEqual(tensors.zz, { dtype: "F64", shape: [3, 0], data: new Float64Array(0) });
  assert.deepEqual(tensors.s, { dtype: "F32", shape: [], data: new Float32Array([7]) });
});

Deno.test("saveSafetensors round trips metadata and unicode names", () => {
  const names = ["é", "权重", "🙂.bias", "0", "10", "2", "__proto__", 'a"b\\c\n', "\ud800"];
  const tensors: Record<string, Tensor> = {};
  for (const [i, n] of names.entries()) {
    const t = empty([1]);
    t.data[0] = i;
    Object.defineProperty(tensors, n, { value: t, enumerable: true });
  }
  const metadata = { format: "pt", "ключ": "значение 🙂", "": "", "1": "one" };
  const out = loadSafetensors(saveSafetensors(tensors, metadata));
  assert.deepEqual(out.metadata, metadata);
  assert.deepEqual(Object.keys(out.tensors).sort(), [...names].sort());
  for (const [i, n] of names.entries()) {
    assert.ok(Object.hasOwn(out.tensors, n));
    assert.deepEqual(nums(out.tensors[n].data), [i]);
  }
  assert.equal(Object.getPrototypeOf(out.tensors), Object.prototype);
  // Data is laid out in sorted-name order (code units).
  const offsets = Object.entries(
    (() => {
      const file = saveSafetensors(tensors);
      const n = new DataView(file.buffer).getUint32(0, true);
      return JSON.parse(new TextDecoder().decode(file.subarray(8, 8 + n)));
    })(),
  ).map(([k, v]) => [k, (v as { data_offsets: number[] }).data_offsets[0]]);
  const byOffset = offsets.sort((a, b) => (a[1] as number) - (b[1] as number)).map((x) => x[0]);
  assert.deepEqual(byOffset, [...names].sort());
});

Deno.test("saveSafetensors is deterministic", () => {
  const t = empty([2, 2]);
  const a = saveSafetensors({ y: t, x: t }, { b: "1", a: "2" });
  const b = saveSafetensors({ x: t, y: t }, { a: "2", b: "1" });
  assert.deepEqual(a, b);
});

Deno.test("saveSafetensors rejects bad arguments before writing", () => {
  const t = empty([2]);
  const bad: [unknown, unknown, ErrorConstructor, RegExp][] = [
    [
      null,
      undefined,
      TypeError,
      /^Cannot save safetensors: tensors must be an object, received null$/,
    ],
    [[t], undefined, TypeError, /tensors must be an object, received an array/],
    [{ "": t }, undefined, RangeError, /tensor names must be non-empty, received ""$/],
    [{ __metadata__: t }, undefined, RangeError, /"__metadata__" is reserved for metadata$/],
    [{ t }, "x", TypeError, /metadata must be an object, received "x"$/],
    [{ t }, { a: 1 }, TypeError, /metadata\["a"\] must be a string, received number 1$/],
    [
      { w: { data: [1, 2], shape: [2] } },
      undefined,
      TypeError,
      /tensor "w": tensor.data must be a Float32Array, Float64Array or BigInt64Array/,
    ],
    [{ w: { data: new Int32Array(2), shape: [2] } }, undefined, TypeError, /tensor.data must be/],
    [
      { w: { data: new Float32Array(2), shape: 2 } },
      undefined,
      TypeError,
      /tensor.shape must be an array/,
    ],
    [
      { w: { data: new Float32Array(2), shape: [-1] } },
      undefined,
      RangeError,
      /tensor.shape\[0\] must be a non-negative integer, received -1/,
    ],
    [
      { w: { data: new Float32Array(2), shape: [3] } },
      undefined,
      RangeError,
      /tensor.data is too short/,
    ],
    [
      { w: { data: new Float32Array(2), shape: [2], strides: [0] } },
      undefined,
      RangeError,
      /single memory location/,
    ],
    [
      { w: { data: new Float32Array(2), shape: [2], offset: 1.5 } },
      undefined,
      RangeError,
      /tensor.offset/,
    ],
    [
      { w: { data: new Float32Array(2), shape: [2], strides: [1, 1] } },
      undefined,
      TypeError,
      /tensor.strides must be an array of 1 numbers/,
    ],
  ]; // deno-fmt-ignore
  for (const [tensors, metadata, cls, re] of bad) {
    assert.throws(
      () => saveSafetensors(tensors as Record<string, Tensor>, metadata as Record<string, string>),
      (e: unknown) => e instanceof cls && re.test((e as Error).message) && !/\.$/.test((e as Error).message),
      `${String(re)}`,
    );
  }
});

Deno.test("saveSafetensors rejects files over 4 GiB without allocating", () => {
  // 513 names for one 8 MiB tensor: the size check runs before the output is allocated.
  const data = new Float64Array(2 ** 20);
  const big: Tensor = { data, shape: [2 ** 20] };
  const tensors: Record<string, Tensor> = {};
  for (let i = 0; i < 513; i++) tensors[`t${i}`] = big;
  assert.throws(() => saveSafetensors(tensors), /the data would exceed 4294967296 bytes/);
});

Deno.test("saveSafetensors writes BigInt64Array data as I64, strided views in row-major order", () => {
  const base = new BigInt64Array([-(2n ** 63n), 1n, 2n ** 53n + 1n, -1n, 2n ** 63n - 1n, 0n]);
  const m = { data: base, shape: [2, 3] };
  const t = { data: base, shape: [3, 2], strides: [1, 3], offset: 0 };
  const scalar = { data: new BigInt64Array([0n, 5n]), shape: [], strides: [], offset: 1 };
  const bytes = saveSafetensors({ m, t, scalar });
  const { tensors } = loadSafetensors(bytes);
  assert.equal(tensors.m.dtype, "I64");
  assert.deepEqual(tensors.m.data, base);
  assert.deepEqual(tensors.t.shape, [3, 2]);
  assert.deepEqual(
    tensors.t.data,
    new BigInt64Array([-(2n ** 63n), -1n, 1n, 2n ** 63n - 1n, 2n ** 53n + 1n, 0n]),
  );
  assert.deepEqual(tensors.scalar.shape, []);
  assert.deepEqual(tensors.scalar.data, new BigInt64Array([5n]));
  const header = new TextDecoder().decode(bytes.subarray(8, 8 + Number(bytes[0])));
  assert.match(header, /"scalar":\{"dtype":"I64","shape":\[\],"data_offsets":\[48,56\]\}/);
});
