// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { Tensor as OrtTensor } from "npm:onnxruntime-common@1.30.0";
import { empty, Generator, kaimingUniform, normal } from "../mod.ts";
import { fromOrtTensor, type OrtTensorConstructor, toOrtTensor } from "./onnxruntime.ts";

Deno.test("toOrtTensor shares memory with a contiguous tensor, float32 and float64", () => {
  for (const dtype of ["float32", "float64"] as const) {
    const t = normal(empty([2, 3, 4], { dtype }), { generator: new Generator().manualSeed(0) });
    const x = toOrtTensor(t);
    assert.ok(x instanceof OrtTensor);
    assert.equal(x.type, dtype);
    assert.deepEqual(x.dims, [2, 3, 4]);
    assert.equal(x.location, "cpu");
    assert.equal(x.data, t.data); // whole buffer: same object
    t.data[5] = 42;
    assert.equal((x.data as Float32Array | Float64Array)[5], 42);
  }
});

Deno.test("toOrtTensor with an offset shares a subarray; copy: true copies", () => {
  const data = new Float32Array([9, 1, 2, 3, 4, 9]);
  const x = toOrtTensor({ data, shape: [2, 2], offset: 1 });
  assert.deepEqual(Array.from(x.data as Float32Array), [1, 2, 3, 4]);
  data[1] = 10;
  assert.equal((x.data as Float32Array)[0], 10);
  const y = toOrtTensor({ data, shape: [2, 2], offset: 1 }, { copy: true });
  data[1] = 11;
  assert.equal((y.data as Float32Array)[0], 10);
  assert.notEqual((y.data as Float32Array).buffer, data.buffer);
});

Deno.test("toOrtTensor copies strided views in row-major order", () => {
  // A [2, 3, 4] float64 tensor holding 0..23 and a view of it built by hand.
  const base = empty([2, 3, 4], { dtype: "float64" });
  for (let i = 0; i < 24; i++) base.data[i] = i;
  // permute(2, 0, 1): shape [4, 2, 3], strides [1, 12, 4]; then [::2, :, 1:]: shape [2, 2, 2],
  // strides [2, 12, 4], offset 4.
  const view = { data: base.data, shape: [2, 2, 2], strides: [2, 12, 4], offset: 4 };
  const x = toOrtTensor(view);
  assert.equal(x.type, "float64");
  assert.ok(x.data instanceof Float64Array);
  assert.deepEqual(x.dims, [2, 2, 2]);
  const expected: number[] = [];
  for (let a = 0; a < 2; a++) {
    for (let b = 0; b < 2; b++) {
      for (let c = 0; c < 2; c++) expected.push(4 + 2 * a + 12 * b + 4 * c);
    }
  }
  assert.deepEqual(Array.from(x.data as Float64Array), expected);
  assert.notEqual((x.data as Float64Array).buffer, base.data.buffer);
  // A simple transpose.
  const m = { data: new Float32Array([1, 2, 3, 4, 5, 6]), shape: [3, 2], strides: [1, 3] };
  assert.deepEqual(Array.from(toOrtTensor(m).data as Float32Array), [1, 4, 2, 5, 3, 6]);
});

Deno.test("toOrtTensor handles 0-d and empty tensors", () => {
  const s = toOrtTensor({ data: new Float32Array([7]), shape: [] });
  assert.deepEqual(s.dims, []);
  assert.deepEqual(Array.from(s.data as Float32Array), [7]);
  const e = toOrtTensor({ data: new Float64Array(0), shape: [0, 3] });
  assert.deepEqual(e.dims, [0, 3]);
  assert.equal((e.data as Float64Array).length, 0);
});

Deno.test("round trips: ours → ort → ours and ort → ours → ort share one buffer", () => {
  const t = empty([3, 5]);
  kaimingUniform(t, { generator: new Generator().manualSeed(0) });
  const back = fromOrtTensor(toOrtTensor(t));
  assert.equal(back.data, t.data);
  assert.deepEqual(back.shape, [3, 5]);
  assert.deepEqual(back.strides, [5, 1]);
  assert.equal(back.offset, 0);

  const x = new OrtTensor("float64", new Float64Array([1, 2, 3, 4]), [2, 2]);
  const again = toOrtTensor(fromOrtTensor(x));
  assert.equal(again.type, "float64");
  assert.deepEqual(again.dims, [2, 2]);
  assert.equal(again.data, x.data);
});

Deno.test("fromOrtTensor: an in-place fill is visible through the ort tensor, bit for bit", () => {
  const x = new OrtTensor("float32", new Float32Array(20 * 30), [20, 30]);
  const init = { a: Math.sqrt(5) };
  const result = kaimingUniform(fromOrtTensor(x), {
    ...init,
    generator: new Generator().manualSeed(0),
  });
  assert.equal(result.data, x.data);
  const expected = kaimingUniform(empty([20, 30]), {
    ...init,
    generator: new Generator().manualSeed(0),
  });
  assert.deepEqual(
    new Uint32Array((x.data as Float32Array).buffer),
    new Uint32Array(expected.data.buffer),
  );
  // The ort tensor built from the float32 default constructor overload.
  const y = new OrtTensor(new Float32Array(4), [2, 2]);
  normal(fromOrtTensor(y), { generator: new Generator().manualSeed(0) });
  assert.ok((y.data as Float32Array).every((v) => v !== 0));
});

Deno.test("toOrtTensor accepts another Tensor class", () => {
  // The real class type-checks as OrtTensorConstructor and gives its instance type.
  const typed: OrtTensor = toOrtTensor(empty([2, 2]), { Tensor: OrtTensor });
  assert.deepEqual(typed.reshape([4]).dims, [4]);
  const made: unknown[][] = [];
  class Recorder {
    constructor(...args: unknown[]) {
      made.push(args);
    }
  }
  const r = toOrtTensor(empty([2]), { Tensor: Recorder as unknown as OrtTensorConstructor });
  assert.ok(r instanceof Recorder);
  assert.equal(made[0][0], "float32");
  assert.deepEqual(made[0][2], [2]);
});

Deno.test("refusals", () => {
  for (
    const x of [new OrtTensor("int32", new Int32Array(2), [2]), new OrtTensor("bool", [true], [1])]
  ) {
    assert.throws(
      () => fromOrtTensor(x),
      (e: unknown) =>
        e instanceof TypeError &&
        e.message.startsWith(
          'Cannot convert ONNX Runtime tensor: type must be "float32" or "float64"',
        ) &&
        !e.message.endsWith("."),
    );
  }
  assert.throws(() => fromOrtTensor(new OrtTensor("float16", new Uint16Array(2), [2])), TypeError);
  assert.throws(() => fromOrtTensor(null as never), TypeError);
  // Data off the CPU: refused before `.data` (which would throw a plain Error) is read.
  const gpu = {
    type: "float32",
    dims: [2],
    location: "gpu-buffer",
    get data(): never {
      throw new Error("The data is not on CPU");
    },
  };
  assert.throws(() => fromOrtTensor(gpu), /location "cpu" or "cpu-pinned"/);
  assert.throws(() => fromOrtTensor(gpu), TypeError);
  // Structural objects: mismatched data type and length.
  assert.throws(
    () => fromOrtTensor({ type: "float32", dims: [2], data: new Float64Array(2) }),
    TypeError,
  );
  assert.throws(
    () => fromOrtTensor({ type: "float64", dims: [2, 2], data: new Float64Array(3) }),
    RangeError,
  );
  assert.throws(
    () => fromOrtTensor({ type: "float64", dims: [-1], data: new Float64Array(0) }),
    RangeError,
  );
  // Invalid tensors for toOrtTensor.
  assert.throws(() => toOrtTensor({ data: new Int32Array(2) as never, shape: [2] }), TypeError);
  assert.throws(() => toOrtTensor({ data: new Float32Array(2), shape: [3] }), RangeError);
  assert.throws(
    () => toOrtTensor(empty([2]), { Tensor: 3 as never }),
    TypeError,
  );
});
