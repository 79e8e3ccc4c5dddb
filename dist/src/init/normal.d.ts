/**
 * `torch.nn.init.normal_`.
 *
 * @module
 */
import type { HalfTensor, Tensor } from "../tensor.js";
import { type Generator } from "../random/generator.js";
/** Options for {@linkcode normal}. */
export interface NormalOptions {
    /** Mean. Default: 0. */
    mean?: number;
    /** Standard deviation, at least 0. Default: 1. */
    std?: number;
    /** The generator to draw from. Default: the default generator. */
    generator?: Generator;
}
/**
 * Fill `tensor` in place with values drawn from N(mean, std²), bit for bit as
 * `torch.nn.init.normal_(tensor, mean, std)` (that is, `tensor.normal_(mean,
 * std)`) on PyTorch's CPU with the current CPU capability. Like torch, a
 * contiguous tensor of at least 16 elements takes the vectorised fill path and
 * anything else the scalar path, which uses the generator's cached sample.
 *
 * @param tensor The tensor to fill (any strided view of a Float32Array or Float64Array).
 * @param options `mean`, `std` and `generator`.
 * @returns `tensor`, filled.
 * @throws {TypeError} If the tensor or an option has the wrong type.
 * @throws {RangeError} If `std < 0`, a parameter is not finite, or the tensor's data is too short.
 *
 * @example Same numbers as `torch.manual_seed(0); torch.randn(2)`
 * ```ts
 * import { empty, manualSeed, normal } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * manualSeed(0);
 * const t = normal(empty([2]));
 * assert.deepEqual(Array.from(t.data), [1.5409960746765137, -0.293428897857666]);
 * ```
 */
export declare function normal<T extends Tensor | HalfTensor>(tensor: T, options?: NormalOptions): T;
