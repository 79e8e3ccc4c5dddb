// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { Generator } from "./generator.ts";
import { engineOf } from "./generator.ts";
import { nextUint32 } from "./_mt19937.ts";
import { randpermKernel, RandpermPrefix, randpermPrefixes } from "./_randperm.ts";

/** Two engines seeded alike, both advanced by `skew` draws. */
function twins(seed: number, skew: number) {
  const a = engineOf(new Generator().manualSeed(seed));
  const b = engineOf(new Generator().manualSeed(seed));
  for (let i = 0; i < skew; i++) {
    nextUint32(a.mt);
    nextUint32(b.mt);
  }
  return [a, b];
}

Deno.test("RandpermPrefix: the prefix and the final state of randpermKernel", () => {
  // Sizes around the 624-word twist, prefixes from none to all, and engine
  // positions just before, at and after a twist.
  const sizes = [0, 1, 2, 3, 10, 623, 624, 625, 1024, 1249, 2000];
  const skews = [0, 1, 622, 623, 624, 1000];
  for (const n of sizes) {
    const ks = [...new Set([0, 1, 2, Math.ceil(0.1 * n), n >> 1, n - 2, n - 1, n])]
      .filter((k) => k >= 0 && k <= n);
    for (const k of ks) {
      for (const skew of skews) {
        const [a, b] = twins(n * 31 + k, skew);
        const prefix = new RandpermPrefix(n, k);
        // Several permutations in a row: the scratch must come back as the identity.
        for (let rep = 0; rep < 3; rep++) {
          const full = randpermKernel(n, a);
          const got = prefix.draw(b);
          const label = `n ${n}, k ${k}, skew ${skew}, rep ${rep}`;
          assert.deepEqual(Array.from(got), Array.from(full.subarray(0, k)), label);
          assert.equal(b.mt.left, a.mt.left, label);
          assert.equal(b.mt.next, a.mt.next, label);
          assert.deepEqual(b.mt.words, a.mt.words, label);
        }
      }
    }
  }
});

Deno.test("randpermPrefixes: the same prefixes and final state with and without WebAssembly", () => {
  const cases: [number, number, number][] = [
    [1024, 103, 40], // sparse_ at sparsity 0.1
    [700, 700, 3], // every entry: nothing skipped
    [700, 0, 5],
    [100, 30, 9], // 69 skipped: the WebAssembly path
    [100, 40, 9], // 59 skipped: below its threshold
    [20000, 1, 2], // more skipped draws than one kernel chunk
  ];
  for (const [n, k, count] of cases) {
    for (const skew of [0, 623, 1000]) {
      const [a, b] = twins(n + k, skew);
      const want: number[][] = [];
      const prefix = new RandpermPrefix(n, k);
      for (let c = 0; c < count; c++) want.push(Array.from(prefix.draw(a)));
      const got: number[][] = [];
      randpermPrefixes(n, k, count, b, (p, c) => {
        assert.equal(c, got.length);
        got.push(Array.from(p));
      });
      const label = `n ${n}, k ${k}, count ${count}, skew ${skew}`;
      assert.deepEqual(got, want, label);
      assert.equal(b.mt.left, a.mt.left, label);
      assert.equal(b.mt.next, a.mt.next, label);
      assert.deepEqual(b.mt.words, a.mt.words, label);
    }
  }
});
