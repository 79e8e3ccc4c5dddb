/* @ts-self-types="./_copy.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Tensor helpers of the nn modules: tensor-likeness, torch's shape text and
 * `copy_` with dtype conversion (for `loadStateDict`).
 *
 * @module
 */
import { anyLayoutOf, forEachRowMajor, halfLayoutOf } from "../_layout.js";
import { fromBits, toBits } from "../_half.js";
const ARRAYS = [
    Float32Array,
    Float64Array,
    BigInt64Array,
    BigUint64Array,
    Int32Array,
    Int16Array,
    Int8Array,
    Uint32Array,
    Uint16Array,
    Uint8Array,
];
/** Whether `x` looks like a tensor: typed-array `data` and an array `shape`. */
export function isTensorLike(x) {
    if (x === null || typeof x !== "object")
        return false;
    const t = x;
    if (!Array.isArray(t.shape))
        return false;
    for (const C of ARRAYS)
        if (t.data instanceof C)
            return true;
    return false;
}
/** torch's `str(torch.Size(shape))`: `torch.Size([3, 4])`. */
export function shapeText(shape) {
    return `torch.Size([${shape.join(", ")}])`;
}
/** `BigInt` → float32 with a single rounding (C's `static_cast<float>(int64_t)`). */
export function bigintToFloat32(x) {
    const neg = x < 0n;
    let m = neg ? -x : x;
    const bits = m.toString(2).length;
    if (bits <= 24)
        return Math.fround(Number(x));
    const shift = BigInt(bits - 24);
    let q = m >> shift;
    const r = m - (q << shift);
    const half = 1n << (shift - 1n);
    if (r > half || (r === half && (q & 1n) === 1n))
        q += 1n;
    m = q << shift;
    const v = Math.fround(Number(m));
    return neg ? -v : v;
}
/** A double → int64 as C's `static_cast<int64_t>` on x86 (out of range gives INT64_MIN). */
export function numberToInt64(x) {
    if (!Number.isFinite(x) || x >= 2 ** 63 || x < -(2 ** 63))
        return -(2n ** 63n);
    return BigInt(Math.trunc(x));
}
/** Whether `t` is a half-precision tensor: `Uint16Array` data tagged `"float16"` / `"bfloat16"`. */
export function isHalf(t) {
    if (t === null || typeof t !== "object")
        return false;
    const h = t;
    return h.data instanceof Uint16Array && (h.dtype === "float16" || h.dtype === "bfloat16");
}
/**
 * The source as a tensor of this library's storage kinds (other integers
 * widen exactly; a half tensor's values widen exactly to float32).
 */
function normalized(src) {
    const d = src.data;
    let data;
    if (isHalf(src)) {
        const layout = halfLayoutOf(src, "Cannot copy tensor");
        const value = fromBits(layout.dtype);
        const bits = layout.data;
        const out = new Float32Array(layout.numel);
        forEachRowMajor(layout, (i, k) => (out[k] = value(bits[i])));
        return { data: out, shape: layout.shape };
    }
    if (d instanceof Float32Array || d instanceof Float64Array || d instanceof BigInt64Array) {
        data = d;
    }
    else if (d instanceof BigUint64Array) {
        data = new BigInt64Array(d.buffer, d.byteOffset, d.length);
    }
    else
        data = Float64Array.from(d);
    return { data, shape: src.shape, strides: src.strides, offset: src.offset };
}
/**
 * Validate a copy of `src` into `dest` (same shape) and return the function
 * that performs it, converting each element as torch's `copy_` does.
 */
export function copyInto(dest, src) {
    const what = "Cannot copy tensor";
    const d = isHalf(dest) ? halfLayoutOf(dest, what) : anyLayoutOf(dest, what);
    const s = anyLayoutOf(normalized(src), what);
    const fromUnsigned = src.data instanceof BigUint64Array;
    return () => {
        const values = new Array(s.numel);
        const sd = s.data;
        forEachRowMajor(s, (i, k) => {
            const v = sd[i];
            values[k] = fromUnsigned ? BigInt.asUintN(64, v) : v;
        });
        const dd = d.data;
        if (dd instanceof Uint16Array) {
            // c10's Half(float) / BFloat16(float): a double or an int64 is rounded to float first.
            const bits = toBits(d.dtype);
            forEachRowMajor(d, (i, k) => {
                const v = values[k];
                dd[i] = bits(typeof v === "bigint" ? bigintToFloat32(v) : v);
            });
        }
        else if (dd instanceof BigInt64Array) {
            forEachRowMajor(d, (i, k) => {
                const v = values[k];
                dd[i] = typeof v === "bigint" ? BigInt.asIntN(64, v) : numberToInt64(v);
            });
        }
        else if (dd instanceof Float32Array) {
            forEachRowMajor(d, (i, k) => {
                const v = values[k];
                dd[i] = typeof v === "bigint" ? bigintToFloat32(v) : v;
            });
        }
        else {
            forEachRowMajor(d, (i, k) => {
                const v = values[k];
                dd[i] = typeof v === "bigint" ? Number(v) : v;
            });
        }
    };
}
