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
