// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Bit-exact ports of the glibc libm functions that PyTorch's CPU kernels call
 * (through the platform libm) on the reference platform: Debian 12, glibc 2.36
 * (libc6 2.36-9+deb12u14), x86-64 with AVX2 + FMA, where glibc's ifunc
 * resolver selects the `*_fma` variants (the generic C sources compiled with
 * `-mfma -mavx2`, so GCC contracts some `a * b + c` into fused operations).
 *
 * - float32: `logf`, `sinf`, `cosf`, `expf` (ARM optimized-routines code in
 *   glibc; FMA variants) and `erff` (fdlibm float code, built without FMA, but
 *   calling the FMA `expf`). Implemented in `_libm_f32.ts`.
 * - float64: `log` (ARM optimized-routines; FMA variant), `sin`/`cos` (IBM
 *   Accurate Mathematical Library `s_sin.c`; FMA variant; `branred.c` without
 *   FMA) and `log1p` (fdlibm; FMA variant, present in Debian's 2.36 builds).
 *   Implemented in `_libm_f64.ts`.
 *
 * Which multiply-adds are fused was read off the disassembly of Debian 12's
 * libm.so.6 (every fusion is emulated with the exact `fma64` from `_fma.ts`);
 * the constants and tables are transcribed from the glibc 2.36 sources and
 * checked against that library's `.rodata`.
 *
 * Measured agreement with the real glibc (0 mismatching bits in all runs):
 * - `logf`, `sinf`, `cosf`, `expf`, `erff`: all 2^32 float32 inputs.
 * - `log`, `sin`, `cos`, `log1p`: over 10^8 inputs each, random and
 *   structured (the uniform ranges torch uses, near 1, near multiples of
 *   pi/2, every binade, subnormals, |x| up to 2^1024, specials).
 *
 * NaN results are NaN but their payload/sign bits are not reproduced.
 * Replay vectors: `testdata/libm_glibc_2.36.json` (see `_libm_test.ts`).
 *
 * @module
 */

export { cosf, erff, expf, logf, sinf } from "./_libm_f32.ts";
export { cos, log, log1p, sin } from "./_libm_f64.ts";
// float64 exp and erf live in a sibling module (ported separately).
export { erf, exp } from "./_libm_exp_erf.ts";
