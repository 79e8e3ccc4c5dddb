/* @ts-self-types="./_validate.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Argument checks shared by the initializers. Every check runs before the
 * first write or draw, so a throwing call changes nothing.
 *
 * @module
 */
import { forEachIndex } from "../_layout.js";
/** Show a value in an error message. */
export function show(x) {
    if (typeof x === "string")
        return JSON.stringify(x);
    if (typeof x === "bigint")
        return `${x}n`;
    if (x === null || typeof x !== "object")
        return String(x);
    return Array.isArray(x) ? `[${x.map(show).join(", ")}]` : (x.constructor?.name ?? "object");
}
/** A finite number, or a TypeError/RangeError naming `name`. */
export function finite(value, name, what) {
    if (typeof value !== "number") {
        throw new TypeError(`${what}: ${name} must be a number, received ${typeof value} ${show(value)}`);
    }
    if (!Number.isFinite(value)) {
        throw new RangeError(`${what}: ${name} must be finite, received ${value}`);
    }
    return value;
}
/** Largest finite value of each dtype. */
export const DTYPE_MAX = { float32: 3.4028234663852886e38, float64: Number.MAX_VALUE };
/** An options object (or undefined), else a TypeError. */
export function optionsObject(options, what) {
    if (options === undefined)
        return {};
    if (options === null || typeof options !== "object" || Array.isArray(options)) {
        throw new TypeError(`${what}: options must be an object, received ${show(options)}`);
    }
    return options;
}
/** Write `value` (already rounded to the dtype) to every element of `layout`. */
export function fillLayout(layout, value) {
    const data = layout.data;
    if (layout.contiguous)
        data.fill(value, layout.offset, layout.offset + layout.numel);
    else
        forEachIndex(layout, (i) => (data[i] = value));
}
/** Round a double to the layout's dtype, as a `static_cast<scalar_t>`. */
export function toDtype(layout, x) {
    return layout.dtype === "float32" ? Math.fround(x) : x;
}
/** The flat index of `indices` in `layout`. */
export function indexOf(layout, indices) {
    let p = layout.offset;
    for (let d = 0; d < indices.length; d++)
        p += indices[d] * layout.strides[d];
    return p;
}
/** Throw a TypeError unless the tensor's rank is one of `ranks`. */
export function requireRank(layout, ranks, what, expected) {
    if (!ranks.includes(layout.shape.length)) {
        throw new TypeError(`${what}: tensor must have ${expected}, received ${layout.shape.length}`);
    }
}
