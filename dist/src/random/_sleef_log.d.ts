/**
 * Bit-exact ports of SLEEF 3.9's 1-ulp natural logarithms as torch 2.14's
 * AVX2 and AVX-512 CPU kernels call them for `Tensor.log_()`:
 * `Vectorized<float>::log()` is `Sleef_logf8_u10` (AVX2) / `Sleef_logf16_u10`
 * (AVX-512) and `Vectorized<double>::log()` is `Sleef_logd4_u10` /
 * `Sleef_logd8_u10`, from Debian's libsleef3 3.9.0 (the `libsleef.so.3` that
 * sid's libtorch_cpu links).
 *
 * The algorithm (SLEEF's `xlogf_u1` / `xlog_u1`): scale subnormals by 2^64;
 * split `d = m 2^e` with `e = ilogb(d / 0.75)`, so `m` lies in [0.75, 1.5);
 * form `x = (m - 1) / (m + 1)` as an unevaluated sum of two floats (doubles)
 * with a double-float (double-double) division; then
 * `log d = e ln2 + 2x + x^3 P(x^2)`, the first two terms accumulated in
 * double-float (double-double) arithmetic and the last one in plain
 * precision (P is a degree-2 polynomial in Horner form for float32 and a
 * degree-6 one in Estrin form for float64). SLEEF is compiled with
 * `-ffp-contract=off`, so only its explicit multiply-adds are fused; the
 * AVX2/AVX-512 builds have FMA, and each fused operation is emulated exactly
 * here (`fma32`, and `fma64Fast` or an exact Dekker form where the result is
 * known to be representable). The AVX-512 build takes exponent and mantissa
 * from `getexp`/`getmant` and the special values from `fixupimm`, which
 * gives the same results as the AVX2 build (measured, see below).
 *
 * torch's `log_` runs `vec::map` over contiguous runs (`vml::vlog`): a tail
 * shorter than a vector goes through the same SLEEF function on a partially
 * loaded vector, so every element of a float32/float64 tensor gets SLEEF's
 * result on these builds (measured with torch 2.14.1 for numel 1..40 and a
 * strided view, both capabilities).
 *
 * Verified against real torch 2.14.1 (Debian sid, libsleef3 3.9.0-1):
 * `Tensor.log_()` under `ATEN_CPU_CAPABILITY=avx2` and `=avx512`, compared bit
 * for bit, 0 mismatches in every run:
 * - float32, exhaustively on each capability: all 2,139,095,041 non-negative
 *   inputs from +0 to +Infinity (the 1,065,353,216 in (0, 1] among them);
 *   -0 gives -Infinity and the other 2,155,872,254 negative and NaN bit
 *   patterns give NaN.
 * - float64: 379,027,240 inputs on avx2 and 286,752,552 on avx512 (different
 *   seeds): `torch.rand` values u = k 2^-53 and 1 - u, random bit patterns in
 *   (0, 1) over every binade (subnormals included) and over all positive
 *   numbers, ±64 ulps around c 2^k for c in {0.75, 0.875, 1, 1.125, 1.25, 1.5}
 *   in every binade, 1 - j 2^-53 and 1 + j 2^-52 for j < 2^20, the 2^20
 *   smallest subnormals, the neighbourhoods of the smallest normal and of the
 *   largest double, and the special values.
 * The committed test replays 3,632 float32 and 3,550 float64 of those
 * (`testdata/sleef_log_torch_2.14.json`, written by
 * `testdata/generate_sleef_log.py`, which reruns both capabilities and the
 * tail check): edge cases, inputs where computing any single one of the
 * fused multiply-adds unfused changes the result (for each fma for which a
 * search found such inputs: 6 of the 8 float32 ones over all inputs, 5 of
 * the 12 float64 ones over 10^7 random inputs), inputs where SLEEF differs
 * from glibc or is not correctly rounded, and seeded random ones.
 *
 * Cost (Deno 2.9, x86-64 VM shared with other jobs, where `Math.log` takes
 * 12-20 ns): `sleefLogf` 50-100 ns (about 4x the glibc `logf` port),
 * `sleefLog` 120-250 ns (about 1.3x the glibc `log` port).
 *
 * NaN results are NaN; their payload and sign are not reproduced (the AVX2
 * build returns the default NaN, which is also what V8 stores for float32;
 * the AVX-512 build propagates an input NaN).
 *
 * @module
 */
/**
 * SLEEF's `logf_u10` (torch 2.14's AVX2/AVX-512 `Vectorized<float>::log`).
 *
 * @param x A float32 value (other numbers are rounded to float32 first).
 * @returns `log(x)` as SLEEF rounds it, a float32 value: -Infinity for ±0,
 * NaN for negative numbers and NaN, Infinity for Infinity.
 * @example
 * ```ts
 * import { sleefLogf } from "./_sleef_log.ts";
 * import assert from "node:assert/strict";
 * assert.equal(sleefLogf(1), 0);
 * assert.equal(sleefLogf(0.5), Math.fround(-Math.LN2));
 * ```
 */
export declare function sleefLogf(x: number): number;
/**
 * SLEEF's `log_u10` (torch 2.14's AVX2/AVX-512 `Vectorized<double>::log`).
 *
 * @param x A float64 value.
 * @returns `log(x)` as SLEEF rounds it: -Infinity for ±0, NaN for negative
 * numbers and NaN, Infinity for Infinity.
 * @example
 * ```ts
 * import { sleefLog } from "./_sleef_log.ts";
 * import assert from "node:assert/strict";
 * assert.equal(sleefLog(1), 0);
 * assert.equal(sleefLog(Math.E), 1);
 * ```
 */
export declare function sleefLog(x: number): number;
