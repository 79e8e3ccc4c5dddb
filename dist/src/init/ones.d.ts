/**
 * `torch.nn.init.ones_`.
 *
 * @module
 */
import type { HalfTensor, Tensor } from "../tensor.js";
/**
 * Fill `tensor` in place with 1, as `torch.nn.init.ones_(tensor)`. Draws nothing.
 *
 * @param tensor The tensor to fill.
 * @returns `tensor`.
 * @throws {TypeError} If the tensor has the wrong type.
 * @throws {RangeError} If the tensor's data is too short for its shape.
 *
 * @example
 * ```ts
 * import { empty, ones } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(Array.from(ones(empty([2])).data), [1, 1]);
 * ```
 */
export declare function ones<T extends Tensor | HalfTensor>(tensor: T): T;
