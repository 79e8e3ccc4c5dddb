// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Level 2, structure: `eye_`/`dirac_` (with groups) and
 * `constant_`/`ones_`/`zeros_` exactly; `orthogonal_` gives WᵀW or WWᵀ =
 * gain²·I within a stated tolerance for tall, wide and >2-D shapes;
 * `sparse_` zeroes exactly `ceil(sparsity * rows)` entries per column; and the
 * refusals torch makes for wrong ranks and groups.
 *
 * @module
 */

import { constant, dirac, empty, eye, ones, zeros } from "../../src/mod.ts";
import type { InitRequest } from "../port.ts";
import { ask, describe, has, initSeeded, type LevelContext, outcomeCheck } from "./_common.ts";

/** Orthogonality tolerance (max |WᵀW − gain²I| / gain²), per dtype. */
export const ORTHOGONALITY_TOLERANCE = { float32: 1e-4, float64: 1e-10 } as const;

function exactCases(): { request: InitRequest; expected: () => Float32Array | Float64Array }[] {
  const cases: { request: InitRequest; expected: () => Float32Array | Float64Array }[] = [];
  for (const dtype of ["float32", "float64"] as const) {
    for (const shape of [[3, 5], [5, 3], [4, 4], [1, 1]]) {
      cases.push({
        request: { op: "eye_", shape, dtype, args: {} },
        expected: () => eye(empty(shape, { dtype })).data,
      });
    }
    const diracs: [number[], number][] = [
      [[4, 2, 3], 1],
      [[6, 3, 3, 3], 1],
      [[6, 3, 3, 3], 2],
      [[6, 3, 3, 3], 3],
      [[2, 2, 3, 3, 3], 1],
      [[8, 4, 5, 5], 2],
      [[3, 5, 3], 1],
    ];
    for (const [shape, groups] of diracs) {
      cases.push({
        request: { op: "dirac_", shape, dtype, args: groups === 1 ? {} : { groups } },
        expected: () => dirac(empty(shape, { dtype }), { groups }).data,
      });
    }
    for (const val of [0.5, -3, 1e-3, 0.1]) {
      cases.push({
        request: { op: "constant_", shape: [3, 7], dtype, args: { val } },
        expected: () => constant(empty([3, 7], { dtype }), val).data,
      });
    }
    cases.push({
      request: { op: "ones_", shape: [2, 3, 4], dtype, args: {} },
      expected: () => ones(empty([2, 3, 4], { dtype })).data,
    });
    cases.push({
      request: { op: "zeros_", shape: [2, 3, 4], dtype, args: {} },
      expected: () => zeros(empty([2, 3, 4], { dtype })).data,
    });
  }
  return cases;
}

const INVALID: InitRequest[] = [
  { op: "eye_", shape: [2, 3, 4], dtype: "float32", args: {} },
  { op: "dirac_", shape: [3, 3], dtype: "float32", args: {} },
  { op: "dirac_", shape: [6, 3, 3], dtype: "float32", args: { groups: 4 } },
  { op: "orthogonal_", shape: [5], dtype: "float32", args: {} },
  { op: "sparse_", shape: [3, 4, 5], dtype: "float32", args: { sparsity: 0.1 } },
];

/** max |MᵀM − g²I| / g² over the smaller Gram matrix of the rows×cols view. */
export function orthogonalityError(
  data: ArrayLike<number>,
  rows: number,
  cols: number,
  gain: number,
): number {
  const tall = rows >= cols;
  const n = tall ? cols : rows;
  const len = tall ? rows : cols;
  const at = (i: number, k: number) => (tall ? data[k * cols + i] : data[i * cols + k]);
  let worst = 0;
  const g2 = gain * gain;
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      let s = 0;
      for (let k = 0; k < len; k++) s += at(i, k) * at(j, k);
      worst = Math.max(worst, Math.abs(s - (i === j ? g2 : 0)) / g2);
    }
  }
  return worst;
}

/** Run level 2 on `ctx.port`. */
export async function runStructure(ctx: LevelContext): Promise<void> {
  const { port } = ctx;
  if (!port.init) return;
  for (const { request, expected } of exactCases()) {
    if (!has(port, request.op)) continue;
    const name = describe(request);
    ctx.progress(`level 2: ${name}`);
    const out = await initSeeded(port, request, 7n);
    const bad = outcomeCheck(2, request.op, name, out);
    if (bad) {
      ctx.add(bad);
      continue;
    }
    const got = (out as { value: Float32Array | Float64Array }).value;
    const want = expected();
    let diff = -1;
    for (let i = 0; i < want.length; i++) {
      if (!Object.is(got[i], want[i])) {
        diff = i;
        break;
      }
    }
    ctx.add({
      level: 2,
      op: request.op,
      name,
      status: diff < 0 ? "pass" : "fail",
      detail: diff < 0 ? undefined : `element ${diff} is ${got[diff]}, torch has ${want[diff]}`,
    });
  }
  if (has(port, "orthogonal_")) {
    let seed = 20n;
    for (const dtype of ["float32", "float64"] as const) {
      for (
        const shape of [[64, 32], [32, 64], [16, 3, 3, 3], [10, 10], [1, 7], [7, 1], [256, 256]]
      ) {
        for (const gain of [1, Math.SQRT2]) {
          const request: InitRequest = {
            op: "orthogonal_",
            shape,
            dtype,
            args: gain === 1 ? {} : { gain },
          };
          const name = describe(request);
          ctx.progress(`level 2: ${name}`);
          const out = await initSeeded(port, request, seed++);
          const bad = outcomeCheck(2, "orthogonal_", name, out);
          if (bad) {
            ctx.add(bad);
            continue;
          }
          const data = (out as { value: Float32Array | Float64Array }).value;
          const rows = shape[0];
          const err = orthogonalityError(data, rows, data.length / rows, gain);
          const tol = ORTHOGONALITY_TOLERANCE[dtype];
          ctx.add({
            level: 2,
            op: "orthogonal_",
            name: `${name}: orthonormal within ${tol}`,
            status: err <= tol ? "pass" : "fail",
            detail: `max |WᵀW − gain²I| / gain² = ${err.toExponential(2)}`,
          });
        }
      }
    }
  }
  if (has(port, "sparse_")) {
    let seed = 40n;
    const cases: [number[], number, number][] = [
      [[64, 32], 0.1, 0.01],
      [[10, 20], 0.5, 1],
      [[6, 4], 0, 1],
      [[6, 4], 1, 1],
      [[17, 3], 0.25, 0.5],
      [[100, 10], 0.9, 2],
    ];
    for (const dtype of ["float32", "float64"] as const) {
      for (const [shape, sparsity, std] of cases) {
        const request: InitRequest = { op: "sparse_", shape, dtype, args: { sparsity, std } };
        const name = describe(request);
        const out = await initSeeded(port, request, seed++);
        const bad = outcomeCheck(2, "sparse_", name, out);
        if (bad) {
          ctx.add(bad);
          continue;
        }
        const data = (out as { value: Float32Array | Float64Array }).value;
        const [rows, cols] = shape;
        const want = Math.ceil(sparsity * rows);
        const counts: number[] = [];
        for (let c = 0; c < cols; c++) {
          let z = 0;
          for (let r = 0; r < rows; r++) if (data[r * cols + c] === 0) z++;
          counts.push(z);
        }
        const wrong = counts.findIndex((z) => z !== want);
        ctx.add({
          level: 2,
          op: "sparse_",
          name: `${name}: ${want} zeros per column`,
          status: wrong < 0 ? "pass" : "fail",
          detail: wrong < 0 ? undefined : `column ${wrong} has ${counts[wrong]} zeros`,
        });
      }
    }
  }
  for (const request of INVALID) {
    if (!has(port, request.op)) continue;
    const out = await ask(() => port.init!(request));
    ctx.add({
      level: 2,
      op: request.op,
      name: `${describe(request)} is refused`,
      status: out.kind === "refused" ? "pass" : out.kind === "failure" ? "error" : "fail",
      detail: out.kind === "value" ? "returned data instead of refusing" : undefined,
    });
  }
}
