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
        let half = null;
        if (data instanceof Uint16Array) {
            const tag = tensor.dtype;
            if (tag !== "float16" && tag !== "bfloat16") {
                throw new TypeError(`${what}: tensor.dtype must be "float16" or "bfloat16" for Uint16Array data, received ${show(tag)}`);
            }
            half = tag;
        }
        else if (!(data instanceof Float32Array || data instanceof Float64Array)) {
            throw new TypeError(`${what}: tensor.data must be a Float32Array, Float64Array or Uint16Array (half precision), received ${show(data)}`);
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
        if (half !== null)
            this.dtype = half;
    }
}
