/**
 * float64 `exp` and `erf` reproducing glibc 2.36 on x86-64 bit for bit
 * (reference: Debian 12, libc6 2.36-9+deb12u14, a CPU with AVX2 + FMA).
 *
 * PyTorch needs these for `trunc_normal_`, whose Python code evaluates
 * `(1 + math.erf(x / math.sqrt(2))) / 2` (CPython's `math.erf` is glibc's
 * `erf`), and for the float64 `erfinv_` kernel, which calls `erf` and `exp`.
 *
 * - `exp` is ARM optimized-routines' exp (Szabolcs Nagy; MIT) as shipped in
 *   glibc `sysdeps/ieee754/dbl-64/e_exp.c`, with the table and coefficients
 *   of `e_exp_data.c` (EXP_TABLE_BITS = 7, EXP_POLY_ORDER = 5). On a CPU with
 *   FMA and AVX2, glibc's ifunc picks `__exp_fma` (also behind the internal
 *   `__ieee754_exp`): the same C compiled with `-mfma -mavx2`, in which GCC
 *   contracted these operations into fused multiply-adds (read off the
 *   disassembly of the reference libm.so.6):
 *   `kd = x * InvLn2N + Shift`; `r = x + kd * NegLn2hiN`, then
 *   `r + kd * NegLn2loN`; `C2 + r * C3`; `C4 + r * C5`;
 *   `(tail + r) + r2 * (C2 + r * C3)`; `that + (r2 * r2) * (C4 + r * C5)`;
 *   `scale + scale * tmp` (also in the overflow branch of `specialcase`; the
 *   underflow branch keeps `scale * tmp` unfused). Comparison with the libm
 *   confirms the fusions of `kd`, of the `tail + r` step and of both
 *   `scale + scale * tmp`; `x + kd * NegLn2hiN` is exact either way, and the
 *   other four change a result too rarely to observe (no case among 7 * 10^7
 *   searched inputs) but are emulated as compiled.
 * - `erf` is fdlibm's `s_erf.c` (Sun Microsystems, 1993) as shipped in glibc
 *   `sysdeps/ieee754/dbl-64/s_erf.c`. glibc 2.36 has no FMA variant of `erf`
 *   on x86-64 (it is compiled for baseline x86-64: nothing is fused), but for
 *   1.25 <= |x| < 6 it calls `__ieee754_exp`, i.e. `__exp_fma` above.
 *
 * Numeric constants and tables are transcribed from glibc (`e_exp_data.c`:
 * ARM optimized-routines, MIT / glibc LGPL-2.1; `s_erf.c`: fdlibm, "Permission
 * to use, copy, modify, and distribute this software is freely granted,
 * provided that this notice is preserved") and were checked against the
 * `.rodata` of the reference libm.so.6. The logic is a re-implementation.
 *
 * Fused operations are emulated exactly (see `fmaExact`): a cheap test
 * proves the plainly rounded `c + a * b` correct in about 99.5% of the calls
 * made here; otherwise an exact Dekker product and error-free sums decide.
 *
 * Measured agreement with the reference libm (bit equality, any NaN equal to
 * any NaN), 0 mismatches in: exp, 74 million inputs (random doubles in
 * [-760, 720], [-40, 40] and -[0, 42], random bit patterns, log-uniform |x|
 * in [2^-70, 2^10], x near (m + 1/2) ln2/128 and m ln2/128, random and
 * consecutive doubles around 2^-54, 512, 1024, the overflow, subnormal and
 * zero thresholds); erf, 59 million inputs (random doubles in [-10, 10] and
 * [1.25, 6], random bit patterns, log-uniform |x| in [2^-1075, 2^10], random
 * and consecutive doubles around 2^-1015, 2^-28, 0.84375, 1.25, 1/0.35, 2, 4,
 * 6 and the subnormals). `testdata/libm_exp_erf_glibc_2.36.json` replays a
 * few thousand of them, including inputs that need each observable fusion.
 * Speed (Deno 2.9, V8): about 35-45 ns per `exp`, 60 ns per `erf` on
 * [-10, 10], 105 ns per `erf` on 1.25 <= |x| < 6 (native `Math.exp`: 15 ns).
 *
 * @module
 */
/** T[k]: the relative correction ("tail") of 2^(k/128). */
/** `exp`'s T[k]. Shared with the WebAssembly build (`_wasm_build.ts`). */
export declare const TAIL: Float64Array;
/** H[k]: 2^(k/128) rounded, in [1, 2). */
/** `exp`'s H[k]. Shared with the WebAssembly build (`_wasm_build.ts`). */
export declare const HEAD: Float64Array;
/**
 * e^x in float64, bit-identical to glibc 2.36's x86-64 `exp` on a CPU with
 * FMA and AVX2 (the `__exp_fma` ifunc variant), including the special values:
 * `exp(±0) = 1`, `exp(-Infinity) = 0`, `exp(Infinity) = Infinity`,
 * `exp(NaN) = NaN`, overflow to `Infinity` for x > 709.782712893384 and
 * underflow to 0 for x < -745.1332191019412.
 *
 * @param x The argument.
 * @returns e raised to the power x, as glibc rounds it.
 */
export declare function exp(x: number): number;
/**
 * The error function in float64, bit-identical to glibc 2.36's x86-64 `erf`
 * (fdlibm's algorithm; for 1.25 <= |x| < 6 it uses {@link exp}, i.e. glibc's
 * `__exp_fma`). Special values: `erf(±0) = ±0`, `erf(±Infinity) = ±1`,
 * `erf(NaN) = NaN`; `erf(x) = ±1` exactly for |x| >= 6.
 *
 * CPython's `math.erf` on glibc returns this value, which is what PyTorch's
 * `trunc_normal_` uses.
 *
 * @param x The argument.
 * @returns erf(x), as glibc rounds it.
 */
export declare function erf(x: number): number;
