// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { ksTwoSampleK, ksTwoSamplePValue } from "./_ks_two_sample.ts";

/** P(n·D ≥ k) by enumerating every interleaving of two size-n samples. */
function bruteForce(n: number, k: number): number {
  let hits = 0;
  let total = 0;
  const walk = (i: number, j: number, maxGap: number) => {
    if (i === n && j === n) {
      total++;
      if (maxGap >= k) hits++;
      return;
    }
    if (i < n) walk(i + 1, j, Math.max(maxGap, Math.abs(i + 1 - j)));
    if (j < n) walk(i, j + 1, Math.max(maxGap, Math.abs(i - j - 1)));
  };
  walk(0, 0, 0);
  return hits / total;
}

Deno.test("two-sample KS p-values equal exhaustive enumeration for n <= 8", () => {
  for (let n = 1; n <= 8; n++) {
    for (let k = 0; k <= n + 1; k++) {
      const want = k <= 0 ? 1 : k > n ? 0 : bruteForce(n, k);
      assert.ok(Math.abs(ksTwoSamplePValue(n, k) - want) < 1e-12, `n=${n} k=${k}`);
    }
  }
});

Deno.test("two-sample KS statistic: identical samples give 0, separated give n, ties together", () => {
  assert.equal(ksTwoSampleK([1, 2, 3], [3, 2, 1]), 0);
  assert.equal(ksTwoSampleK([1, 2, 3], [4, 5, 6]), 3);
  assert.equal(ksTwoSampleK([1, 1, 2, 2], [1, 2, 2, 2]), 1);
  assert.throws(() => ksTwoSampleK([1], [1, 2]), RangeError);
});

Deno.test("two-sample KS catches a bound off by a factor 2 at n = 512 far below 1e-9", () => {
  let s = 7;
  const u = () => ((s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const a = Array.from({ length: 512 }, () => 2 * u() - 1);
  const b = Array.from({ length: 512 }, () => 2 * (2 * u() - 1));
  assert.ok(ksTwoSamplePValue(512, ksTwoSampleK(a, b)) < 1e-9);
  const c = Array.from({ length: 512 }, () => 2 * u() - 1);
  assert.ok(ksTwoSamplePValue(512, ksTwoSampleK(a, c)) > 1e-6);
});
