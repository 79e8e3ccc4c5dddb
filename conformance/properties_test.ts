// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Property-based tests (fast-check) of this library over arbitrary shapes,
 * dtypes, parameters and seeds. The fast-check seed is fixed (override with
 * FC_SEED=<n>); a failure prints the seed and the counterexample path, so it
 * can be replayed with `fc.assert(..., { seed, path })`.
 */
import fc from "npm:fast-check@4.11.0";
import assert from "node:assert/strict";
import process from "node:process";
import {
  dirac,
  empty,
  eye,
  Generator,
  kaimingUniform,
  normal,
  orthogonal,
  sparse,
  type Tensor,
  truncNormal,
  uniform,
  xavierUniform,
} from "../src/mod.ts";
import { engineOf } from "../src/random/generator.ts";
import { nextUint32 } from "../src/random/_mt19937.ts";
import { orthogonalityError } from "./levels/structure.ts";

const SEED = Number(process.env.FC_SEED ?? 20261128);
const params = (numRuns: number) => ({ seed: SEED, numRuns, verbose: 1 as const });

const shapeArb = fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 });
const dtypeArb = fc.constantFrom("float32" as const, "float64" as const);
const seedArb = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 64n - 1n });

/** Bytes of the state without the cached normal sample fields. */
function mtState(g: Generator): Uint8Array {
  return g.getState().slice(0, 5016);
}

/** A generator advanced by `draws` raw 32-bit draws from `seed`. */
function advanced(seed: bigint, draws: number): Generator {
  const g = new Generator().manualSeed(seed);
  const mt = engineOf(g).mt;
  for (let i = 0; i < draws; i++) nextUint32(mt);
  return g;
}

Deno.test("property: the same seed gives the same bits, another state other bits", () => {
  fc.assert(
    fc.property(shapeArb, dtypeArb, seedArb, fc.boolean(), (shape, dtype, seed, useNormal) => {
      const fill = (g: Generator) => {
        const t = empty(shape, { dtype });
        return useNormal ? normal(t, { generator: g }).data : uniform(t, { generator: g }).data;
      };
      const a = fill(new Generator().manualSeed(seed));
      const b = fill(new Generator().manualSeed(seed));
      assert.deepEqual(new Uint8Array(a.buffer), new Uint8Array(b.buffer));
      if (a.length >= 2) {
        const g = new Generator().manualSeed(seed);
        nextUint32(engineOf(g).mt); // same seed, then one extra draw
        const c = fill(g);
        assert.notDeepEqual(new Uint8Array(a.buffer), new Uint8Array(c.buffer));
      }
    }),
    params(200),
  );
});

Deno.test("property: fills work in place and return their argument", () => {
  fc.assert(
    fc.property(shapeArb.filter((s) => s.length >= 2), dtypeArb, (shape, dtype) => {
      const g = new Generator();
      for (
        const fn of [
          (t: Tensor) => uniform(t, { generator: g }),
          (t: Tensor) => normal(t, { generator: g }),
          (t: Tensor) => truncNormal(t, { generator: g }),
          (t: Tensor) => xavierUniform(t, { generator: g }),
          (t: Tensor) => kaimingUniform(t, { generator: g }),
        ]
      ) {
        const t = empty(shape, { dtype });
        const data = t.data;
        assert.equal(fn(t), t);
        assert.equal(t.data, data);
      }
    }),
    params(100),
  );
});

Deno.test("property: draws consumed follow torch's rule for each kernel and size", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 300 }), dtypeArb, seedArb, (n, dtype, seed) => {
      const per = dtype === "float32" ? 1 : 2;
      // uniform_: one (float32) or two (float64) 32-bit draws per element.
      const g = new Generator().manualSeed(seed);
      uniform(empty([n], { dtype }), { generator: g });
      assert.deepEqual(mtState(g), mtState(advanced(seed, n * per)));
      // normal_: fill path for n >= 16 (n uniforms, plus 16 more if n % 16 != 0),
      // scalar path below (4 draws per pair of outputs).
      const h = new Generator().manualSeed(seed);
      normal(empty([n], { dtype }), { generator: h });
      const draws = n >= 16 ? (n + (n % 16 ? 16 : 0)) * per : 4 * Math.ceil(n / 2);
      assert.deepEqual(mtState(h), mtState(advanced(seed, draws)));
      // The scalar path leaves the second sample cached when n is odd.
      const cached = new DataView(h.getState().buffer).getInt32(5040, true);
      assert.equal(cached, n < 16 && n % 2 === 1 ? 1 : 0);
    }),
    params(150),
  );
});

Deno.test("property: invalid input throws the right class and changes nothing", () => {
  const bad = fc.oneof(
    fc.record({ kind: fc.constant("nan" as const), v: fc.constantFrom(NaN, Infinity, -Infinity) }),
    fc.record({
      kind: fc.constant("negstd" as const),
      v: fc.double({ min: -1e6, max: -1e-300, noNaN: true }),
    }),
    fc.record({
      kind: fc.constant("range" as const),
      v: fc.double({ min: 1e-9, max: 1e6, noNaN: true }),
    }),
    fc.record({
      kind: fc.constant("sparsity" as const),
      v: fc.double({ min: 1.0000001, max: 1e9, noNaN: true }),
    }),
    fc.record({ kind: fc.constant("rank" as const), v: fc.constant(0) }),
  );
  fc.assert(
    fc.property(bad, dtypeArb, seedArb, ({ kind, v }, dtype, seed) => {
      const g = new Generator().manualSeed(seed);
      const t = empty(kind === "rank" ? [7] : [4, 5], { dtype });
      t.data.fill(3);
      const before = g.getState();
      let call: () => unknown;
      let cls: typeof TypeError | typeof RangeError = RangeError;
      switch (kind) {
        case "nan":
          call = () => normal(t, { mean: v, generator: g });
          break;
        case "negstd":
          call = () => normal(t, { std: v, generator: g });
          break;
        case "range":
          call = () => uniform(t, { a: v, b: -v, generator: g });
          break;
        case "sparsity":
          call = () => sparse(t, v, { generator: g });
          break;
        default:
          call = () => kaimingUniform(t, { generator: g });
          cls = TypeError;
      }
      assert.throws(call, cls);
      assert.ok(t.data.every((x) => x === 3));
      assert.deepEqual(g.getState(), before);
    }),
    params(200),
  );
});

Deno.test("property: structure holds across shapes (eye, dirac, sparse, orthogonal, bounds)", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 12 }),
      fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      seedArb,
      (rows, cols, kernel, sparsity, seed) => {
        const g = new Generator().manualSeed(seed);
        const e = eye(empty([rows, cols]));
        for (let r = 0; r < rows; r++) {
          for (let c = 0; c < cols; c++) assert.equal(e.data[r * cols + c], r === c ? 1 : 0);
        }
        const groups = [1, 2, 3].filter((k) => rows % k === 0);
        const gr = groups[groups.length - 1];
        const d = dirac(empty([rows, cols, ...kernel]), { groups: gr });
        let ones = 0;
        for (const x of d.data) ones += x;
        assert.equal(ones, gr * Math.min(rows / gr, cols));
        const s = sparse(empty([rows, cols]), sparsity, {
          generator: g,
          generatorForPermutations: true,
          std: 1,
        });
        for (let c = 0; c < cols; c++) {
          let z = 0;
          for (let r = 0; r < rows; r++) if (s.data[r * cols + c] === 0) z++;
          assert.equal(z, Math.ceil(sparsity * rows));
        }
        const q = orthogonal(empty([rows, cols, ...kernel], { dtype: "float64" }), {
          generator: g,
        });
        assert.ok(orthogonalityError(q.data, rows, q.data.length / rows, 1) < 1e-10);
        const k = kaimingUniform(empty([rows, cols, ...kernel]), { generator: g });
        const bound = Math.fround(
          Math.sqrt(3) * (Math.SQRT2 / Math.sqrt(cols * kernel.reduce((a, b) => a * b, 1))),
        );
        assert.ok(k.data.every((x) => Math.abs(x) <= bound));
      },
    ),
    params(150),
  );
});
