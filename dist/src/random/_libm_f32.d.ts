/**
 * float32 libm functions reproducing glibc 2.36's x86-64 FMA variants
 * (`__logf_fma`, `__sinf_fma`, `__cosf_fma`, `__expf_fma`) and its `erff`
 * bit for bit. See `_libm.ts`.
 *
 * Algorithms: ARM optimized-routines (Szabolcs Nagy), as shipped in glibc
 * `sysdeps/ieee754/flt-32/{e_logf.c,s_sinf.c,s_cosf.c,s_sincosf.h,e_expf.c}`,
 * and fdlibm's `s_erff.c`. The numeric constants and tables below are
 * transcribed from glibc (`e_logf_data.c`, `s_sincosf_data.c`,
 * `e_exp2f_data.c`, `s_erff.c`; MIT / LGPL-2.1 / Sun's free license) and were
 * checked against the `.rodata` of Debian 12's libm.so.6.
 *
 * Fused operations (read off the disassembly of that libm): in `logf` every
 * multiply-add (`z * invc - 1`, `k * Ln2 + logc`, the three polynomial
 * steps); in `sinf`/`cosf` the reduction `x - n * pi/2` and every polynomial
 * multiply-add; in `expf` `x * InvLn2N + Shift`, `x * InvLn2N - kd` and the
 * three polynomial steps (not the final `y * s`). `erff` is built without FMA
 * and calls the FMA `expf`.
 *
 * Speed: each function first evaluates without fusing, in plain float64, and
 * returns when an interval that provably contains glibc's float64 value
 * rounds to a single float32; only the rare rest (and |x| >= 120 for
 * sinf/cosf) takes the exactly emulated fused path. Over all 2^32 inputs an
 * unfused port differs from glibc for 0 (logf), 12 (sinf), 22 (cosf) and 2
 * (expf) inputs.
 *
 * @module
 */
/** `logf`'s {invc, logc} pairs. Shared with the WebAssembly build (`_wasm_build.ts`). */
export declare const LOGF_T: Float64Array;
/**
 * Natural logarithm of a float32 value, rounded to float32 exactly as glibc
 * 2.36's `logf` (x86-64 FMA variant) rounds it.
 *
 * @param x A float32 value (a number already rounded with `Math.fround`).
 * @returns `logf(x)` as a float32 value.
 */
export declare function logf(x: number): number;
/**
 * Sine of a float32 value, rounded to float32 exactly as glibc 2.36's `sinf`
 * (x86-64 FMA variant) rounds it.
 *
 * @param x A float32 value.
 * @returns `sinf(x)` as a float32 value.
 */
export declare function sinf(x: number): number;
/**
 * Cosine of a float32 value, rounded to float32 exactly as glibc 2.36's `cosf`
 * (x86-64 FMA variant) rounds it.
 *
 * @param x A float32 value.
 * @returns `cosf(x)` as a float32 value.
 */
export declare function cosf(x: number): number;
/** `expf`'s 2^(i/32). Shared with the WebAssembly build (`_wasm_build.ts`). */
export declare const EXP2F_TD: Float64Array;
/**
 * Exponential of a float32 value, rounded to float32 exactly as glibc 2.36's
 * `expf` (x86-64 FMA variant) rounds it.
 *
 * @param x A float32 value.
 * @returns `expf(x)` as a float32 value.
 */
export declare function expf(x: number): number;
/**
 * Error function of a float32 value, rounded to float32 exactly as glibc
 * 2.36's `erff` (x86-64) rounds it.
 *
 * @param x A float32 value.
 * @returns `erff(x)` as a float32 value.
 */
export declare function erff(x: number): number;
