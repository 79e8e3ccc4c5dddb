/**
 * `torch.nn.Parameter`.
 *
 * @module
 */
import type { FloatData, Tensor } from "../tensor.js";
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
 * Parameters are floating-point (`Float32Array` or `Float64Array`): torch
 * lets only those require gradients, and its modules register no other kind.
 * Integer state (BatchNorm's `num_batches_tracked`) is a buffer.
 *
 * @typeParam D The storage: `Float32Array | Float64Array` unless stated.
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
 */
export declare class Parameter<D extends FloatData = FloatData> implements Tensor<D> {
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
     * Create a `Parameter`; see {@linkcode Parameter} for what it holds and how it is
     * initialised.
     *
     * @param tensor The tensor to wrap; its `data` is shared.
     * @param options `requiresGrad`, default `true`.
     * @throws {TypeError} If `tensor` is not a floating-point tensor or `requiresGrad` is not a boolean.
     */
    constructor(tensor: Tensor<D>, options?: ParameterOptions);
}
