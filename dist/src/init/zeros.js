/* @ts-self-types="./zeros.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.init.zeros_`.
 *
 * @module
 */
import { isHalfTensor, layoutOf } from "../_layout.js";
import { halfFillValue } from "./_half_fill.js";
import { fillLayout } from "./_validate.js";
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
export function zeros(tensor) {
    if (isHalfTensor(tensor)) {
        halfFillValue(tensor, 0, "Cannot fill tensor with zeros");
        return tensor;
    }
    fillLayout(layoutOf(tensor, "Cannot fill tensor with zeros"), 0);
    return tensor;
}
