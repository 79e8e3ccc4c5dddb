// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { uniformCdf } from "./uniform_cdf.ts";

Deno.test("uniformCdf: values, limits and validation", () => {
  assert.equal(uniformCdf(0.3), 0.3);
  assert.equal(uniformCdf(-0.5, -1, 1), 0.25);
  assert.equal(uniformCdf(-1, -1, 1), 0);
  assert.equal(uniformCdf(1, -1, 1), 1);
  assert.equal(uniformCdf(-Infinity, -1, 1), 0);
  assert.equal(uniformCdf(Infinity, -1, 1), 1);
  assert.ok(Number.isNaN(uniformCdf(NaN)));
  assert.throws(() => uniformCdf(0, 1, 1), RangeError);
  assert.throws(() => uniformCdf(0, 2, 1), RangeError);
  assert.throws(() => uniformCdf(0, -Infinity, 1), RangeError);
  assert.throws(() => uniformCdf(0, 0, NaN), RangeError);
});
