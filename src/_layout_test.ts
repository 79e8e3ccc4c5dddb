// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { forEachIndex, iterationPlan, layoutOf } from "./_layout.ts";
import type { Tensor } from "./tensor.ts";

function order(t: Tensor): number[] {
  const out: number[] = [];
  forEachIndex(layoutOf(t, "test"), (i) => out.push(i));
  return out;
}

Deno.test("contiguity follows torch's rule (size-1 dims ignored)", () => {
  const data = new Float32Array(48);
  assert.ok(layoutOf({ data, shape: [8, 1, 6], strides: [6, 6, 1] }, "t").contiguous);
  assert.ok(layoutOf({ data, shape: [1, 8, 6], strides: [6, 6, 1] }, "t").contiguous);
  assert.ok(!layoutOf({ data, shape: [6, 8], strides: [1, 6] }, "t").contiguous);
  assert.ok(layoutOf({ data, shape: [0, 3], strides: [7, 9] }, "t").contiguous);
  assert.ok(layoutOf({ data, shape: [20], offset: 3 }, "t").contiguous);
});

Deno.test("iteration visits dense permutations in memory order", () => {
  const data = new Float32Array(35);
  // base[5,7].t()
  assert.deepEqual(order({ data, shape: [7, 5], strides: [1, 7] }), [...Array(35).keys()]);
  const d3 = new Float32Array(120);
  // base[4,5,6].permute(2,0,1)
  assert.deepEqual(order({ data: d3, shape: [6, 4, 5], strides: [1, 30, 6] }), [
    ...Array(120).keys(),
  ]);
  // Coalesced into one dimension.
  assert.deepEqual(
    iterationPlan(layoutOf({ data: d3, shape: [6, 4, 5], strides: [1, 30, 6] }, "t")),
    [
      [120],
      [1],
    ],
  );
});

Deno.test("iteration over strided slices is row-major by stride", () => {
  const data = new Float32Array(200);
  // base[10,20][:, ::2]
  const got = order({ data, shape: [10, 10], strides: [20, 2] });
  assert.deepEqual(got.slice(0, 12), [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22]);
  assert.equal(got.length, 100);
});

Deno.test("layoutOf rejects short data, negative strides, overlap and integer arrays", () => {
  const data = new Float32Array(10);
  assert.throws(
    () => layoutOf({ data, shape: [3, 4] }, "Op"),
    /Op: tensor.data is too short .* needs at least 12 elements, received 10/,
  );
  assert.throws(() => layoutOf({ data, shape: [2], offset: 9 }, "Op"), RangeError);
  assert.throws(() => layoutOf({ data, shape: [2], strides: [-1] }, "Op"), RangeError);
  assert.throws(() => layoutOf({ data, shape: [2, 2], strides: [1] }, "Op"), TypeError);
  assert.throws(() => layoutOf({ data, shape: [3], strides: [0] }, "Op"), /single memory location/);
  assert.throws(
    () => layoutOf({ data: new Int32Array(4) as unknown as Float32Array, shape: [4] }, "Op"),
    /must be a Float32Array or Float64Array, received Int32Array/,
  );
  assert.throws(() => layoutOf({ data, shape: [1.5] }, "Op"), RangeError);
  assert.throws(() => layoutOf({ data, shape: [2], offset: -1 }, "Op"), RangeError);
});
