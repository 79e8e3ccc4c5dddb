/* @ts-self-types="./ones.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.init.ones_`.
 *
 * @module
 */
import { isHalfTensor, layoutOf } from "../_layout.js";
import { halfFillValue } from "./_half_fill.js";
import { fillLayout } from "./_validate.js";
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
export function ones(tensor) {
    if (isHalfTensor(tensor)) {
        halfFillValue(tensor, 1, "Cannot fill tensor with ones");
        return tensor;
    }
    fillLayout(layoutOf(tensor, "Cannot fill tensor with ones"), 1);
    return tensor;
}
