/**
 * `torch.nn.Parameter`.
 *
 * @module
 */
import type { FloatData, HalfDType, Tensor } from "../tensor.js";
/** Options for {@linkcode Parameter}. */
export interface ParameterOptions {
    /** Whether the parameter is trained (torch's `requires_grad`). Default: `true`. */
    requiresGrad?: boolean;
}
/**
 * A tensor that a {@linkcode Module} registers as a parameter when it is
 * assigned to one of the module's properties, like `torch.nn.Parameter`.
 * It is a {@linkcode Tensor} (`data`, `shape`, `strides`, `offset`) that
 * shares the typed array of the tensor it wraps (no copy, as torch's
 * `Parameter(t)` shares `t`'s storage), plus `requiresGrad`.
 *
 * Parameters are floating-point: `Float32Array`, `Float64Array`, or a
 * half-precision {@linkcode HalfTensor} (`Uint16Array` of float16 or
 * bfloat16 bits, with `dtype` `"float16"` or `"bfloat16"`, which the
 * parameter keeps as its own `dtype`). torch lets only floating tensors
 * require gradients, and its modules register no other kind. Integer state
 * (BatchNorm's `num_batches_tracked`) is a buffer.
 *
 * The modules type their parameters as `Parameter` (float storage) for
 * every dtype; a module built with `dtype: "float16"` or `"bfloat16"` (or
 * converted by `to`, `half`, `bfloat16`) holds `Uint16Array` data: test
 * `p.dtype` (or `p.data instanceof Uint16Array`) before reading values, and
 * read them with `halfValue`.
 *
 * @typeParam D The storage: `Float32Array | Float64Array` unless stated; `Uint16Array` for half precision.
 * @param tensor The tensor to wrap; its `data` is shared.
 * @param options `requiresGrad`, default `true`.
 * @throws {TypeError} If `tensor` is not a floating-point tensor or `requiresGrad` is not a boolean.
 *
 * @example Wrap a tensor; the data is shared
 * ```ts
 * import { empty } from "@torch-parity/init";
 * import { Parameter } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const t = empty([2, 3]);
 * const p = new Parameter(t);
 * assert.equal(p.data, t.data);
 * assert.deepEqual(p.shape, [2, 3]);
 * assert.equal(p.requiresGrad, true);
 * ```
 *
 * @example A bfloat16 parameter keeps its dtype
 * ```ts
 * import { empty } from "@torch-parity/init";
 * import { Parameter } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const p = new Parameter(empty([2], { dtype: "bfloat16" }));
 * assert.equal(p.dtype, "bfloat16");
 * assert.ok(p.data instanceof Uint16Array);
 * ```
 */
export declare class Parameter<D extends FloatData | Uint16Array = FloatData> implements Tensor<D> {
    /** Element storage, shared with the wrapped tensor. */
    data: D;
    /** Size of each dimension. */
    shape: readonly number[];
    /** Stride of each dimension in elements. */
    strides: readonly number[];
    /** Storage offset in elements. */
    offset: number;
    /** Whether the parameter is trained (torch's `requires_grad`). */
    requiresGrad: boolean;
    /**
     * `"float16"` or `"bfloat16"` when `data` is a `Uint16Array` of half
     * bits (a {@linkcode HalfTensor}); absent for `Float32Array` / `Float64Array` data.
     */
    dtype?: HalfDType;
    /**
     * Create a `Parameter`; see {@linkcode Parameter} for what it holds and how it is
     * initialised.
     *
     * @param tensor The tensor to wrap; its `data` is shared.
     * @param options `requiresGrad`, default `true`.
     * @throws {TypeError} If `tensor` is not a floating-point tensor or `requiresGrad` is not a boolean.
     */
    constructor(tensor: Tensor<D> & {
        dtype?: unknown;
    }, options?: ParameterOptions);
}
