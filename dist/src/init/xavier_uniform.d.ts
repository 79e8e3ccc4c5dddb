/**
 * `torch.nn.init.xavier_uniform_`.
 *
 * @module
 */
import type { HalfTensor, Tensor } from "../tensor.js";
import { type Generator } from "../random/generator.js";
/** Options for {@linkcode xavierUniform} and {@linkcode xavierNormal}. */
export interface XavierOptions {
    /** Scaling factor, at least 0. Default: 1. */
    gain?: number;
    /** The generator to draw from. Default: the default generator. */
    generator?: Generator;
}
/**
 * Fill `tensor` in place with Glorot/Xavier uniform values, bit for bit as
 * `torch.nn.init.xavier_uniform_(tensor, gain)`: U(-a, a) with
 * `a = sqrt(3) * gain * sqrt(2 / (fanIn + fanOut))`, fans as
 * {@linkcode calculateFanInAndFanOut} (PyTorch layout `[out, in, ...]`).
 *
 * @param tensor A tensor with at least 2 dimensions.
 * @param options `gain` and `generator`.
 * @returns `tensor`, filled.
 * @throws {TypeError} If the tensor has fewer than 2 dimensions or an argument has the wrong type.
 * @throws {RangeError} If `gain` is negative or not finite, fanIn + fanOut is 0, or the tensor's data is too short.
 *
 * @example Same bits as `torch.manual_seed(0); nn.init.xavier_uniform_(torch.empty(3, 5))`
 * ```ts
 * import { empty, manualSeed, xavierUniform } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * manualSeed(0);
 * const w = xavierUniform(empty([3, 5]));
 * const a = Math.sqrt(3) * Math.sqrt(2 / 8);
 * assert.ok(w.data.every((x) => Math.abs(x) <= a));
 * ```
 */
export declare function xavierUniform<T extends Tensor | HalfTensor>(tensor: T, options?: XavierOptions): T;
