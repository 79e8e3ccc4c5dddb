/* @ts-self-types="./fan.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.init._calculate_fan_in_and_fan_out`.
 *
 * @module
 */
import { show } from "./_validate.js";
/** torch's own message for the same refusal (`ValueError` in `torch/nn/init.py`). */
export const TORCH_FAN_MESSAGE = "Fan in and fan out can not be computed for tensor with fewer than 2 dimensions";
/** Fans from a shape; shared by the initializers (throws like the public function). */
export function fansOfShape(shape, what) {
    if (shape.length < 2) {
        throw new TypeError(`${what}: tensor must have at least 2 dimensions, received ${shape.length} ` +
            `(torch: "${TORCH_FAN_MESSAGE}")`);
    }
    let receptive = 1;
    for (let i = 2; i < shape.length; i++)
        receptive *= shape[i];
    return [shape[1] * receptive, shape[0] * receptive];
}
/**
 * Fan in and fan out of a weight, as `torch.nn.init._calculate_fan_in_and_fan_out`:
 * `fanIn = shape[1] * receptive`, `fanOut = shape[0] * receptive`, where
 * `receptive` is the product of the sizes from dimension 2 on (1 for a 2-D
 * weight). PyTorch's layout: `[out, in, ...kernel]`.
 *
 * @param tensor The weight, or just `{ shape }`.
 * @returns `[fanIn, fanOut]`.
 * @throws {TypeError} If `tensor.shape` is not an array, or the tensor has fewer than 2 dimensions.
 * @throws {RangeError} If a size is negative or not an integer.
 *
 * @example A conv2d weight [out=32, in=16, 3, 3]
 * ```ts
 * import { calculateFanInAndFanOut } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(calculateFanInAndFanOut({ shape: [32, 16, 3, 3] }), [144, 288]);
 * ```
 */
export function calculateFanInAndFanOut(tensor) {
    const what = "Cannot compute fan in and fan out";
    const shape = tensor?.shape;
    if (!Array.isArray(shape)) {
        throw new TypeError(`${what}: tensor.shape must be an array, received ${show(shape)}`);
    }
    shape.forEach((s, i) => {
        if (typeof s !== "number" || !Number.isInteger(s) || s < 0) {
            throw new RangeError(`${what}: tensor.shape[${i}] must be a non-negative integer, received ${show(s)}`);
        }
    });
    return fansOfShape(shape, what);
}
