/**
 * `torch.nn.init.dirac_`.
 *
 * @module
 */
import type { HalfTensor, Tensor } from "../tensor.js";
/** Options for {@linkcode dirac}. */
export interface DiracOptions {
    /** Number of groups in the conv layer; `shape[0]` must be divisible by it. Default: 1. */
    groups?: number;
}
/**
 * Fill the 3-, 4- or 5-D `tensor` in place with the Dirac delta, as
 * `torch.nn.init.dirac_(tensor, groups)`: it preserves the identity of the
 * inputs of a convolution, for each group. Draws nothing.
 *
 * @param tensor A conv weight `[out, in, ...kernel]` with 1 to 3 kernel dimensions.
 * @param options `groups`.
 * @returns `tensor`.
 * @throws {TypeError} If the tensor's rank is not 3, 4 or 5, or an argument has the wrong type.
 * @throws {RangeError} If `groups` is not a positive integer or does not divide `shape[0]`.
 *
 * @example A 1-D conv weight [2, 2, 3]
 * ```ts
 * import { dirac, empty } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(Array.from(dirac(empty([2, 2, 3])).data), [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
 * ```
 */
export declare function dirac<T extends Tensor | HalfTensor>(tensor: T, options?: DiracOptions): T;
