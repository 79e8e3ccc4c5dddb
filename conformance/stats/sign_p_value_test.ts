// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { signPValue } from "./sign_p_value.ts";

/** Exact P(X ≤ m), X ~ Binomial(n, 1/2), with BigInt binomials. */
function exactLowerTail(m: number, n: number): number {
  let c = 1n;
  let sum = 0n;
  for (let i = 0; i <= m; i++) {
    sum += c;
    c = (c * BigInt(n - i)) / BigInt(i + 1);
  }
  // Number(sum) rounds once; dividing by 2^n is exact.
  return Number(sum) / 2 ** n;
}

Deno.test("signPValue: equals the exact two-sided binomial tail", () => {
  for (const n of [1, 2, 5, 17, 48, 100]) {
    for (let k = 0; k <= n; k++) {
      const m = Math.min(k, n - k);
      const want = Math.min(1, 2 * exactLowerTail(m, n));
      const got = signPValue(k, n).pValue;
      assert.ok(Math.abs(got - want) <= 1e-12 * want + 1e-300, `n ${n} k ${k}: ${got} vs ${want}`);
    }
  }
  assert.ok(Math.abs(signPValue(48, 48).pValue / 2 ** -47 - 1) < 1e-12);
  assert.equal(signPValue(24, 48).pValue, 1);
});

Deno.test("signPValue: exact size — P(p ≤ t) ≤ t under the null, for every t", () => {
  const n = 48;
  const pmf = Array.from(
    { length: n + 1 },
    (_, k) => exactLowerTail(k, n) - (k ? exactLowerTail(k - 1, n) : 0),
  );
  for (const t of [1e-9, 1.8e-9, 1e-6, 1e-3, 0.05, 0.5]) {
    let size = 0;
    for (let k = 0; k <= n; k++) if (signPValue(k, n).pValue <= t) size += pmf[k];
    assert.ok(size <= t, `t ${t}: size ${size}`);
  }
});

Deno.test("signPValue: validation", () => {
  assert.throws(() => signPValue(1, 0), RangeError);
  assert.throws(() => signPValue(5, 4), /positives must be at most n = 4, received 5/);
  assert.throws(() => signPValue(-1, 4), RangeError);
  assert.throws(() => signPValue(1.5, 4), RangeError);
});
