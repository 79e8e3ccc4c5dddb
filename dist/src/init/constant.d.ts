/**
 * `torch.nn.init.constant_`.
 *
 * @module
 */
import type { HalfTensor, Tensor } from "../tensor.js";
/**
 * Fill `tensor` in place with `val` (rounded to the tensor's dtype), as
 * `torch.nn.init.constant_(tensor, val)`. Draws nothing.
 *
 * @param tensor The tensor to fill.
 * @param val The value.
 * @returns `tensor`.
 * @throws {TypeError} If the tensor or `val` has the wrong type.
 * @throws {RangeError} If `val` is NaN or infinite, or the tensor's data is too short.
 *
 * @example
 * ```ts
 * import { constant, empty } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(Array.from(constant(empty([3]), 0.5).data), [0.5, 0.5, 0.5]);
 * ```
 */
export declare function constant<T extends Tensor | HalfTensor>(tensor: T, val: number): T;
