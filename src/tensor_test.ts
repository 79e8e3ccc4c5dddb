// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { empty } from "./tensor.ts";

Deno.test("empty creates contiguous zero-filled tensors", () => {
  const t = empty([2, 3, 4]);
  assert.ok(t.data instanceof Float32Array);
  assert.equal(t.data.length, 24);
  assert.deepEqual(t.strides, [12, 4, 1]);
  assert.equal(t.offset, 0);
  assert.ok(t.data.every((x) => x === 0));
  assert.ok(empty([3], { dtype: "float64" }).data instanceof Float64Array);
  assert.equal(empty([]).data.length, 1);
  assert.equal(empty([0, 5]).data.length, 0);
});

Deno.test("empty rejects bad shapes and dtypes with named arguments", () => {
  assert.throws(() => empty([2, -1]), /shape\[1\] must be a non-negative integer, received -1/);
  assert.throws(() => empty([2.5]), RangeError);
  assert.throws(() => empty(["3" as unknown as number]), TypeError);
  assert.throws(() => empty(5 as unknown as number[]), TypeError);
  assert.throws(
    () => empty([2], { dtype: "int32" as "float32" }),
    /dtype must be "float32", "float64", "float16" or "bfloat16", received "int32"/,
  );
});

Deno.test("empty creates half tensors as Uint16Array bits with their dtype", () => {
  for (const dtype of ["float16", "bfloat16"] as const) {
    const t = empty([2, 3], { dtype });
    assert.ok(t.data instanceof Uint16Array);
    assert.equal(t.dtype, dtype);
    assert.equal(t.data.length, 6);
    assert.deepEqual(t.strides, [3, 1]);
    assert.equal(t.offset, 0);
  }
});

Deno.test("empty: shared: true puts the data on a SharedArrayBuffer, every dtype", () => {
  for (const dtype of ["float32", "float64"] as const) {
    const t = empty([3, 5], { dtype, shared: true });
    assert.ok(t.data.buffer instanceof SharedArrayBuffer);
    assert.equal(t.data.length, 15);
    assert.equal(t.data.byteOffset, 0);
    assert.ok(t.data instanceof (dtype === "float32" ? Float32Array : Float64Array));
    assert.deepEqual(t.strides, [5, 1]);
    assert.ok(t.data.every((x) => x === 0));
    assert.ok(empty([2], { dtype, shared: false }).data.buffer instanceof ArrayBuffer);
  }
  const h = empty([4], { dtype: "bfloat16", shared: true });
  assert.ok(h.data instanceof Uint16Array && h.data.buffer instanceof SharedArrayBuffer);
  assert.equal(h.dtype, "bfloat16");
  assert.ok(empty([0], { shared: true }).data.buffer instanceof SharedArrayBuffer);
});

Deno.test("empty: shared must be a boolean, and needs SharedArrayBuffer", () => {
  assert.throws(
    () => empty([2], { shared: 1 as unknown as boolean }),
    (e) => e instanceof TypeError && /shared must be a boolean, received 1/.test(e.message),
  );
  const g = globalThis as { SharedArrayBuffer?: unknown };
  const saved = g.SharedArrayBuffer;
  delete g.SharedArrayBuffer;
  try {
    assert.throws(
      () => empty([2], { shared: true }),
      (e) => e instanceof TypeError && /needs SharedArrayBuffer/.test(e.message),
    );
    assert.ok(empty([2]).data instanceof Float32Array);
  } finally {
    g.SharedArrayBuffer = saved;
  }
});
