/* @ts-self-types="./eye.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.init.eye_`.
 *
 * @module
 */
import { isHalfTensor, layoutOf } from "../_layout.js";
import { halfEye } from "./_half_fill.js";
import { fillLayout, indexOf, requireRank } from "./_validate.js";
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
export function eye(tensor) {
    if (isHalfTensor(tensor)) {
        halfEye(tensor);
        return tensor;
    }
    const what = "Cannot fill tensor with the identity";
    const layout = layoutOf(tensor, what);
    requireRank(layout, [2], what, "exactly 2 dimensions");
    fillLayout(layout, 0);
    const n = Math.min(layout.shape[0], layout.shape[1]);
    for (let i = 0; i < n; i++)
        layout.data[indexOf(layout, [i, i])] = 1;
    return tensor;
}
