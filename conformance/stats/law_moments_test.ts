// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { lawMoments } from "./law_moments.ts";
import { assertAbs, assertRel } from "./_test_util.ts";

// [mean, std, a, b, E[X], Var X, μ₄] for N(mean, std²) on [a, b], from
// mpmath: 60-digit quadrature of the density over 400 panels.
const TRUNCATED: [number, number, number, number, number, number, number][] = [
  [0, 1, -2, 2, 0, 0.77374130354992324718, 1.4161891248494627303],
  [0, 0.02, -2, 2, 0, 0.00040000000000000001665, 4.8000000000000003997e-7],
  [0, 1, -1, 3, 0.28278611072715400772, 0.61614173535782929613, 1.0607560889524120845],
  [1, 2, 0, 10, 2.0182796395489760876, 1.9443646169006297393, 12.732006158719189604],
  [3, 0.5, 2, 3.2, 2.751625354298761414, 0.087432271439282538665, 0.018069047706619813191],
  [0, 1, -Infinity, 0.5, -0.50916043383703348583, 0.48617543569636710323, 0.79726746475285470627],
  [0, 1, 1, Infinity, 1.5251352761609812091, 0.19909766557034879155, 0.19809462498743298129],
  // Narrow or far-tail intervals (E[Y²] < 0.1: the quadrature path).
  [0, 1, 2, 3, 2.3158213267437818381, 0.061520779574489969895, 0.010436930176985626557],
  [0, 1, 0.5, 1.5, 0.9206446052220353236, 0.076942097942449192132, 0.011762174639969297575],
  [0, 1, -5, -4, -4.2168307806010247024, 0.038290287329119242853, 0.0066235197381694786546],
  [0, 1, 30, 31, 30.033259667433622166, 0.0011037715118351792254, 0.000010900871807326925151],
  [0, 1, -41, -40, -40.024968847207263721, 0.00062266837859127361738, 3.4779177729822088415e-6],
  [0, 1, -0.001, 0.001, 0, 3.3333328888889101917e-7, 1.999999619047644611e-13],
];

Deno.test("lawMoments: truncated normal against 60-digit quadrature", () => {
  for (const [mean, std, a, b, m, v, m4] of TRUNCATED) {
    const got = lawMoments({ kind: "truncNormal", mean, std, a, b });
    const what = `N(${mean}, ${std}²) on [${a}, ${b}]`;
    assertAbs(got.mean, m, 4e-15 * Math.max(1, Math.abs(m)), `${what} mean`);
    assertRel(got.variance, v, 2e-13, `${what} variance`);
    assertRel(got.fourthCentralMoment, m4, 2e-12, `${what} μ₄`);
  }
});

Deno.test("lawMoments: normal and uniform closed forms", () => {
  assert.deepEqual(lawMoments({ kind: "normal", mean: -1, std: 0.5 }), {
    mean: -1,
    variance: 0.25,
    fourthCentralMoment: 3 * 0.0625,
  });
  assert.deepEqual(lawMoments({ kind: "uniform", a: -3, b: 1 }), {
    mean: -1,
    variance: 16 / 12,
    fourthCentralMoment: 256 / 80,
  });
});

Deno.test("lawMoments: truncated normal tends to the normal and to the uniform", () => {
  // Bounds at ±∞ and at ±40 std: the normal's moments.
  for (const [a, b] of [[-Infinity, Infinity], [-40, 40]]) {
    const t = lawMoments({ kind: "truncNormal", mean: 2, std: 3, a: 2 + 3 * a, b: 2 + 3 * b });
    assertAbs(t.mean, 2, 1e-15);
    assertRel(t.variance, 9, 1e-15);
    assertRel(t.fourthCentralMoment, 3 * 81, 1e-15);
  }
  // A window of width w around the mean: the uniform's w²/12 and w⁴/80, up
  // to the curvature of φ (relative O(w²)).
  const w = 1e-4;
  const t = lawMoments({ kind: "truncNormal", mean: 0, std: 1, a: -w / 2, b: w / 2 });
  assertRel(t.variance, (w * w) / 12, 1e-9);
  assertRel(t.fourthCentralMoment, (w ** 4) / 80, 1e-9);
});

Deno.test("lawMoments: recursion and quadrature agree where they meet", () => {
  // E[Y²] crosses 0.1 (the switch) for intervals [c, c + 1] near c ≈ 0.3;
  // sweep c through it: the moments must be continuous.
  let previous = lawMoments({ kind: "truncNormal", mean: 0, std: 1, a: -0.5, b: 0.5 });
  for (let c = -0.5; c <= 1; c += 0.01) {
    const next = lawMoments({ kind: "truncNormal", mean: 0, std: 1, a: c, b: c + 1 });
    assert.ok(Math.abs(next.variance / previous.variance - 1) < 2e-3, `variance jumps at c = ${c}`);
    previous = next;
  }
});

Deno.test("lawMoments: validation", () => {
  assert.throws(() => lawMoments({ kind: "normal", mean: 0, std: 0 }), RangeError);
  assert.throws(() => lawMoments({ kind: "uniform", a: 1, b: 1 }), RangeError);
  assert.throws(
    () => lawMoments({ kind: "truncNormal", mean: 0, std: 1, a: 1, b: -1 }),
    RangeError,
  );
  // @ts-expect-error: an unknown law
  assert.throws(() => lawMoments({ kind: "laplace", mean: 0, std: 1 }), TypeError);
});
