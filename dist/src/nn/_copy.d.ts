/**
 * Tensor helpers of the nn modules: tensor-likeness, torch's shape text and
 * `copy_` with dtype conversion (for `loadStateDict`).
 *
 * @module
 */
import type { HalfTensor, Tensor, TensorData } from "../tensor.js";
import type { TensorLike } from "./tensor_like.js";
/** Whether `x` looks like a tensor: typed-array `data` and an array `shape`. */
export declare function isTensorLike(x: unknown): x is TensorLike;
/** torch's `str(torch.Size(shape))`: `torch.Size([3, 4])`. */
export declare function shapeText(shape: readonly number[]): string;
/** `BigInt` → float32 with a single rounding (C's `static_cast<float>(int64_t)`). */
export declare function bigintToFloat32(x: bigint): number;
/** A double → int64 as C's `static_cast<int64_t>` on x86 (out of range gives INT64_MIN). */
export declare function numberToInt64(x: number): bigint;
/** Whether `t` is a half-precision tensor: `Uint16Array` data tagged `"float16"` / `"bfloat16"`. */
export declare function isHalf(t: unknown): t is HalfTensor;
/**
 * Validate a copy of `src` into `dest` (same shape) and return the function
 * that performs it, converting each element as torch's `copy_` does.
 */
export declare function copyInto(dest: Tensor<TensorData> | HalfTensor, src: TensorLike): () => void;
