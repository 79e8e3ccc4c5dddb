// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { uniform } from "./uniform.ts";
import { empty } from "../tensor.ts";
import { Generator } from "../random/generator.ts";
import { setCpuCapability } from "../random/capability.ts";
import { assertThrowsUnchanged, usedGenerator } from "./_test_util.ts";

Deno.test("uniform fills in place, returns its argument, respects bounds", () => {
  const g = new Generator().manualSeed(1);
  const t = empty([1000]);
  assert.equal(uniform(t, { a: -2, b: 3, generator: g }), t);
  assert.ok(t.data.every((x) => x >= -2 && x < 3));
  const z = empty([5]);
  uniform(z, { a: 2, b: 2, generator: g });
  assert.ok(z.data.every((x) => x === 2));
});

Deno.test("uniform: the avx2 build fuses x*range+from, the default build does not", () => {
  const bound = 1 / Math.sqrt(3);
  const run = (cap: "avx2" | "default") => {
    setCpuCapability(cap);
    try {
      return uniform(empty([2000]), {
        a: -bound,
        b: bound,
        generator: new Generator().manualSeed(0),
      });
    } finally {
      setCpuCapability("avx2");
    }
  };
  const a = run("avx2").data;
  const d = run("default").data;
  let differ = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== d[i]) {
      differ++;
      // One float32 ulp apart at most.
      assert.ok(Math.abs(a[i] - d[i]) <= 2 ** -24, `${a[i]} vs ${d[i]}`);
    }
  }
  assert.ok(differ > 600 && differ < 1400, `${differ} of 2000 differ`);
});

Deno.test("uniform validates before writing or drawing", () => {
  const g = usedGenerator(4);
  const t = empty([6]);
  const cases: [() => unknown, typeof TypeError | typeof RangeError, RegExp][] = [
    [
      () => uniform(t, { a: 1, b: 0, generator: g }),
      RangeError,
      /a must not exceed b, received a=1 > b=0/,
    ],
    [() => uniform(t, { a: NaN, generator: g }), RangeError, /a must be finite, received NaN/],
    [
      () => uniform(t, { b: Infinity, generator: g }),
      RangeError,
      /b must be finite, received Infinity/,
    ],
    [
      () => uniform(t, { a: "0" as unknown as number, generator: g }),
      TypeError,
      /a must be a number/,
    ],
    [() => uniform(t, { a: -1e39, b: 0, generator: g }), RangeError, /out of bounds for float32/],
    [() => uniform(t, { a: -3e38, b: 3e38, generator: g }), RangeError, /b - a must not exceed/],
    [() => uniform(t, { generator: {} as Generator }), TypeError, /generator must be a Generator/],
    [() => uniform({ data: t.data, shape: [7] }, { generator: g }), RangeError, /too short/],
    [() => uniform(t, 5 as unknown as undefined), TypeError, /options must be an object/],
  ];
  for (const [call, cls, msg] of cases) assertThrowsUnchanged(t, g, call, cls, msg);
});
