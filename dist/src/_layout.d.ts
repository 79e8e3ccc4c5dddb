/**
 * Validation of {@linkcode Tensor} objects and ATen's element order.
 *
 * ATen fills a tensor through a `TensorIterator`. For a single output it sorts
 * dimensions by stride (smallest innermost; equal strides are ordered by size,
 * with an insertion sort that skips over ambiguous comparisons), coalesces
 * dimensions that are adjacent in memory, and then walks the result serially.
 * This module reproduces that order so that draws land where torch puts them.
 *
 * @module
 */
import type { AnyDType, DType, HalfDType, Tensor, TensorData } from "./tensor.js";
/** A validated layout of a tensor of any dtype (int64 and the half types included). */
export interface AnyLayout {
    readonly data: TensorData | Uint16Array;
    readonly dtype: AnyDType;
    readonly shape: readonly number[];
    readonly strides: readonly number[];
    readonly offset: number;
    readonly numel: number;
    /** PyTorch's `is_contiguous()` (default memory format). */
    readonly contiguous: boolean;
}
/** A validated floating-point tensor layout: everything a kernel needs. */
export interface Layout extends AnyLayout {
    readonly data: Float32Array | Float64Array;
    readonly dtype: DType;
    readonly shape: readonly number[];
    readonly strides: readonly number[];
    readonly offset: number;
    readonly numel: number;
    /** PyTorch's `is_contiguous()` (default memory format). */
    readonly contiguous: boolean;
}
/** A validated half-precision layout: `data` holds float16 or bfloat16 bits. */
export interface HalfLayout extends AnyLayout {
    readonly data: Uint16Array;
    readonly dtype: HalfDType;
}
/** Row-major strides for `shape`, as torch computes them (size 0 counts as 1). */
export declare function contiguousStrides(shape: readonly number[]): number[];
/**
 * Check that `t` is a usable tensor and return its full layout. `what` names
 * the operation in error messages. Throws before anything is written.
 */
export declare function layoutOf(t: Tensor, what: string): Layout;
/**
 * {@linkcode layoutOf} for a half-precision tensor: `Uint16Array` data with
 * `dtype` `"float16"` or `"bfloat16"`.
 */
export declare function halfLayoutOf(t: Tensor<Uint16Array> & {
    dtype?: unknown;
}, what: string): HalfLayout;
/** Whether `t` holds half-precision storage (a `Uint16Array`), valid or not. */
export declare function isHalfTensor(t: unknown): t is Tensor<Uint16Array>;
/**
 * {@linkcode layoutOf} for a tensor of any dtype: `BigInt64Array` data (int64)
 * is accepted too.
 */
export declare function anyLayoutOf(t: Tensor<TensorData>, what: string): AnyLayout;
/**
 * The dimensions of `layout` in ATen's iteration order, innermost first, after
 * coalescing: `[sizes, strides]`. Walking them like an odometer with index 0
 * fastest visits the elements in the order torch's serial kernels do.
 */
export declare function iterationPlan(layout: AnyLayout): [number[], number[]];
/**
 * Call `visit(index)` for every element of `layout`, with `index` the position
 * in `layout.data`, in ATen's serial iteration order.
 */
export declare function forEachIndex(layout: AnyLayout, visit: (index: number) => void): void;
/**
 * Call `visit(index, k)` for every element of `layout` in logical row-major
 * order (the last dimension fastest), with `index` the position in
 * `layout.data` and `k` the row-major ordinal. This is the order of
 * `tensor.contiguous()` / `view_as`, not ATen's fill order.
 */
export declare function forEachRowMajor(layout: AnyLayout, visit: (index: number, k: number) => void): void;
