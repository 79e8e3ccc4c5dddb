/**
 * `torch.nn.init.uniform_`.
 *
 * @module
 */
import type { HalfTensor, Tensor } from "../tensor.js";
import { type Generator } from "../random/generator.js";
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
export declare function uniform<T extends Tensor | HalfTensor>(tensor: T, options?: UniformOptions): T;
