/**
 * `torch.nn.init.orthogonal_`.
 *
 * @module
 */
import { type HalfTensor, type Tensor } from "../tensor.js";
import { type Generator } from "../random/generator.js";
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
 * the QR factorisation is a double-precision blocked Householder QR (with
 * WebAssembly SIMD kernels where available, the same bits without) and
 * torch's sign fix, so the values match LAPACK's within rounding (see the
 * README for the measured tolerance), not bit for bit. A zero-element tensor
 * draws nothing.
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
export declare function orthogonal<T extends Tensor | HalfTensor>(tensor: T, options?: OrthogonalOptions): T;
