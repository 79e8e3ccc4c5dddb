// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Registers `Deno.bench` cases for one initializer: per shape one group
 * (`<op> <shape>`), four cases (capability `avx2`/`default` × `float32`/
 * `float64`), baseline `avx2 float32`. Tensors are allocated when the case is
 * registered, never inside `fn`; cases of one shape and dtype share a buffer.
 *
 * Sizes of at least {@linkcode LARGE_NUMEL} elements run only with
 * `BENCH_FULL=1` (they take seconds per iteration); they are listed as
 * ignored otherwise.
 *
 * @module
 */

import { type CpuCapability, type DType, setCpuCapability, type Tensor } from "../src/mod.ts";
import { type BenchOp, numelOf, shapeLabel } from "./_ops.ts";

/** Cases of at least this many elements are gated behind `BENCH_FULL=1`. */
export const LARGE_NUMEL = 4_000_000;

/** Whether `BENCH_FULL=1` is set (needs `--allow-env=BENCH_FULL`; false without it). */
export const FULL: boolean = (() => {
  const state = Deno.permissions.querySync({ name: "env", variable: "BENCH_FULL" }).state;
  return state === "granted" && Deno.env.get("BENCH_FULL") === "1";
})();

const CAPABILITIES: readonly CpuCapability[] = ["avx2", "default"];
const DTYPES: readonly DType[] = ["float32", "float64"];

const buffers = new Map<string, Float32Array | Float64Array>();

/** A contiguous tensor of `shape`, sharing the buffer of every earlier tensor with its size. */
function tensorOf(shape: readonly number[], dtype: DType): Tensor {
  const n = numelOf(shape);
  const key = `${dtype}:${n}`;
  let data = buffers.get(key);
  if (data === undefined) {
    data = dtype === "float32" ? new Float32Array(n) : new Float64Array(n);
    buffers.set(key, data);
  }
  return { data, shape: [...shape] };
}

/** Iteration counts by cost: measured seconds per call, roughly, at today's speed. */
function iterations(numel: number, op: BenchOp): { n?: number; warmup?: number } {
  const heavy = op.kind === "orthogonal" || op.kind === "sparse";
  if (numel >= LARGE_NUMEL || (op.kind === "orthogonal" && numel >= 1_000_000)) {
    return { n: 3, warmup: 1 };
  }
  if (numel >= 200_000 || (heavy && numel >= 60_000)) return { n: 5, warmup: 1 };
  return {};
}

/**
 * Register the benchmarks of `op` at each shape.
 *
 * @param op The initializer.
 * @param shapes The shapes to fill.
 * @param isLarge Whether a shape is gated behind `BENCH_FULL=1`; default: at least {@linkcode LARGE_NUMEL} elements.
 */
export function benchInit(
  op: BenchOp,
  shapes: readonly (readonly number[])[],
  isLarge: (shape: readonly number[]) => boolean = (s) => numelOf(s) >= LARGE_NUMEL,
): void {
  for (const shape of shapes) {
    const ignore = isLarge(shape) && !FULL;
    if (ignore) {
      console.log(`${op.name} ${shapeLabel(shape)}: skipped; BENCH_FULL=1 runs it`);
    }
    const group = `${op.name} ${shapeLabel(shape)}`;
    for (const dtype of DTYPES) {
      // An ignored case never allocates its (large) tensor.
      const t = ignore ? { data: new Float32Array(0), shape: [0] } : tensorOf(shape, dtype);
      for (const capability of CAPABILITIES) {
        Deno.bench({
          group,
          name: `${op.name} ${shapeLabel(shape)} ${capability} ${dtype}`,
          baseline: capability === "avx2" && dtype === "float32",
          ignore,
          ...iterations(numelOf(shape), op),
          fn() {
            setCpuCapability(capability);
            op.fill(t);
          },
        });
      }
    }
  }
}
