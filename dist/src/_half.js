/* @ts-self-types="./_half.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Conversions between numbers and half-precision bit patterns, rounded to
 * nearest, ties to even, as c10's `Half(float)` and `BFloat16(float)`
 * constructors round a float.
 *
 * - float16 (IEEE binary16): 1 sign, 5 exponent, 10 fraction bits;
 *   subnormals below 2^-14; values from 65520 up overflow to infinity.
 * - bfloat16: the high 16 bits of a float32, rounded to nearest even.
 *
 * `f16`/`bf16` take any number and round it ONCE; torch rounds a double to
 * float first (`static_cast<at::Half>(double)` goes through `float`), so the
 * kernels call them on float32 values (`Math.fround` first).
 *
 * @module
 */
const f64 = new Float64Array(1);
const u32of64 = new Uint32Array(f64.buffer);
const f32 = new Float32Array(1);
const u32of32 = new Uint32Array(f32.buffer);
/** Index of the high word of a double in `u32of64` (little-endian: 1). */
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
/** Round a non-negative number to an integer, ties to even. */
function roundEven(q) {
    const r = Math.floor(q);
    const d = q - r;
    if (d > 0.5)
        return r + 1;
    if (d < 0.5)
        return r;
    return r % 2 === 0 ? r : r + 1;
}
/** The float16 bit pattern nearest to `x` (ties to even); NaN gives 0x7e00 with x's sign. */
export function f16(x) {
    const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
    if (x !== x)
        return 0x7e00;
    const a = Math.abs(x);
    if (a >= 65520)
        return sign | 0x7c00;
    if (a < 2 ** -14)
        return sign | roundEven(a * 2 ** 24);
    f64[0] = a;
    const e = ((u32of64[HI] >>> 20) & 0x7ff) - 1023;
    const n = roundEven(a * 2 ** (10 - e)); // in [1024, 2048]
    return n === 2048 ? sign | ((e + 16) << 10) : sign | ((e + 15) << 10) | (n - 1024);
}
/** The value of float16 bits `h`, computed. */
function f16Decode(h) {
    const e = (h >>> 10) & 0x1f;
    const m = h & 0x3ff;
    const s = h & 0x8000 ? -1 : 1;
    if (e === 0)
        return s * m * 2 ** -24;
    if (e === 31)
        return m === 0 ? s * Infinity : NaN;
    return s * (1024 + m) * 2 ** (e - 25);
}
/** Every float16 value by its bits (256 KiB, built on first use). */
let F16_VALUES = null;
function f16Values() {
    if (F16_VALUES === null) {
        F16_VALUES = new Float32Array(65536);
        for (let h = 0; h < 65536; h++)
            F16_VALUES[h] = f16Decode(h);
    }
    return F16_VALUES;
}
/** The value of float16 bits `h`. */
export function f16Value(h) {
    return (F16_VALUES ?? f16Values())[h];
}
/**
 * The float16 bits nearest to the float32 `Math.fround(x)` (ties to even),
 * by integer operations on the float32 bits: the kernels' fast path.
 */
export function f16OfFloat(x) {
    f32[0] = x;
    const b = u32of32[0];
    const sign = (b >>> 16) & 0x8000;
    const a = b & 0x7fffffff;
    if (a >= 0x477ff000)
        return a > 0x7f800000 ? 0x7e00 : sign | 0x7c00; // NaN; >= 65520: inf
    if (a < 0x38800000) {
        // Below 2^-14: a multiple of 2^-24, rounded to even.
        const q = Math.abs(f32[0]) * 16777216;
        let n = Math.round(q);
        if (n - q === 0.5 && (n & 1) === 1)
            n--;
        return sign | n;
    }
    let h = (((a >>> 23) - 112) << 10) | ((a >>> 13) & 0x3ff);
    const rest = a & 0x1fff;
    if (rest > 0x1000 || (rest === 0x1000 && (h & 1) === 1))
        h++;
    return sign | h;
}
/** The bfloat16 bit pattern nearest to the float32 `Math.fround(x)` (ties to even); NaN gives 0x7fc0. */
export function bf16(x) {
    f32[0] = x;
    if (x !== x)
        return 0x7fc0;
    const b = u32of32[0];
    return ((b + 0x7fff + ((b >>> 16) & 1)) >>> 16) & 0xffff;
}
/** The value of bfloat16 bits `h`. */
export function bf16Value(h) {
    u32of32[0] = h << 16;
    return f32[0];
}
/** float → dtype bits, as c10's `Half(float)` / `BFloat16(float)` (the argument is rounded to float first). */
export function toBits(dtype) {
    return dtype === "float16" ? f16OfFloat : bf16;
}
/** dtype bits → value. */
export function fromBits(dtype) {
    return dtype === "float16" ? f16Value : bf16Value;
}
/** Round a number to the dtype through float, as `static_cast<scalar_t>(double)`; returns the value. */
export function roundTo(dtype) {
    if (dtype === "bfloat16")
        return (x) => bf16Value(bf16(x));
    const values = f16Values();
    return (x) => values[f16OfFloat(x)];
}
/** Largest finite value of each half dtype. */
export const HALF_MAX = {
    float16: 65504,
    bfloat16: 3.3895313892515355e38,
};
/** Random mantissa bits per element of `uniform_real_distribution<T>` (`numeric_limits<T>::digits`). */
export const HALF_DIGITS = { float16: 11, bfloat16: 8 };
