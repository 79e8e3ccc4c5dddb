/**
 * Fused multiply-add with a single rounding, for float64 and float32.
 *
 * ATen's AVX2/AVX-512 kernels are compiled with `-mfma`, so GCC contracts
 * `x * range + from` (and similar) into one fused operation. JavaScript has no
 * `Math.fma`, so these functions emulate it exactly:
 *
 * - `fma64` uses Veltkamp/Dekker's exact product, an exact sum, and the
 *   round-to-odd technique of Boldo and Melquiond ("Emulation of FMA and
 *   correctly rounded sums: proved algorithms using rounding to odd", IEEE TC
 *   2008). Inputs whose exponents could make the error terms underflow or
 *   overflow go through an exact BigInt path instead.
 * - `fma32` relies on the product of two float32 values being exact in double,
 *   rounds the double sum to odd, then to float32 (53 >= 24 + 2 bits, so the
 *   double rounding is innocuous).
 *
 * @module
 */
/**
 * `a * b + c` computed exactly and rounded once to float64
 * (round-to-nearest-even), like C's `fma`.
 */
export declare function fma64(a: number, b: number, c: number): number;
/**
 * The same correctly rounded `a * b + c` as {@link fma64}, faster for the
 * libm ports' hot loops. Most calls end after one exact sum: `c + RN(a * b) =
 * sh + sl` exactly and the product's rounding error is at most |a * b| 2^-53,
 * so when `sl` is farther than that from half the spacing of doubles around
 * `sh`, `sh` is the correctly rounded result. Otherwise the exact value is
 * split into doubles `f + g + ve` (Dekker product, TwoSums); `f + (g + ve)`
 * is correct unless `g + ve` is inexact and `f + (g + ve)` is a rounding tie,
 * which, like extreme magnitudes, goes to {@link fma64}.
 */
export declare function fma64Fast(a: number, b: number, c: number): number;
/**
 * `a * b + c` for float32 operands, rounded once to float32. The arguments
 * must already be float32 values (e.g. produced by `Math.fround`).
 *
 * The product is exact in double, so `s = a * b + c` has a single rounding,
 * and `fround(s)` can differ from the correctly rounded result only when `s`
 * lands exactly on the midpoint between two float32 values while the exact
 * sum does not (no float32 midpoint lies strictly between the exact sum and
 * `s`, since midpoints are doubles). `r + 2 (s - r)` is the other float32
 * neighbour of `s` exactly when `s` is such a midpoint, so the common path is
 * one `fround` and a midpoint test, small enough for the JIT to inline; the
 * rare midpoint (and overflow) case goes to {@linkcode fma32Tie}.
 */
export declare function fma32(a: number, b: number, c: number): number;
/**
 * {@linkcode fma32} without a fast path: round the double sum to odd, then to
 * float32 (53 >= 24 + 2 bits, so the second rounding is innocuous).
 */
export declare function fma32Tie(a: number, b: number, c: number): number;
/**
 * Round the exact value `m * 2^e` to the nearest value with `precision`
 * significant bits whose exponent is at least `minExp` (for subnormals),
 * ties to even. Returns a JS number (exact for float32/float64 targets).
 */
export declare function roundScaled(m: bigint, e: number, precision: number, minExp: number): number;
/** Exact `a * b + c` rounded to float64, by BigInt arithmetic. */
export declare function fma64Exact(a: number, b: number, c: number): number;
/** Exact `a * b + c` for float32 operands rounded to float32, by BigInt arithmetic. */
export declare function fma32Exact(a: number, b: number, c: number): number;
