/**
 * `torch.nn.init.eye_`.
 *
 * @module
 */
import type { HalfTensor, Tensor } from "../tensor.js";
/**
 * Fill the 2-D `tensor` in place with the identity (ones on the main
 * diagonal, zeros elsewhere; rectangular shapes allowed), as
 * `torch.nn.init.eye_(tensor)`. Draws nothing.
 *
 * @param tensor A 2-D tensor.
 * @returns `tensor`.
 * @throws {TypeError} If the tensor is not 2-D or has the wrong type.
 * @throws {RangeError} If the tensor's data is too short for its shape.
 *
 * @example
 * ```ts
 * import { empty, eye } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(Array.from(eye(empty([2, 3])).data), [1, 0, 0, 0, 1, 0]);
 * ```
 */
export declare function eye<T extends Tensor | HalfTensor>(tensor: T): T;
