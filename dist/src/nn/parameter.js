/* @ts-self-types="./parameter.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.Parameter`.
 *
 * @module
 */
import { contiguousStrides } from "../_layout.js";
function show(x) {
    if (x === null)
        return "null";
    if (typeof x === "object")
        return x.constructor?.name ?? "object";
    if (typeof x === "string")
        return JSON.stringify(x);
    return `${typeof x} ${String(x)}`;
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
export class Parameter {
    /** Element storage, shared with the wrapped tensor. */
    data;
    /** Size of each dimension. */
    shape;
    /** Stride of each dimension in elements. */
    strides;
    /** Storage offset in elements. */
    offset;
    /** Whether the parameter is trained (torch's `requires_grad`). */
    requiresGrad;
    /**
     * Create a `Parameter`; see {@linkcode Parameter} for what it holds and how it is
     * initialised.
     *
     * @param tensor The tensor to wrap; its `data` is shared.
     * @param options `requiresGrad`, default `true`.
     * @throws {TypeError} If `tensor` is not a floating-point tensor or `requiresGrad` is not a boolean.
     */
    constructor(tensor, options) {
        const what = "Cannot create parameter";
        if (tensor === null || typeof tensor !== "object") {
            throw new TypeError(`${what}: tensor must be a tensor, received ${show(tensor)}`);
        }
        const data = tensor.data;
        if (!(data instanceof Float32Array || data instanceof Float64Array)) {
            throw new TypeError(`${what}: tensor.data must be a Float32Array or Float64Array, received ${show(data)}`);
        }
        if (!Array.isArray(tensor.shape)) {
            throw new TypeError(`${what}: tensor.shape must be an array, received ${show(tensor.shape)}`);
        }
        if (options !== undefined && (options === null || typeof options !== "object")) {
            throw new TypeError(`${what}: options must be an object, received ${show(options)}`);
        }
        const requiresGrad = options?.requiresGrad ?? true;
        if (typeof requiresGrad !== "boolean") {
            throw new TypeError(`${what}: requiresGrad must be a boolean, received ${show(requiresGrad)}`);
        }
        this.data = data;
        this.shape = [...tensor.shape];
        this.strides = tensor.strides === undefined
            ? contiguousStrides(tensor.shape)
            : [...tensor.strides];
        this.offset = tensor.offset ?? 0;
        this.requiresGrad = requiresGrad;
    }
}
