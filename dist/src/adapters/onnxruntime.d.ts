/**
 * Conversions between this library's tensors and ONNX Runtime's `Tensor`
 * (`onnxruntime-common`, shared by `onnxruntime-web` and `onnxruntime-node`).
 *
 * - {@linkcode toOrtTensor} wraps a float32/float64 tensor as an ort `Tensor`.
 *   A contiguous tensor shares its memory with the result; a strided view is
 *   copied into row-major order.
 * - {@linkcode fromOrtTensor} views a CPU float32/float64 ort `Tensor` as a
 *   tensor of this library, sharing memory, so initializers fill the ort
 *   tensor in place: `kaimingUniform(fromOrtTensor(x))`.
 *
 * The default constructor is the `Tensor` class of
 * `npm:onnxruntime-common@1.30.0` (pure JavaScript, no native binary). Pass
 * `{ Tensor: ort.Tensor }` to build instances of your runtime's own class,
 * which matters where ONNX Runtime checks `instanceof Tensor` (pre-allocated
 * outputs in `session.run`). {@linkcode fromOrtTensor} accepts any object with
 * ort's `type`, `dims`, `data` and `location`.
 *
 * @example Initialise an ONNX Runtime weight like torch's nn.Linear(4, 3)
 * ```ts
 * import { Tensor } from "npm:onnxruntime-common@1.30.0";
 * import { Generator, kaimingUniform } from "../mod.ts";
 * import { fromOrtTensor } from "./onnxruntime.ts";
 * import assert from "node:assert/strict";
 *
 * const weight = new Tensor("float32", new Float32Array(12), [3, 4]);
 * kaimingUniform(fromOrtTensor(weight), { a: Math.sqrt(5), generator: new Generator().manualSeed(0) });
 * assert.ok((weight.data as Float32Array).every((x) => x !== 0 && Math.abs(x) <= 0.5));
 * ```
 *
 * @module
 */
import type { Tensor } from "../tensor.js";
export type { Tensor } from "../tensor.js";
/**
 * The fields of an ONNX Runtime tensor (`ort.Tensor`) that this module reads.
 * Every ort `Tensor` has them.
 */
export interface OrtTensorLike {
    /** Element type, e.g. `"float32"`. */
    readonly type: string;
    /** Size of each dimension. */
    readonly dims: readonly number[];
    /** Where the data lives; only `"cpu"` and `"cpu-pinned"` are readable. Default: `"cpu"`. */
    readonly location?: string;
    /** Element storage (readable only on the CPU). */
    readonly data: unknown;
}
/**
 * A constructor of ONNX Runtime CPU tensors, such as `ort.Tensor`; `R` is the
 * type of its instances.
 */
export type OrtTensorConstructor<R = OrtTensorLike> = new (type: "float32" | "float64", data: Float32Array | Float64Array, dims: readonly number[]) => R;
/** Options for {@linkcode toOrtTensor}. */
export interface ToOrtTensorOptions<R = OrtTensorLike> {
    /**
     * Copy the data even when the tensor is contiguous, so the result does not
     * share memory with `tensor`. Default: `false`.
     */
    copy?: boolean;
    /**
     * The ort `Tensor` class to instantiate, e.g. `ort.Tensor` from
     * `onnxruntime-node` or `onnxruntime-web`. Default: `Tensor` from
     * `npm:onnxruntime-common@1.30.0`.
     */
    Tensor?: OrtTensorConstructor<R>;
}
/**
 * Wrap `tensor` as an ONNX Runtime `Tensor` of type `"float32"` or
 * `"float64"` and dims `tensor.shape`. If `tensor` is contiguous (row-major
 * strides), the result shares its memory (`tensor.data` itself, or a
 * `subarray` of it when the tensor covers only part of it);
 * otherwise, or with `copy: true`, its elements are copied in row-major
 * order into a new array.
 *
 * @param tensor A float32 or float64 tensor.
 * @param options `copy` and the `Tensor` class to instantiate.
 * @returns A new ort `Tensor` on the CPU (typed as {@linkcode OrtTensorLike} unless `options.Tensor` is given).
 * @throws {TypeError} If `tensor` is not a valid tensor or `options.Tensor` is not a constructor.
 * @throws {RangeError} If the tensor's shape, strides or offset are out of range for its data.
 *
 * @example Copy a transposed view into row-major order
 * ```ts
 * import { toOrtTensor } from "./onnxruntime.ts";
 * import assert from "node:assert/strict";
 *
 * const data = new Float32Array([1, 2, 3, 4, 5, 6]); // [[1, 2, 3], [4, 5, 6]]
 * const transposed = { data, shape: [3, 2], strides: [1, 3] };
 * const x = toOrtTensor(transposed);
 * assert.equal(x.type, "float32");
 * assert.deepEqual(x.dims, [3, 2]);
 * assert.deepEqual(Array.from(x.data as Float32Array), [1, 4, 2, 5, 3, 6]);
 * ```
 */
export declare function toOrtTensor<R = OrtTensorLike>(tensor: Tensor, options?: ToOrtTensorOptions<R>): R;
/**
 * View a CPU ONNX Runtime tensor of type `"float32"` or `"float64"` as a
 * contiguous tensor of this library. The result shares `ortTensor.data`, so
 * filling it (for example with `kaimingUniform`) changes the ort tensor in
 * place.
 *
 * @param ortTensor An ort `Tensor` (or an object with its `type`, `dims`, `data` and `location`).
 * @returns `{ data, shape, strides, offset: 0 }` over `ortTensor.data`.
 * @throws {TypeError} If the tensor's type is not `"float32"` or `"float64"`, its data is not on the CPU, or its data is not the matching typed array.
 * @throws {RangeError} If `dims` holds a negative or fractional size, or does not match the data length.
 *
 * @example Fill an ort tensor in place, then refuse an int32 one
 * ```ts
 * import { Tensor } from "npm:onnxruntime-common@1.30.0";
 * import { constant } from "../mod.ts";
 * import { fromOrtTensor } from "./onnxruntime.ts";
 * import assert from "node:assert/strict";
 *
 * const x = new Tensor("float64", new Float64Array(6), [2, 3]);
 * constant(fromOrtTensor(x), 0.5);
 * assert.deepEqual(Array.from(x.data as Float64Array), [0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
 * assert.throws(() => fromOrtTensor(new Tensor("int32", new Int32Array(2), [2])), TypeError);
 * ```
 */
export declare function fromOrtTensor(ortTensor: OrtTensorLike): Tensor & {
    strides: readonly number[];
    offset: number;
};
