// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.init.uniform_`.
 *
 * @module
 */

import type { HalfTensor, Tensor } from "../tensor.ts";
import { isHalfTensor, layoutOf } from "../_layout.ts";
import { halfUniform } from "./_half_fill.ts";
import { engineOf, type Generator, resolveGenerator } from "../random/generator.ts";
import { getCpuCapability } from "../random/capability.ts";
import { uniformFill } from "../random/_uniform.ts";
import { DTYPE_MAX, finite, optionsObject } from "./_validate.ts";

/** Options for {@linkcode uniform}. */
export interface UniformOptions {
  /** Lower bound. Default: 0. */
  a?: number;
  /** Upper bound. Default: 1. */
  b?: number;
  /** The generator to draw from. Default: the default generator. */
  generator?: Generator;
}

/**
 * Fill `tensor` in place with values drawn from U(a, b), bit for bit as
 * `torch.nn.init.uniform_(tensor, a, b)` (that is, `tensor.uniform_(a, b)`)
 * on PyTorch's CPU with the current CPU capability.
 *
 * @param tensor The tensor to fill (any strided view of a Float32Array or Float64Array).
 * @param options `a`, `b` and `generator`.
 * @returns `tensor`, filled.
 * @throws {TypeError} If the tensor or an option has the wrong type.
 * @throws {RangeError} If `a > b`, a bound is not finite or out of the dtype's range, or the tensor's data is too short.
 *
 * @example Same numbers as `torch.manual_seed(0); torch.rand(3)`
 * ```ts
 * import { empty, manualSeed, uniform } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * manualSeed(0);
 * const t = uniform(empty([3]));
 * assert.deepEqual(Array.from(t.data), [0.49625658988952637, 0.7682217955589294, 0.08847743272781372]);
 * ```
 */
export function uniform<T extends Tensor | HalfTensor>(tensor: T, options?: UniformOptions): T {
  if (isHalfTensor(tensor)) {
    halfUniform(tensor, options);
    return tensor;
  }
  const what = "Cannot fill tensor with uniform values";
  const opts = optionsObject(options, what);
  const layout = layoutOf(tensor as Tensor, what);
  const a = finite(opts.a ?? 0, "a", what);
  const b = finite(opts.b ?? 1, "b", what);
  const generator = resolveGenerator(opts.generator, what);
  const max = DTYPE_MAX[layout.dtype];
  if (Math.abs(a) > max) {
    throw new RangeError(`${what}: a is out of bounds for ${layout.dtype}, received ${a}`);
  }
  if (Math.abs(b) > max) {
    throw new RangeError(`${what}: b is out of bounds for ${layout.dtype}, received ${b}`);
  }
  if (a > b) {
    throw new RangeError(`${what}: a must not exceed b, received a=${a} > b=${b}`);
  }
  if (b - a > max) {
    throw new RangeError(
      `${what}: b - a must not exceed the largest ${layout.dtype}, received b - a = ${b - a}`,
    );
  }
  uniformFill(layout, a, b, engineOf(generator), getCpuCapability());
  return tensor;
}
