/**
 * `torch.nn.init.zeros_`.
 *
 * @module
 */
import type { HalfTensor, Tensor } from "../tensor.js";
/**
 * Fill `tensor` in place with 0, as `torch.nn.init.zeros_(tensor)`. Draws nothing.
 *
 * @param tensor The tensor to fill.
 * @returns `tensor`.
 * @throws {TypeError} If the tensor has the wrong type.
 * @throws {RangeError} If the tensor's data is too short for its shape.
 *
 * @example
 * ```ts
 * import { empty, ones, zeros } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(Array.from(zeros(ones(empty([2]))).data), [0, 0]);
 * ```
 */
export declare function zeros<T extends Tensor | HalfTensor>(tensor: T): T;
