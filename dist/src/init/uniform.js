/* @ts-self-types="./uniform.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.init.uniform_`.
 *
 * @module
 */
import { isHalfTensor, layoutOf } from "../_layout.js";
import { halfUniform } from "./_half_fill.js";
import { engineOf, resolveGenerator } from "../random/generator.js";
import { getCpuCapability } from "../random/capability.js";
import { uniformFill } from "../random/_uniform.js";
import { DTYPE_MAX, finite, optionsObject } from "./_validate.js";
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
export function uniform(tensor, options) {
    if (isHalfTensor(tensor)) {
        halfUniform(tensor, options);
        return tensor;
    }
    const what = "Cannot fill tensor with uniform values";
    const opts = optionsObject(options, what);
    const layout = layoutOf(tensor, what);
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
        throw new RangeError(`${what}: b - a must not exceed the largest ${layout.dtype}, received b - a = ${b - a}`);
    }
    uniformFill(layout, a, b, engineOf(generator), getCpuCapability());
    return tensor;
}
