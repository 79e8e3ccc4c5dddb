// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { normal } from "./normal.ts";
import { empty } from "../tensor.ts";
import { Generator } from "../random/generator.ts";
import { assertThrowsUnchanged, usedGenerator } from "./_test_util.ts";

Deno.test("normal: two calls of 7 reproduce one call of 14 (scalar path), not at 8/16", () => {
  // torch issue #80202: below 16 elements the cached sample carries over.
  const g = new Generator().manualSeed(0);
  const a = [
    ...normal(empty([7]), { generator: g }).data,
    ...normal(empty([7]), { generator: g }).data,
  ];
  const b = normal(empty([14]), { generator: new Generator().manualSeed(0) }).data;
  assert.deepEqual(a, Array.from(b));
  const h = new Generator().manualSeed(0);
  const c = [
    ...normal(empty([8]), { generator: h }).data,
    ...normal(empty([8]), { generator: h }).data,
  ];
  const d = normal(empty([16]), { generator: new Generator().manualSeed(0) }).data;
  assert.notDeepEqual(c, Array.from(d));
});

Deno.test("normal with std 0 gives the mean exactly", () => {
  const t = normal(empty([20], { dtype: "float64" }), {
    mean: -1,
    std: 0,
    generator: new Generator(),
  });
  assert.ok(t.data.every((x) => x === -1));
});

Deno.test("normal validates before writing or drawing", () => {
  const g = usedGenerator(8);
  const t = empty([20]);
  const cases: [() => unknown, typeof TypeError | typeof RangeError, RegExp][] = [
    [() => normal(t, { std: -1, generator: g }), RangeError, /std must be at least 0, received -1/],
    [() => normal(t, { mean: NaN, generator: g }), RangeError, /mean must be finite, received NaN/],
    [() => normal(t, { std: -Infinity, generator: g }), RangeError, /std must be finite/],
    [
      () => normal(t, { std: true as unknown as number, generator: g }),
      TypeError,
      /std must be a number/,
    ],
    [() => normal({ data: t.data, shape: [4, 6] }, { generator: g }), RangeError, /too short/],
  ];
  for (const [call, cls, msg] of cases) assertThrowsUnchanged(t, g, call, cls, msg);
});
