// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Runtime-neutral check of the parallel fill: the same file runs under Deno,
 * Node 24 (type stripping; `worker_threads`) and Bun (Web Workers). For every
 * elementwise initializer, both dtypes and both capabilities, it compares a
 * two-thread fill with the single-threaded one, bits and generator state
 * (odd sizes on `SharedArrayBuffer` storage), and a module built with
 * `sharedParameters: true`.
 *
 *     deno run --allow-read src/random/_worker_portable.ts
 *     npx -y node@24 src/random/_worker_portable.ts
 *     npx -y bun@1.3.5 src/random/_worker_portable.ts
 *
 * Prints `N passed, N failed` (and each failure); exits non-zero on any
 * failure or when the workers did not start.
 *
 * @module
 */
import process from "node:process";
import {
  type CpuCapability,
  empty,
  Generator,
  initWorkers,
  kaimingNormal,
  kaimingUniform,
  manualSeed,
  normal,
  setCpuCapability,
  setWarningHandler,
  type Tensor,
  truncNormal,
  uniform,
  xavierNormal,
  xavierUniform,
} from "../mod.ts";
import { Linear } from "../nn/mod.ts";
import { lastParallelFill } from "./init_workers.ts";

type Fill = (t: Tensor, g: Generator) => unknown;
const FILLS: [string, Fill][] = [
  ["uniform", (t, g) => uniform(t, { a: -1, b: 3, generator: g })],
  ["normal", (t, g) => normal(t, { mean: 1, std: 0.5, generator: g })],
  ["kaimingUniform", (t, g) => kaimingUniform(t, { generator: g })],
  ["kaimingNormal", (t, g) => kaimingNormal(t, { generator: g })],
  ["xavierUniform", (t, g) => xavierUniform(t, { generator: g })],
  ["xavierNormal", (t, g) => xavierNormal(t, { generator: g })],
  ["truncNormal", (t, g) => truncNormal(t, { std: 0.02, generator: g })],
];
const SIZES = [1249, 4096 + 15, 20_000, 20_001];

function once(fill: Fill, n: number, dtype: "float32" | "float64", shared = false): Uint32Array[] {
  const g = new Generator().manualSeed(n);
  const t = empty(n % 16 === 0 ? [16, n / 16] : [1, n], { dtype, shared });
  fill(t, g);
  const d = t.data as Float32Array | Float64Array;
  return [new Uint32Array(d.buffer.slice(0)), new Uint32Array(g.getState().buffer)];
}

function same(a: Uint32Array[], b: Uint32Array[]): boolean {
  return a.every((x, i) => x.length === b[i].length && x.every((w, k) => w === b[i][k]));
}

setWarningHandler(() => {});
let passed = 0;
let failed = 0;
for (const capability of ["avx2", "default"] as CpuCapability[]) {
  setCpuCapability(capability);
  for (const dtype of ["float32", "float64"] as const) {
    const cases: [string, Fill, number][] = [];
    for (const [name, fill] of FILLS) for (const n of SIZES) cases.push([name, fill, n]);
    const expected = cases.map(([, fill, n]) => once(fill, n, dtype));
    const threads = await initWorkers(2, { minElements: 32, minPerThread: 16 });
    if (threads !== 2) {
      console.log(`FAIL workers did not start (threads = ${threads})`);
      process.exit(1);
    }
    for (const [i, [name, fill, n]] of cases.entries()) {
      // Odd sizes on SharedArrayBuffer storage (written in place), even ones plain.
      const got = once(fill, n, dtype, n % 2 === 1);
      const report = lastParallelFill();
      const split = report !== null && report.ranges.length === 2 && report.redone === 0;
      if (split && same(got, expected[i])) passed++;
      else {
        failed++;
        console.log(`FAIL ${name} ${dtype} ${capability} n=${n} split=${split}`);
      }
    }
    await initWorkers(0);
  }
}
// Modules built with sharedParameters: SharedArrayBuffer parameters, the same bits.
{
  const build = () => {
    manualSeed(3);
    return new Linear(300, 200).weight.data;
  };
  setCpuCapability("avx2");
  const one = build();
  await initWorkers(2, { sharedParameters: true, minElements: 32, minPerThread: 16 });
  const two = build();
  const split = lastParallelFill() !== null;
  await initWorkers(0);
  const words = (d: Float32Array | Float64Array) => new Uint32Array(d.buffer.slice(0));
  if (split && two.buffer instanceof SharedArrayBuffer && same([words(two)], [words(one)])) {
    passed++;
  } else {
    failed++;
    console.log(`FAIL sharedParameters Linear split=${split}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
