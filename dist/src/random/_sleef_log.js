/* @ts-self-types="./_sleef_log.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
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
import { fma32, fma64Fast } from "./_fma.js";
const f = Math.fround;
const F32 = new Float32Array(1);
const U32 = new Uint32Array(F32.buffer);
const F64 = new Float64Array(1);
const W64 = new Uint32Array(F64.buffer);
// Index of the high 32-bit word of a float64 in W64.
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
// ln 2 as a float pair (hi + lo) and the polynomial, as float32.
const LN2_HI_F = f(0.69314718246459960938);
const LN2_LO_F = f(-1.904654323148236017e-09);
const INV_075_F = f(1 / 0.75);
const P2_F = f(0.3027294874);
const P1_F = f(0.3996108174);
const P0_F = f(0.666669488);
const FLT_MIN = 2 ** -126;
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
export function sleefLogf(x) {
    let d = f(x);
    if (!(d > 0 && d < Infinity)) {
        if (d === 0)
            return -Infinity;
        return d === Infinity ? Infinity : NaN;
    }
    let bias = 0;
    if (d < FLT_MIN) {
        d *= 18446744073709551616; // 2^64, exact
        bias = -64;
    }
    // e = ilogb(d * (1/0.75)), m = d 2^-e by adding to the exponent field.
    F32[0] = d * INV_075_F;
    let e = ((U32[0] >>> 23) & 0xff) - 0x7f;
    F32[0] = d;
    U32[0] = U32[0] + ((-e) << 23);
    const m = F32[0];
    e += bias;
    // (ln2 hi, ln2 lo) * e in double-float. LN2_HI_F * e (24 + 8 bits) and
    // its difference from sx are exact in double: the inner fma.
    const sx = f(LN2_HI_F * e);
    const sy = fma32(LN2_LO_F, e, LN2_HI_F * e - sx);
    // SLEEF forms m - 1 and m + 1 as float pairs (TwoSum). m - 1 is exact
    // (Sterbenz, m in [0.75, 1.5)), so its low part is +0; m + 1 is exact in
    // double, which gives the low part of the pair directly.
    const nx = m - 1;
    const qx = f(m + 1);
    const qy = m + 1 - qx;
    // x = n / q in double-float (FMA form), the low part of n being 0. With
    // t = fl(1/qx), t nx - fl(t nx) and 1 - qx t are exact in double (48-bit
    // products) and representable in float (Markstein), so those fmas are
    // exact operations.
    const t = f(1 / qx);
    const xx = f(nx * t);
    const u = nx * t - xx;
    const w = fma32(-qy, t, 1 - qx * t);
    const xy = fma32(xx, w, u);
    const x2 = f(xx * xx);
    let p = fma32(P2_F, x2, P1_F);
    p = fma32(p, x2, P0_F);
    // (sx, sy) + 2 (xx, xy), then + x^3 p.
    const ax = f(sx + 2 * xx);
    const ay = f(f(f(f(sx - ax) + 2 * xx) + sy) + 2 * xy);
    const y = f(f(x2 * xx) * p);
    const bx = f(ax + y);
    const by = f(f(f(ax - bx) + y) + ay);
    return f(bx + by);
}
// ln 2 as a double pair and the Estrin polynomial's coefficients.
const LN2_HI = 0.693147180559945286226764;
const LN2_LO = 2.319046813846299558417771e-17;
const INV_075 = 1 / 0.75;
const C6 = 0.1532076988502701353;
const C5 = 0.1525629051003428716;
const C4 = 0.1818605932937785996;
const C3 = 0.2222214519839380009;
const C2 = 0.2857142932794299317;
const C1 = 0.399999999963525199;
const C0 = 0.6666666666667333541;
const DBL_MIN = 2 ** -1022;
const SPLITTER = 134217729; // 2^27 + 1
/**
 * The rounding error `a * b - fl(a * b)` (exactly representable barring
 * underflow), by Dekker's product; equal to `fma(a, b, -fl(a * b))`.
 */
function productError(a, b, p) {
    let t = SPLITTER * a;
    const ah = t - (t - a);
    const al = a - ah;
    t = SPLITTER * b;
    const bh = t - (t - b);
    const bl = b - bh;
    return al * bl - (((p - ah * bh) - al * bh) - ah * bl);
}
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
export function sleefLog(x) {
    let d = x;
    if (!(d > 0 && d < Infinity)) {
        if (d === 0)
            return -Infinity;
        return d === Infinity ? Infinity : NaN;
    }
    let bias = 0;
    if (d < DBL_MIN) {
        d *= 18446744073709551616; // 2^64, exact
        bias = -64;
    }
    F64[0] = d * INV_075;
    let e = ((W64[HI] >>> 20) & 0x7ff) - 0x3ff;
    F64[0] = d;
    W64[HI] = W64[HI] + ((-e) << 20);
    const m = F64[0];
    e += bias;
    // n = m - 1 (exact, Sterbenz: its low part is +0) and q = m + 1 as a
    // pair (TwoSum).
    const nx = m - 1;
    const qx = m + 1;
    const v = qx - 1;
    const qy = (1 - (qx - v)) + (m - v);
    // x = n / q in double-double (FMA form). t*nx - xx is a product error;
    // 1 - qx t is exact for t = fl(1/qx) (Markstein), so its fma is too.
    const t = 1 / qx;
    const xx = nx * t;
    const u = productError(t, nx, xx);
    const pq = qx * t;
    const r1 = (1 - pq) - productError(qx, t, pq);
    const w = fma64Fast(-qy, t, r1);
    const xy = fma64Fast(xx, w, u);
    const x2 = xx * xx;
    const x4 = x2 * x2;
    const x8 = x4 * x4;
    const p = fma64Fast(x8, fma64Fast(x4, C6, fma64Fast(x2, C5, C4)), fma64Fast(x4, fma64Fast(x2, C3, C2), fma64Fast(x2, C1, C0)));
    // (ln2 hi, ln2 lo) * e in double-double.
    const sx = LN2_HI * e;
    const sy = fma64Fast(LN2_LO, e, productError(LN2_HI, e, sx));
    const ax = sx + 2 * xx;
    const ay = (((sx - ax) + 2 * xx) + sy) + 2 * xy;
    const y = (x2 * xx) * p;
    const bx = ax + y;
    const by = ((ax - bx) + y) + ay;
    return bx + by;
}
