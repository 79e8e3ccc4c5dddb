/**
 * `torch.nn.init._calculate_fan_in_and_fan_out`.
 *
 * @module
 */
import type { Tensor } from "../tensor.js";
/** torch's own message for the same refusal (`ValueError` in `torch/nn/init.py`). */
export declare const TORCH_FAN_MESSAGE = "Fan in and fan out can not be computed for tensor with fewer than 2 dimensions";
/** Fans from a shape; shared by the initializers (throws like the public function). */
export declare function fansOfShape(shape: readonly number[], what: string): [number, number];
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
export declare function calculateFanInAndFanOut(tensor: Pick<Tensor, "shape">): [fanIn: number, fanOut: number];
