/* @ts-self-types="./constant.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.init.constant_`.
 *
 * @module
 */
import { isHalfTensor, layoutOf } from "../_layout.js";
import { halfConstant } from "./_half_fill.js";
import { fillLayout, finite, toDtype } from "./_validate.js";
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
export function constant(tensor, val) {
    if (isHalfTensor(tensor)) {
        halfConstant(tensor, val);
        return tensor;
    }
    const what = "Cannot fill tensor with a constant";
    const layout = layoutOf(tensor, what);
    const v = finite(val, "val", what);
    fillLayout(layout, toDtype(layout, v));
    return tensor;
}
