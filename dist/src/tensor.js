/* @ts-self-types="./tensor.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The minimal tensor shape this library fills: a typed array plus a shape,
 * optional strides and an optional offset (all in elements). Any object of
 * this shape works, so views of another tensor's buffer (a transpose, a
 * slice) are plain objects.
 *
 * @module
 */
export function empty(shape, options = {}) {
    if (!Array.isArray(shape)) {
        throw new TypeError(`Cannot create tensor: shape must be an array, received ${String(shape)}`);
    }
    const dtype = options.dtype ?? "float32";
    if (dtype !== "float32" && dtype !== "float64" && dtype !== "float16" && dtype !== "bfloat16") {
        throw new TypeError(`Cannot create tensor: dtype must be "float32", "float64", "float16" or "bfloat16", received ${JSON.stringify(dtype)}`);
    }
    const shared = options.shared ?? false;
    if (typeof shared !== "boolean") {
        throw new TypeError(`Cannot create tensor: shared must be a boolean, received ${String(shared)}`);
    }
    if (shared && typeof SharedArrayBuffer !== "function") {
        throw new TypeError("Cannot create tensor: shared: true needs SharedArrayBuffer, which this runtime does not " +
            "provide (a browser page must be cross-origin isolated); use shared: false");
    }
    let numel = 1;
    for (let i = 0; i < shape.length; i++) {
        const s = shape[i];
        if (typeof s !== "number") {
            throw new TypeError(`Cannot create tensor: shape[${i}] must be a number, received ${typeof s}`);
        }
        if (!Number.isInteger(s) || s < 0) {
            throw new RangeError(`Cannot create tensor: shape[${i}] must be a non-negative integer, received ${s}`);
        }
        numel *= s;
    }
    if (numel > 2 ** 32) {
        throw new RangeError(`Cannot create tensor: too many elements, received ${numel}`);
    }
    const strides = new Array(shape.length);
    let acc = 1;
    for (let i = shape.length - 1; i >= 0; i--) {
        strides[i] = acc;
        acc *= Math.max(shape[i], 1);
    }
    const bytes = dtype === "float64" ? 8 : dtype === "float32" ? 4 : 2;
    const buffer = shared ? new SharedArrayBuffer(numel * bytes) : new ArrayBuffer(numel * bytes);
    if (dtype === "float16" || dtype === "bfloat16") {
        return { data: new Uint16Array(buffer), dtype, shape: [...shape], strides, offset: 0 };
    }
    const data = dtype === "float32" ? new Float32Array(buffer) : new Float64Array(buffer);
    return { data, shape: [...shape], strides, offset: 0 };
}
