/* @ts-self-types="./_erfinv.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Mirror of ATen's `calc_erfinv` (`aten/src/ATen/native/Math.h`, torch 1.13):
 * a rational first guess (central region |y| <= 0.7, tail otherwise) refined
 * by two Newton steps that call libm's `erf` and `exp`. For float32 every
 * literal is a float and every operation is a float operation with glibc's
 * `logf`/`erff`/`expf`; GCC's AVX2/AVX-512 builds contract each
 * `p * z + q` of the polynomials into an FMA, the default build does not.
 * float64 does the same in double with `log`/`erf`/`exp`.
 *
 * @module
 */
import { erf, erff, exp, expf, log, logf } from "../random/_libm.js";
import { fma32, fma64Fast } from "../random/_fma.js";
const f = Math.fround;
const A = [0.886226899, -1.645349621, 0.914624893, -0.140543331];
const B = [-2.118377725, 1.442710462, -0.329097515, 0.012229801];
const C = [-1.970840454, -1.624906493, 3.429567803, 1.641345311];
const D = [3.543889200, 1.637067800];
const A32 = A.map(f);
const B32 = B.map(f);
const C32 = C.map(f);
const D32 = D.map(f);
const CENTRAL32 = f(0.7);
/** `static_cast<float>(2.0) / static_cast<float>(std::sqrt(c10::pi<double>))` */
const K32 = f(2 / f(Math.sqrt(Math.PI)));
const K64 = 2 / Math.sqrt(Math.PI);
/** `p * z + q` in float32: one rounding when `fused`, two otherwise. */
function ma32(p, z, q, fused) {
    return fused ? fma32(p, z, q) : f(f(p * z) + q);
}
/** `p * z + q` in double: one rounding when `fused`, two otherwise. */
function ma64(p, z, q, fused) {
    return fused ? fma64Fast(p, z, q) : p * z + q;
}
/**
 * `calc_erfinv<float>(y)`; `fused` selects the AVX2/AVX-512 contraction.
 * `crErff` selects glibc 2.41+'s correctly rounded `erff` (CORE-MATH), which
 * equals `(float)erf((double)x)` for every float x (checked exhaustively
 * against glibc 2.41 and 2.43); otherwise glibc 2.36's `erff`.
 */
export function erfinv32(y, fused, crErff = false) {
    const ay = Math.abs(y);
    if (ay > 1)
        return NaN;
    if (ay === 1)
        return y > 0 ? Infinity : -Infinity;
    let x;
    if (ay <= CENTRAL32) {
        const z = f(y * y);
        const num = ma32(ma32(ma32(A32[3], z, A32[2], fused), z, A32[1], fused), z, A32[0], fused);
        const dem = ma32(ma32(ma32(ma32(B32[3], z, B32[2], fused), z, B32[1], fused), z, B32[0], fused), z, 1, fused);
        x = f(f(y * num) / dem);
    }
    else {
        const z = f(Math.sqrt(-logf(f(f(1 - ay) / 2))));
        const num = ma32(ma32(ma32(C32[3], z, C32[2], fused), z, C32[1], fused), z, C32[0], fused);
        const dem = ma32(ma32(D32[1], z, D32[0], fused), z, 1, fused);
        x = f((y < 0 || Object.is(y, -0) ? -Math.abs(num) : Math.abs(num)) / dem);
    }
    for (let k = 0; k < 2; k++) {
        const e = f((crErff ? f(erf(x)) : erff(x)) - y);
        const g = f(K32 * expf(f(-x * x)));
        x = f(x - f(e / g));
    }
    return x;
}
/** `calc_erfinv<double>(y)`; `fused` selects the AVX2/AVX-512 contraction. */
export function erfinv64(y, fused) {
    const ay = Math.abs(y);
    if (ay > 1)
        return NaN;
    if (ay === 1)
        return y > 0 ? Infinity : -Infinity;
    let x;
    if (ay <= 0.7) {
        const z = y * y;
        const num = ma64(ma64(ma64(A[3], z, A[2], fused), z, A[1], fused), z, A[0], fused);
        const dem = ma64(ma64(ma64(ma64(B[3], z, B[2], fused), z, B[1], fused), z, B[0], fused), z, 1, fused);
        x = (y * num) / dem;
    }
    else {
        const z = Math.sqrt(-log((1 - ay) / 2));
        const num = ma64(ma64(ma64(C[3], z, C[2], fused), z, C[1], fused), z, C[0], fused);
        const dem = ma64(ma64(D[1], z, D[0], fused), z, 1, fused);
        x = (y < 0 || Object.is(y, -0) ? -Math.abs(num) : Math.abs(num)) / dem;
    }
    for (let k = 0; k < 2; k++) {
        x = x - (erf(x) - y) / (K64 * exp(-x * x));
    }
    return x;
}
