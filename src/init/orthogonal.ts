// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.init.orthogonal_`.
 *
 * @module
 */

import { empty, type Tensor } from "../tensor.ts";
import { layoutOf } from "../_layout.ts";
import { engineOf, type Generator, resolveGenerator } from "../random/generator.ts";
import { getCpuCapability } from "../random/capability.ts";
import { normalFill } from "../random/_normal.ts";
import { signFixedQ } from "./_qr.ts";
import { finite, optionsObject } from "./_validate.ts";

/** Options for {@linkcode orthogonal}. */
export interface OrthogonalOptions {
  /** Multiplier applied at the end. Default: 1. */
  gain?: number;
  /** The generator to draw from. Default: the default generator. */
  generator?: Generator;
}

/**
 * Fill `tensor` in place with a (semi-)orthogonal matrix, as
 * `torch.nn.init.orthogonal_(tensor, gain)`. The tensor is viewed as
 * `rows = shape[0]` by `cols = numel / rows`. The random draws are exactly
 * torch's (`normal_(0, 1)` on a fresh rows×cols buffer of the tensor's dtype);
 * the QR factorisation is a double-precision Householder QR with torch's sign
 * fix, so the values match LAPACK's within rounding (see the README for the
 * measured tolerance), not bit for bit. A zero-element tensor draws nothing.
 *
 * @param tensor A tensor with at least 2 dimensions.
 * @param options `gain` and `generator`.
 * @returns `tensor`, filled.
 * @throws {TypeError} If the tensor has fewer than 2 dimensions or an argument has the wrong type.
 * @throws {RangeError} If `gain` is not finite or the tensor's data is too short.
 *
 * @example Rows are orthonormal for a wide matrix
 * ```ts
 * import { empty, Generator, orthogonal } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * const w = orthogonal(empty([2, 3], { dtype: "float64" }), { generator: new Generator() });
 * const dot = w.data[0] * w.data[3] + w.data[1] * w.data[4] + w.data[2] * w.data[5];
 * assert.ok(Math.abs(dot) < 1e-12);
 * ```
 */
export function orthogonal<T extends Tensor>(tensor: T, options?: OrthogonalOptions): T {
  const what = "Cannot fill tensor with an orthogonal matrix";
  const opts = optionsObject(options, what);
  const layout = layoutOf(tensor, what);
  const gain = finite(opts.gain ?? 1, "gain", what);
  const generator = resolveGenerator(opts.generator, what);
  if (layout.shape.length < 2) {
    throw new TypeError(
      `${what}: tensor must have at least 2 dimensions, received ${layout.shape.length}`,
    );
  }
  if (layout.numel === 0) return tensor;
  const rows = layout.shape[0];
  const cols = layout.numel / rows;
  const flat = empty([rows, cols], { dtype: layout.dtype });
  normalFill(
    layoutOf(flat, what),
    0,
    1,
    engineOf(generator),
    getCpuCapability(),
  );
  // Tall matrix m×n (m >= n), column-major: the flat matrix, or its transpose.
  const tall = rows >= cols;
  const m = tall ? rows : cols;
  const n = tall ? cols : rows;
  const a = new Float64Array(m * n);
  // Element (r, c) of flat is flat.data[r * cols + c].
  if (tall) {
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) a[r + c * m] = flat.data[r * cols + c];
    }
  } else {
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) a[c + r * m] = flat.data[r * cols + c];
    }
  }
  const q = signFixedQ(a, m, n);
  // Result (r, c): Q[r][c] when tall, Q[c][r] (the transpose back) otherwise.
  const value = tall
    ? (r: number, c: number) => q[r + c * m]
    : (r: number, c: number) => q[c + r * m];
  // tensor.view_as(q).copy_(q); tensor.mul_(gain): logical row-major order.
  const f32 = layout.dtype === "float32";
  const g = f32 ? Math.fround(gain) : gain;
  const { shape, strides, offset, data } = layout;
  const idx = new Array<number>(shape.length).fill(0);
  for (let k = 0; k < layout.numel; k++) {
    let p = offset;
    for (let d = 0; d < shape.length; d++) p += idx[d] * strides[d];
    const r = Math.floor(k / cols);
    const v = value(r, k - r * cols);
    data[p] = f32 ? Math.fround(Math.fround(v) * g) : v * g;
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
  return tensor;
}
