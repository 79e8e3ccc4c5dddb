/**
 * The minimal tensor shape this library fills: a typed array plus a shape,
 * optional strides and an optional offset (all in elements). Any object of
 * this shape works, so views of another tensor's buffer (a transpose, a
 * slice) are plain objects.
 *
 * @module
 */
/** Floating-point element types, named as in PyTorch. */
export type DType = "float32" | "float64";
/**
 * The half-precision element types, named as in PyTorch: IEEE 754 binary16
 * (`torch.float16`) and bfloat16 (`torch.bfloat16`).
 */
export type HalfDType = "float16" | "bfloat16";
/**
 * Element types a tensor of this library can hold: the floating ones, the
 * half-precision ones and `"int64"`.
 */
export type AnyDType = DType | HalfDType | "int64";
/** Storage of a floating-point tensor: `Float32Array` or `Float64Array`. */
export type FloatData = Float32Array | Float64Array;
/**
 * Storage of any tensor of this library: the floating arrays, or
 * `BigInt64Array` for an int64 tensor (`torch.int64`, e.g. BatchNorm's
 * `num_batches_tracked` buffer).
 */
export type TensorData = FloatData | BigInt64Array;
/**
 * A strided view of a typed array, laid out like a PyTorch CPU tensor. The
 * type parameter is the storage: by default a floating-point tensor
 * (`Float32Array` or `Float64Array`), which is what the initializers fill;
 * `Tensor<BigInt64Array>` is an int64 tensor and `Tensor<TensorData>` any
 * tensor (a module's buffers, a state dict).
 *
 * - `shape`: sizes of each dimension.
 * - `strides`: distance in elements between neighbours along each dimension;
 *   defaults to the contiguous (row-major) strides of `shape`.
 * - `offset`: index in `data` of the element at all-zero indices; defaults to 0.
 */
export interface Tensor<D extends TensorData | Uint16Array = FloatData> {
    /** Element storage. */
    data: D;
    /** Size of each dimension. */
    shape: readonly number[];
    /** Stride of each dimension in elements; contiguous when omitted. */
    strides?: readonly number[];
    /** Storage offset in elements; 0 when omitted. */
    offset?: number;
}
/**
 * A half-precision tensor: a {@linkcode Tensor} whose `data` holds the IEEE
 * binary16 (`"float16"`) or bfloat16 (`"bfloat16"`) bit patterns and whose
 * `dtype` says which (a `Uint16Array` alone does not), one `Uint16Array` element per tensor
 * element, in the platform's (little-endian) byte order, so its bytes are
 * torch's storage bytes. The rule is the same on every runtime (no
 * `Float16Array`); {@linkcode halfValue} and {@linkcode halfBits} convert
 * between bits and numbers. Views (strides, offset) work as for the other
 * dtypes, counted in elements.
 */
export interface HalfTensor extends Tensor<Uint16Array> {
    /** `"float16"` or `"bfloat16"`: which format `data` holds. */
    dtype: HalfDType;
}
/** Options for {@linkcode empty}. */
export interface EmptyOptions {
    /** Element type of the new tensor. Default: `"float32"`. */
    dtype?: DType;
    /**
     * Back `data` with a `SharedArrayBuffer` (`true`) instead of an
     * `ArrayBuffer`. Workers started by `initWorkers` then write their shares
     * of a split fill straight into the tensor, without the copy a plain
     * buffer needs. Needs `SharedArrayBuffer` (in browsers only on
     * cross-origin isolated pages). Such views cannot be passed to `Blob` or
     * `crypto.subtle`: copy them first (`data.slice()` gives a plain copy).
     * Default: `false`.
     */
    shared?: boolean;
}
/** Options for {@linkcode empty} creating a half-precision tensor. */
export interface HalfEmptyOptions {
    /** `"float16"` or `"bfloat16"`. */
    dtype: HalfDType;
    /** Back `data` with a `SharedArrayBuffer`, as in {@linkcode EmptyOptions}. Default: `false`. */
    shared?: boolean;
}
/**
 * Create a contiguous, zero-filled tensor of the given shape, like
 * `torch.zeros(shape, dtype=...)`. The result has `strides` and `offset` set.
 * A `"float16"` or `"bfloat16"` tensor is a {@linkcode HalfTensor}: a
 * `Uint16Array` of bits and its `dtype`.
 *
 * With `shared: true` the data lives in a `SharedArrayBuffer`, so that the
 * workers of `initWorkers` fill it in place.
 *
 * @param shape Sizes of each dimension: non-negative integers.
 * @param options The element type; `shared` for a `SharedArrayBuffer`.
 * @returns A new contiguous tensor whose data is all zeros.
 * @throws {TypeError} If `shape` is not an array of numbers, `dtype` is
 * unknown, `shared` is not a boolean, or `shared` is `true` where
 * `SharedArrayBuffer` is missing.
 * @throws {RangeError} If a dimension is negative, fractional or the element count is too large.
 *
 * @example Create a 2×3 float64 tensor
 * ```ts
 * import { empty } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * const t = empty([2, 3], { dtype: "float64" });
 * assert.ok(t.data instanceof Float64Array);
 * assert.equal(t.data.length, 6);
 * assert.deepEqual(t.strides, [3, 1]);
 * ```
 *
 * @example A bfloat16 tensor holds bit patterns
 * ```ts
 * import { empty, halfValue, ones } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * const t = ones(empty([2], { dtype: "bfloat16" }));
 * assert.deepEqual(Array.from(t.data), [0x3f80, 0x3f80]);
 * assert.equal(halfValue(t.data[0], "bfloat16"), 1);
 * ```
 *
 * @example Storage shared with workers
 * ```ts
 * import { empty } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * const t = empty([4, 4], { shared: true });
 * assert.ok(t.data.buffer instanceof SharedArrayBuffer);
 * assert.equal(t.data.length, 16);
 * ```
 */
export declare function empty(shape: readonly number[], options: HalfEmptyOptions): HalfTensor & {
    strides: readonly number[];
    offset: number;
};
/**
 * Create a contiguous, zero-filled float32 (default) or float64 tensor, like
 * `torch.zeros(shape, dtype=...)`; see the overload above for half precision.
 *
 * @param shape Sizes of each dimension: non-negative integers.
 * @param options The element type; `shared` for a `SharedArrayBuffer`.
 * @returns A new contiguous tensor whose data is all zeros.
 * @throws {TypeError} If `shape` is not an array of numbers, `dtype` is
 * unknown, `shared` is not a boolean, or `shared` is `true` where
 * `SharedArrayBuffer` is missing.
 * @throws {RangeError} If a dimension is negative, fractional or the element count is too large.
 *
 * @example
 * ```ts
 * import { empty } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * assert.ok(empty([2]).data instanceof Float32Array);
 * ```
 */
export declare function empty(shape: readonly number[], options?: EmptyOptions): Tensor & {
    strides: readonly number[];
    offset: number;
};
