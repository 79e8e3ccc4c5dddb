// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Every invalid call throws the documented error class, with a message that
 * names the argument and its value, and leaves the tensor and the generator
 * byte-identical.
 */
import {
  calculateFanInAndFanOut,
  calculateGain,
  constant,
  dirac,
  empty,
  eye,
  Generator,
  kaimingNormal,
  kaimingUniform,
  type Nonlinearity,
  normal,
  ones,
  orthogonal,
  sparse,
  type Tensor,
  truncNormal,
  uniform,
  xavierNormal,
  xavierUniform,
  zeros,
} from "../mod.ts";
import assert from "node:assert/strict";
import { assertThrowsUnchanged } from "./_test_util.ts";

type Cls = typeof TypeError | typeof RangeError;
const g = new Generator().manualSeed(5);
// Some draws so that the state is not a fresh seed.
normal(empty([3]), { generator: g });

function check(tensor: Tensor, call: () => unknown, cls: Cls, msg: RegExp): void {
  assertThrowsUnchanged(tensor, g, call, cls, msg);
}

Deno.test("rank errors", () => {
  const t1 = empty([6]);
  const t3 = empty([2, 3, 1]);
  const t2 = empty([2, 3]);
  check(
    t1,
    () => xavierUniform(t1, { generator: g }),
    TypeError,
    /at least 2 dimensions, received 1/,
  );
  check(
    t1,
    () => xavierNormal(t1, { generator: g }),
    TypeError,
    /at least 2 dimensions, received 1/,
  );
  check(
    t1,
    () => kaimingUniform(t1, { generator: g }),
    TypeError,
    /at least 2 dimensions, received 1/,
  );
  check(
    t1,
    () => kaimingNormal(t1, { generator: g }),
    TypeError,
    /at least 2 dimensions, received 1/,
  );
  check(t1, () => orthogonal(t1, { generator: g }), TypeError, /at least 2 dimensions, received 1/);
  check(t3, () => eye(t3), TypeError, /exactly 2 dimensions, received 3/);
  check(t1, () => eye(t1), TypeError, /exactly 2 dimensions, received 1/);
  check(t2, () => dirac(t2), TypeError, /3, 4 or 5 dimensions, received 2/);
  const t6 = empty([1, 1, 1, 1, 1, 1]);
  check(t6, () => dirac(t6), TypeError, /received 6/);
  check(t3, () => sparse(t3, 0.1, { generator: g }), TypeError, /exactly 2 dimensions, received 3/);
  assert.throws(() => calculateFanInAndFanOut({ shape: [4] }), TypeError);
  assert.throws(
    () => calculateFanInAndFanOut({ shape: [] }),
    /tensor must have at least 2 dimensions, received 0/,
  );
});

Deno.test("argument errors", () => {
  const t = empty([6, 4]);
  const w = empty([6, 3, 3]);
  check(
    w,
    () => dirac(w, { groups: 4 }),
    RangeError,
    /divisible by groups, received size 6 and groups 4/,
  );
  check(
    w,
    () => dirac(w, { groups: 0 }),
    RangeError,
    /groups must be a positive integer, received 0/,
  );
  check(w, () => dirac(w, { groups: 1.5 }), RangeError, /received 1\.5/);
  check(
    t,
    () => kaimingUniform(t, { mode: "fan_avg" as "fan_in", generator: g }),
    RangeError,
    /mode "fan_avg" not supported/,
  );
  check(
    t,
    () => kaimingNormal(t, { nonlinearity: "gelu" as Nonlinearity, generator: g }),
    RangeError,
    /unsupported nonlinearity "gelu"/,
  );
  check(
    t,
    () => kaimingUniform(t, { a: true as unknown as number, generator: g }),
    TypeError,
    /a must be a number, received boolean true/,
  );
  check(t, () => uniform(t, { a: 1, b: 0, generator: g }), RangeError, /received a=1 > b=0/);
  check(
    t,
    () => normal(t, { std: -1, generator: g }),
    RangeError,
    /std must be at least 0, received -1/,
  );
  check(
    t,
    () => truncNormal(t, { std: 0, generator: g }),
    RangeError,
    /std must be greater than 0, received 0/,
  );
  check(t, () => truncNormal(t, { a: 2, b: 1, generator: g }), RangeError, /received a=2 > b=1/);
  check(
    t,
    () => xavierUniform(t, { gain: -1, generator: g }),
    RangeError,
    /gain must be at least 0, received -1/,
  );
  check(
    t,
    () => sparse(t, 1.5, { generator: g }),
    RangeError,
    /sparsity must be in \[0, 1\], received 1\.5/,
  );
  check(t, () => sparse(t, -0.1, { generator: g }), RangeError, /received -0\.1/);
  check(
    t,
    () => sparse(t, 0.5, { std: -2, generator: g }),
    RangeError,
    /std must be at least 0, received -2/,
  );
  check(
    t,
    () => sparse(t, 0.5, { generatorForPermutations: 1 as unknown as boolean, generator: g }),
    TypeError,
    /generatorForPermutations must be a boolean/,
  );
  const z = empty([0, 0]);
  check(
    z,
    () => xavierUniform(z, { generator: g }),
    RangeError,
    /fanIn \+ fanOut must be positive/,
  );
  assert.throws(() => calculateGain("gelu" as Nonlinearity), /unsupported nonlinearity "gelu"/);
  assert.throws(() => calculateGain("leaky_relu", true as unknown as number), TypeError);
  assert.throws(
    () => calculateGain("leaky_relu", "0.1" as unknown as number),
    /negative_slope "0\.1"/,
  );
  assert.throws(() => calculateGain(3 as unknown as Nonlinearity), TypeError);
});

Deno.test("NaN and infinities are refused everywhere", () => {
  const t = empty([4, 4]);
  const calls: [() => unknown, RegExp][] = [
    [() => uniform(t, { a: NaN, generator: g }), /a must be finite, received NaN/],
    [() => uniform(t, { b: Infinity, generator: g }), /b must be finite, received Infinity/],
    [() => normal(t, { mean: -Infinity, generator: g }), /mean must be finite/],
    [() => truncNormal(t, { mean: NaN, generator: g }), /mean must be finite/],
    [() => truncNormal(t, { a: -Infinity, generator: g }), /a must be finite/],
    [() => truncNormal(t, { b: Infinity, generator: g }), /b must be finite/],
    [() => truncNormal(t, { std: NaN, generator: g }), /std must be finite/],
    [() => constant(t, NaN), /val must be finite, received NaN/],
    [() => constant(t, Infinity), /val must be finite/],
    [() => xavierUniform(t, { gain: NaN, generator: g }), /gain must be finite/],
    [() => xavierNormal(t, { gain: Infinity, generator: g }), /gain must be finite/],
    [() => kaimingUniform(t, { a: NaN, generator: g }), /a must be finite/],
    [() => kaimingNormal(t, { a: Infinity, generator: g }), /a must be finite/],
    [() => orthogonal(t, { gain: NaN, generator: g }), /gain must be finite/],
    [() => sparse(t, NaN, { generator: g }), /sparsity must be finite/],
    [() => sparse(t, 0.5, { std: Infinity, generator: g }), /std must be finite/],
  ];
  for (const [call, msg] of calls) check(t, call, RangeError, msg);
  assert.throws(() => calculateGain("leaky_relu", NaN), RangeError);
});

Deno.test("short data and integer arrays are refused by every initializer", () => {
  const short = { data: new Float32Array(5), shape: [2, 3] } as Tensor;
  const ints = { data: new Int32Array(6) as unknown as Float32Array, shape: [2, 3] } as Tensor;
  const fns: ((t: Tensor) => unknown)[] = [
    (t) => uniform(t, { generator: g }),
    (t) => normal(t, { generator: g }),
    (t) => truncNormal(t, { generator: g }),
    (t) => constant(t, 1),
    (t) => ones(t),
    (t) => zeros(t),
    (t) => eye(t),
    (t) => xavierUniform(t, { generator: g }),
    (t) => xavierNormal(t, { generator: g }),
    (t) => kaimingUniform(t, { generator: g }),
    (t) => kaimingNormal(t, { generator: g }),
    (t) => orthogonal(t, { generator: g }),
    (t) => sparse(t, 0.5, { generator: g }),
  ];
  for (const fn of fns) {
    check(short, () => fn(short), RangeError, /too short .* needs at least 6 elements, received 5/);
    check(
      ints,
      () => fn(ints),
      TypeError,
      /must be a Float32Array or Float64Array, received Int32Array/,
    );
  }
  const conv = { data: new Float32Array(5), shape: [2, 1, 3] } as Tensor;
  check(conv, () => dirac(conv), RangeError, /too short/);
});
