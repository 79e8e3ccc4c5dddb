/**
 * float64 libm functions reproducing glibc 2.36's x86-64 FMA variants
 * (`__log_fma`, `__sin_fma`, `__cos_fma`, `__log1p_fma`) bit for bit. See
 * `_libm.ts`.
 *
 * Algorithms: `log` is ARM optimized-routines' log (Szabolcs Nagy) as shipped
 * in glibc `sysdeps/ieee754/dbl-64/e_log.c`; `sin`/`cos` are IBM's Accurate
 * Mathematical Library as shipped in glibc `sysdeps/ieee754/dbl-64/s_sin.c`
 * (with `branred.c` for |x| >= 105414350, which glibc compiles without FMA);
 * `log1p` is fdlibm's `s_log1p.c` (its FMA variant is in Debian's 2.36
 * builds, backported on the 2.36 release branch). The numeric constants and
 * tables below are transcribed from glibc (`e_log_data.c`, `usncs.h`,
 * `s_sin.c`, `sincostab.c`, `branred.h`, `s_log1p.c`; MIT / LGPL-2.1 / Sun's
 * free license) and were checked against the `.rodata` of Debian 12's
 * libm.so.6.
 *
 * Fused operations (read off the disassembly of that libm; every one is
 * emulated exactly (see `fma` below), except where the product is exact so that
 * fused and plain forms round alike, which is noted in the code):
 * - `log`: `z * invc - 1`, `kd * Ln2hi + logc`, `(w - hi + r) + kd * Ln2lo`
 *   and every polynomial multiply-add, the last one `lo + r2 * A0 + r3 * p`
 *   (two fmas) before the plain `+ hi`; near 1, every polynomial step,
 *   `lo + B0 * rlo * (rhi + r)` and `y * r3 + lo`.
 * - `sin`/`cos`: `x * hpinv + toint`, the Cody-Waite steps `- xn * mp1`,
 *   `- xn * mp2`, `- xn * pp3`, `- xn * pp4`; the Taylor branch's Horner
 *   steps, `POLY * x - 0.5 * dx` and `t * xx + dx`; in do_sin/do_cos the
 *   polynomial steps, `x * xx * P + dx` (do_sin) / `x * xx * P + x` (do_cos),
 *   `x * dx + xx * C` and the three table-combination steps of `cor`.
 * - `log1p`: every polynomial multiply-add, `k * ln2_lo + c`,
 *   `k * ln2_hi - (...)`, `1 - 0.666... * f` and `x - x * x * 0.5`; the
 *   product `s * (hfsq + R)` stays separate.
 *
 * @module
 */
/** `log`'s {invc, logc} pairs. Shared with the WebAssembly build (`_wasm_build.ts`). */
export declare const LOG_T: Float64Array;
/**
 * Natural logarithm, returning the same bits as glibc 2.36's `log`
 * (x86-64 FMA variant).
 *
 * @param x Any float64 value.
 * @returns `log(x)`.
 */
export declare function log(x: number): number;
/** `sin`/`cos`'s {sn, ssn, cs, ccs} for x = i/128. Shared with the WebAssembly build (`_wasm_build.ts`). */
export declare const SINCOSTAB: Float64Array;
/**
 * Sine, returning the same bits as glibc 2.36's `sin` (x86-64 FMA variant).
 *
 * @param x Any float64 value.
 * @returns `sin(x)`.
 */
export declare function sin(x: number): number;
/**
 * Cosine, returning the same bits as glibc 2.36's `cos` (x86-64 FMA variant).
 *
 * @param x Any float64 value.
 * @returns `cos(x)`.
 */
export declare function cos(x: number): number;
/**
 * log(1 + x), returning the same bits as glibc 2.36's `log1p` (x86-64 FMA
 * variant, as in Debian's 2.36-9+deb12u* builds).
 *
 * @param x Any float64 value.
 * @returns `log1p(x)`.
 */
export declare function log1p(x: number): number;
