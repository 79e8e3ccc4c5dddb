/* @ts-self-types="./_libm.d.ts" */
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
 * libm.so.6. Every fusion is emulated exactly (`fma64` from `_fma.ts`, or an
 * equivalent cheaper Dekker-based form in `_libm_f64.ts`); the float32
 * functions first try a plain evaluation and keep it only when it provably
 * rounds to the same float32. The constants and tables are transcribed from
 * the glibc 2.36 sources and checked against that library's `.rodata`.
 *
 * Measured agreement with the real glibc (compared through FFI against the
 * reference libm.so.6; 0 mismatching bits in every run):
 * - `logf`, `sinf`, `cosf`, `expf`, `erff`: all 2^32 float32 inputs each
 *   (this includes the 2^24 values 1 - k 2^-24 torch feeds to `logf` and
 *   both float32 and float64 products theta = fl(2 pi u) for `sinf`/`cosf`).
 * - `log`, `sin`, `cos`, `log1p`: 2-4 x 10^8 inputs each, random and
 *   structured (1 - u and 2u for u = k 2^-53, theta = 2 pi u, near 1, near
 *   multiples of pi/2, near powers of two and branch boundaries, every
 *   binade incl. subnormals, |x| up to 2^1024, random bit patterns).
 *
 * Cost (Deno 2.9, CPU time on a loaded x86-64 VM where `Math.log` takes
 * ~14 ns): `logf` ~15 ns, `sinf`/`cosf`/`expf` ~25 ns (|x| >= 120 in
 * `sinf`/`cosf` uses BigInt: ~200 ns), `erff` ~90 ns, `log`/`log1p`
 * ~90-100 ns, `sin`/`cos` ~130 ns.
 *
 * NaN results are NaN but their payload/sign bits are not reproduced.
 * Replay vectors: `testdata/libm_glibc_2.36.json` (see `_libm_test.ts`).
 *
 * @module
 */
export { cosf, erff, expf, logf, sinf } from "./_libm_f32.js";
export { cos, log, log1p, sin } from "./_libm_f64.js";
// float64 exp and erf live in a sibling module (ported separately).
export { erf, exp } from "./_libm_exp_erf.js";
