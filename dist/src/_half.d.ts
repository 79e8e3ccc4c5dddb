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
import type { HalfDType } from "./tensor.js";
/** The float16 bit pattern nearest to `x` (ties to even); NaN gives 0x7e00 with x's sign. */
export declare function f16(x: number): number;
/** The value of float16 bits `h`. */
export declare function f16Value(h: number): number;
/**
 * The float16 bits nearest to the float32 `Math.fround(x)` (ties to even),
 * by integer operations on the float32 bits: the kernels' fast path.
 */
export declare function f16OfFloat(x: number): number;
/** The bfloat16 bit pattern nearest to the float32 `Math.fround(x)` (ties to even); NaN gives 0x7fc0. */
export declare function bf16(x: number): number;
/** The value of bfloat16 bits `h`. */
export declare function bf16Value(h: number): number;
/** float → dtype bits, as c10's `Half(float)` / `BFloat16(float)` (the argument is rounded to float first). */
export declare function toBits(dtype: HalfDType): (x: number) => number;
/** dtype bits → value. */
export declare function fromBits(dtype: HalfDType): (h: number) => number;
/** Round a number to the dtype through float, as `static_cast<scalar_t>(double)`; returns the value. */
export declare function roundTo(dtype: HalfDType): (x: number) => number;
/** Largest finite value of each half dtype. */
export declare const HALF_MAX: Readonly<Record<HalfDType, number>>;
/** Random mantissa bits per element of `uniform_real_distribution<T>` (`numeric_limits<T>::digits`). */
export declare const HALF_DIGITS: Readonly<Record<HalfDType, number>>;
