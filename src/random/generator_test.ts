// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { defaultGenerator, Generator, LEGACY_STATE_SIZE, STATE_SIZE } from "./generator.ts";
import { engineOf } from "./generator.ts";
import { nextUint32 } from "./_mt19937.ts";
import { manualSeed } from "./manual_seed.ts";
import { getRngState } from "./get_rng_state.ts";
import { setRngState } from "./set_rng_state.ts";
import { normalFill } from "./_normal.ts";
import { layoutOf } from "../_layout.ts";
import { empty } from "../tensor.ts";

function draws(g: Generator, n: number): number[] {
  const mt = engineOf(g).mt;
  return Array.from({ length: n }, () => nextUint32(mt));
}

Deno.test("MT19937 reference outputs (std::mt19937 and torch)", () => {
  assert.deepEqual(draws(new Generator().manualSeed(0), 5), [
    2357136044,
    2546248239,
    3071714933,
    3626093760,
    2588848963,
  ]);
  assert.equal(draws(new Generator().manualSeed(5489), 1)[0], 3499211612);
  // The 10000th output of std::mt19937 with the default seed 5489 is 4123659995 (C++ standard).
  assert.equal(draws(new Generator().manualSeed(5489), 10000)[9999], 4123659995);
});

Deno.test("only the low 32 bits of the seed reach the engine, all 64 are kept", () => {
  const a = new Generator().manualSeed(5);
  const b = new Generator().manualSeed(2n ** 32n + 5n);
  assert.deepEqual(draws(a, 700), draws(b, 700));
  assert.equal(b.initialSeed(), 2n ** 32n + 5n);
});

Deno.test("manualSeed accepts torch's range and wraps negatives", () => {
  const g = new Generator();
  assert.equal(g.manualSeed(-1).initialSeed(), 2n ** 64n - 1n);
  assert.equal(g.manualSeed(-(2n ** 63n)).initialSeed(), 2n ** 63n);
  assert.equal(g.manualSeed(2n ** 64n - 1n).initialSeed(), 2n ** 64n - 1n);
  assert.equal(g.manualSeed(2 ** 63).initialSeed(), 2n ** 63n);
  assert.equal(new Generator().initialSeed(), 67280421310721n);
});

Deno.test("manualSeed rejects bad seeds and leaves the generator unchanged", () => {
  const g = new Generator().manualSeed(11);
  draws(g, 3);
  const before = g.getState();
  const bad: [unknown, typeof TypeError | typeof RangeError, RegExp][] = [
    [NaN, TypeError, /seed must be an integer, received NaN/],
    [1.5, TypeError, /received 1\.5/],
    ["7", TypeError, /received string "7"/],
    [2 ** 64, RangeError, /received 18446744073709551616/],
    [-(2n ** 63n) - 1n, RangeError, /\[-2\^63, 2\^64 - 1\]/],
    [Infinity, TypeError, /Infinity/],
    [null, TypeError, /null/],
  ];
  for (const [seed, cls, msg] of bad) {
    assert.throws(() => g.manualSeed(seed as number), (e: unknown) => {
      assert.ok(e instanceof cls, `${String(seed)}: wrong class ${(e as Error).name}`);
      assert.match((e as Error).message, msg);
      return true;
    });
    assert.deepEqual(g.getState(), before);
  }
});

Deno.test("state bytes: layout, header fields and round trip", () => {
  const g = new Generator().manualSeed(7);
  const s0 = g.getState();
  assert.equal(s0.length, STATE_SIZE);
  const v = new DataView(s0.buffer);
  assert.equal(v.getBigUint64(0, true), 7n);
  assert.equal(v.getInt32(8, true), 1); // left
  assert.equal(v.getInt32(12, true), 1); // seeded
  assert.equal(v.getBigUint64(16, true), 0n); // next
  assert.equal(v.getUint32(24, true), 7); // first MT word
  assert.equal(v.getUint32(28, true), 0); // widened to 64 bits
  // torch: manual_seed(7); randn(1) leaves left 621, next 4 and the cached sine sample.
  const t = empty([1]);
  normalFill(layoutOf(t, "test"), 0, 1, engineOf(g), "avx2");
  const s1 = new DataView(g.getState().buffer);
  assert.equal(s1.getInt32(8, true), 621);
  assert.equal(s1.getBigUint64(16, true), 4n);
  assert.equal(s1.getFloat64(5024, true), 0.7861412987235358);
  assert.equal(s1.getInt32(5040, true), 1);
  const copy = new Generator().setState(g.getState());
  assert.deepEqual(copy.getState(), g.getState());
  assert.deepEqual(draws(copy, 1000), draws(g, 1000));
});

Deno.test("setState accepts torch's 5048-byte legacy format", () => {
  const g = new Generator().manualSeed(3);
  draws(g, 10);
  const legacy = g.getState().slice(0, LEGACY_STATE_SIZE);
  const h = new Generator().setState(legacy);
  assert.deepEqual(draws(h, 50), draws(g, 50));
});

Deno.test("setState validates before changing anything", () => {
  const g = new Generator().manualSeed(9);
  const good = g.getState();
  const before = g.getState();
  const mutate = (f: (v: DataView) => void) => {
    const b = good.slice();
    f(new DataView(b.buffer));
    return b;
  };
  const bad: [unknown, typeof TypeError | typeof RangeError, RegExp][] = [
    [new Uint8Array(5055), RangeError, /received 5055/],
    [new Uint8Array(0), RangeError, /received 0/],
    [Array.from(good), TypeError, /must be a Uint8Array, received Array/],
    [new Int8Array(5056), TypeError, /received Int8Array/],
    [mutate((v) => v.setInt32(8, 0, true)), RangeError, /left must be in \[1, 624\], received 0/],
    [mutate((v) => v.setInt32(8, 625, true)), RangeError, /left .* received 625/],
    [mutate((v) => v.setInt32(8, -3, true)), RangeError, /received -3/],
    [
      mutate((v) => v.setUint32(16, 625, true)),
      RangeError,
      /next must be in \[0, 624\], received 625/,
    ],
    [mutate((v) => v.setInt32(12, 0, true)), RangeError, /seeded is 0/],
  ];
  g.manualSeed(1234);
  draws(g, 17);
  const mid = g.getState();
  for (const [state, cls, msg] of bad) {
    assert.throws(() => g.setState(state as Uint8Array), (e: unknown) => {
      assert.ok(e instanceof cls, `wrong class ${(e as Error).name}: ${(e as Error).message}`);
      assert.match((e as Error).message, msg);
      return true;
    });
    assert.deepEqual(g.getState(), mid);
  }
  assert.notDeepEqual(before, mid);
});

Deno.test("seed() is non-deterministic, 64-bit, and resets the stream", () => {
  const g = new Generator();
  const seeds = new Set([g.seed(), g.seed(), g.seed(), g.seed()]);
  assert.equal(seeds.size, 4);
  const s = g.seed();
  assert.equal(g.initialSeed(), s);
  assert.deepEqual(draws(g, 5), draws(new Generator().manualSeed(s), 5));
});

Deno.test("manualSeed/getRngState/setRngState act on the default generator", () => {
  assert.equal(manualSeed(5), defaultGenerator);
  const s = getRngState();
  const a = draws(defaultGenerator, 3);
  setRngState(s);
  assert.deepEqual(draws(defaultGenerator, 3), a);
  assert.equal(manualSeed(0n).initialSeed(), 0n);
});
