// Copyright 2026 the torch-parity authors. MIT license.
// int64 tensors (`Tensor<BigInt64Array>`): the layout checks accept them where
// they are meant to (anyLayoutOf), and every initializer still refuses them
// with its own message, before anything is drawn.
import assert from "node:assert/strict";
import type { Tensor } from "./tensor.ts";
import { anyLayoutOf, forEachRowMajor, layoutOf } from "./_layout.ts";
import { getRngState } from "./random/get_rng_state.ts";
import { manualSeed } from "./random/manual_seed.ts";
import * as init from "./mod.ts";

const int64 = (): Tensor<BigInt64Array> => ({ data: new BigInt64Array(12), shape: [3, 4] });

Deno.test("anyLayoutOf accepts BigInt64Array data; layoutOf keeps refusing it", () => {
  const t: Tensor<BigInt64Array> = {
    data: new BigInt64Array([1n, 2n, 3n, 4n, 5n, 6n]),
    shape: [3, 2],
    strides: [1, 3],
  };
  const l = anyLayoutOf(t, "What");
  assert.equal(l.dtype, "int64");
  assert.equal(l.contiguous, false);
  const seen: bigint[] = [];
  forEachRowMajor(l, (i) => seen.push(t.data[i]));
  assert.deepEqual(seen, [1n, 4n, 2n, 5n, 3n, 6n]);
  assert.throws(
    () => layoutOf(t as unknown as Tensor, "What"),
    new TypeError(
      "What: tensor.data must be a Float32Array or Float64Array, received BigInt64Array",
    ),
  );
  assert.throws(
    () => anyLayoutOf({ data: new Int32Array(1) as unknown as BigInt64Array, shape: [1] }, "What"),
    /tensor.data must be a Float32Array, Float64Array or BigInt64Array, received Int32Array/,
  );
});

Deno.test("every initializer refuses an int64 tensor with its usual message, drawing nothing", () => {
  manualSeed(1);
  const before = getRngState();
  const calls: Array<[string, (t: Tensor) => unknown]> = [
    ["uniform", (t) => init.uniform(t)],
    ["normal", (t) => init.normal(t)],
    ["truncNormal", (t) => init.truncNormal(t)],
    ["constant", (t) => init.constant(t, 1)],
    ["ones", (t) => init.ones(t)],
    ["zeros", (t) => init.zeros(t)],
    ["eye", (t) => init.eye(t)],
    ["dirac", (t) => init.dirac(t)],
    ["xavierUniform", (t) => init.xavierUniform(t)],
    ["xavierNormal", (t) => init.xavierNormal(t)],
    ["kaimingUniform", (t) => init.kaimingUniform(t)],
    ["kaimingNormal", (t) => init.kaimingNormal(t)],
    ["orthogonal", (t) => init.orthogonal(t)],
    ["sparse", (t) => init.sparse(t, 0.5)],
  ];
  for (const [name, call] of calls) {
    assert.throws(
      () => call(int64() as unknown as Tensor),
      (e: unknown) =>
        e instanceof TypeError &&
        /tensor\.data must be a Float32Array or Float64Array, received BigInt64Array$/.test(
          e.message,
        ),
      name,
    );
  }
  assert.deepEqual(getRngState(), before);
});
