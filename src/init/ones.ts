// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.init.ones_`.
 *
 * @module
 */

import type { HalfTensor, Tensor } from "../tensor.ts";
import { isHalfTensor, layoutOf } from "../_layout.ts";
import { halfFillValue } from "./_half_fill.ts";
import { fillLayout } from "./_validate.ts";

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
export function ones<T extends Tensor | HalfTensor>(tensor: T): T {
  if (isHalfTensor(tensor)) {
    halfFillValue(tensor, 1, "Cannot fill tensor with ones");
    return tensor;
  }
  fillLayout(layoutOf(tensor as Tensor, "Cannot fill tensor with ones"), 1);
  return tensor;
}
