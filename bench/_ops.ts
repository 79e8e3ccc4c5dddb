// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The initializers the benchmarks time, each with the exact torch call it
 * mirrors, so `deno task bench` and `deno task bench:compare` (and the torch
 * side, `bench/torch_bench.py`) run the same operation with the same
 * arguments.
 *
 * @module
 */

import {
  constant,
  dirac,
  eye,
  kaimingNormal,
  kaimingUniform,
  normal,
  ones,
  orthogonal,
  sparse,
  type Tensor,
  truncNormal,
  uniform,
  xavierNormal,
  xavierUniform,
  zeros,
} from "../src/mod.ts";

/** How an initializer's cost and extra memory should scale. */
export type OpKind = "elementwise" | "structural" | "sparse" | "orthogonal";

/** One benchmarked initializer. */
export interface BenchOp {
  /** Our function's name, e.g. `"kaimingUniform"`. */
  name: string;
  /** The `torch.nn.init` function, e.g. `"kaiming_uniform_"`. */
  torch: string;
  /** Keyword arguments of the torch call (and, in camelCase, of ours). */
  args: Readonly<Record<string, number>>;
  /** The torch call as Python, for tables. */
  call: string;
  /** Fill `t` in place with this library. */
  fill(t: Tensor): void;
  /** Cost class. */
  kind: OpKind;
}

/** `uniform_` bounds used everywhere (TF.js turns a lower bound of 0 into −0.05). */
const A = -1;
const B = 1;

/** Every initializer, keyed by our name. */
export const OPS = {
  uniform: {
    name: "uniform",
    torch: "uniform_",
    args: { a: A, b: B },
    call: "uniform_(t, -1, 1)",
    fill: (t) => void uniform(t, { a: A, b: B }),
    kind: "elementwise",
  },
  normal: {
    name: "normal",
    torch: "normal_",
    args: { mean: 0, std: 1 },
    call: "normal_(t)",
    fill: (t) => void normal(t, { mean: 0, std: 1 }),
    kind: "elementwise",
  },
  truncNormal: {
    name: "truncNormal",
    torch: "trunc_normal_",
    args: { mean: 0, std: 1, a: -2, b: 2 },
    call: "trunc_normal_(t)",
    fill: (t) => void truncNormal(t, { mean: 0, std: 1, a: -2, b: 2 }),
    kind: "elementwise",
  },
  kaimingUniform: {
    name: "kaimingUniform",
    torch: "kaiming_uniform_",
    args: {},
    call: "kaiming_uniform_(t)",
    fill: (t) => void kaimingUniform(t),
    kind: "elementwise",
  },
  kaimingNormal: {
    name: "kaimingNormal",
    torch: "kaiming_normal_",
    args: {},
    call: "kaiming_normal_(t)",
    fill: (t) => void kaimingNormal(t),
    kind: "elementwise",
  },
  xavierUniform: {
    name: "xavierUniform",
    torch: "xavier_uniform_",
    args: {},
    call: "xavier_uniform_(t)",
    fill: (t) => void xavierUniform(t),
    kind: "elementwise",
  },
  xavierNormal: {
    name: "xavierNormal",
    torch: "xavier_normal_",
    args: {},
    call: "xavier_normal_(t)",
    fill: (t) => void xavierNormal(t),
    kind: "elementwise",
  },
  constant: {
    name: "constant",
    torch: "constant_",
    args: { val: 0.5 },
    call: "constant_(t, 0.5)",
    fill: (t) => void constant(t, 0.5),
    kind: "elementwise",
  },
  ones: {
    name: "ones",
    torch: "ones_",
    args: {},
    call: "ones_(t)",
    fill: (t) => void ones(t),
    kind: "elementwise",
  },
  zeros: {
    name: "zeros",
    torch: "zeros_",
    args: {},
    call: "zeros_(t)",
    fill: (t) => void zeros(t),
    kind: "elementwise",
  },
  eye: {
    name: "eye",
    torch: "eye_",
    args: {},
    call: "eye_(t)",
    fill: (t) => void eye(t),
    kind: "structural",
  },
  dirac: {
    name: "dirac",
    torch: "dirac_",
    args: {},
    call: "dirac_(t)",
    fill: (t) => void dirac(t),
    kind: "structural",
  },
  sparse: {
    name: "sparse",
    torch: "sparse_",
    args: { sparsity: 0.1 },
    call: "sparse_(t, 0.1)",
    fill: (t) => void sparse(t, 0.1),
    kind: "sparse",
  },
  orthogonal: {
    name: "orthogonal",
    torch: "orthogonal_",
    args: {},
    call: "orthogonal_(t)",
    fill: (t) => void orthogonal(t),
    kind: "orthogonal",
  },
} as const satisfies Record<string, BenchOp>;

/** Our name of a benchmarked initializer. */
export type OpName = keyof typeof OPS;

/** About 1e3, 1e6 and 1.6e7 elements, as 2-D weights (`[out, in]`). */
export const MATRIX_SIZES: readonly (readonly number[])[] = [
  [32, 32],
  [1024, 1024],
  [4096, 4096],
];

/** The same element counts as conv weights `[out, in, 4, 4]`, for `dirac`. */
export const CONV_SIZES: readonly (readonly number[])[] = [
  [8, 8, 4, 4],
  [256, 256, 4, 4],
  [1024, 1024, 4, 4],
];

/** The issue's `orthogonal` sizes. */
export const ORTHOGONAL_SIZES: readonly (readonly number[])[] = [
  [64, 64],
  [256, 256],
  [512, 512],
  [1024, 1024],
];

/** The issue's `sparse` size (sparsity 0.1). */
export const SPARSE_SIZES: readonly (readonly number[])[] = [[1024, 1024]];

/** Number of elements of `shape`. */
export function numelOf(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** `4096×4096`-style label of a shape. */
export function shapeLabel(shape: readonly number[]): string {
  return shape.join("×");
}
