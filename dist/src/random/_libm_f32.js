/* @ts-self-types="./_libm_f32.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
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
import { fma64 } from "./_fma.js";
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
/** Bits of a float32 value. */
function asuint(x) {
    f32[0] = x;
    return u32[0];
}
/** float32 value of the given bits. */
function asfloat(i) {
    u32[0] = i;
    return f32[0];
}
// ---------------------------------------------------------------------------
// logf
// {invc, logc} pairs, from glibc e_logf_data.c (LOGF_TABLE_BITS = 4).
/** `logf`'s {invc, logc} pairs. Shared with the WebAssembly build (`_wasm_build.ts`). */
export const LOGF_T = new Float64Array([
    1.398907162146528,
    -0.33569133332882284,
    1.3403141896637998,
    -0.2929040563774074,
    1.286432210124115,
    -0.2518726580937369,
    1.2367150214269895,
    -0.21245868807117255,
    1.1906977166711752,
    -0.17453945183745634,
    1.1479821020556429,
    -0.1380057072319758,
    1.1082251448272158,
    -0.10275976698545139,
    1.0711297413057381,
    -0.06871392447020525,
    1.036437278977283,
    -0.0357891387398228,
    1.0,
    0.0,
    0.9492859795739057,
    0.05204517742929496,
    0.8951049428609004,
    0.11081431298787942,
    0.8476821620351103,
    0.1652495223695143,
    0.8050314851692001,
    0.21687389031699977,
    0.7664671008843108,
    0.2659635028121397,
    0.731428603316328,
    0.3127556664073557,
]);
const LOGF_LN2 = 0.6931471805599453; // 0x1.62e42fefa39efp-1
const LOGF_A0 = -0.25089342214237154; // -0x1.00ea348b88334p-2
const LOGF_A1 = 0.333456765744066; // 0x1.5575b0be00b6ap-2
const LOGF_A2 = -0.4999997485802103; // -0x1.ffffef20a4123p-2
/**
 * Natural logarithm of a float32 value, rounded to float32 exactly as glibc
 * 2.36's `logf` (x86-64 FMA variant) rounds it.
 *
 * @param x A float32 value (a number already rounded with `Math.fround`).
 * @returns `logf(x)` as a float32 value.
 */
export function logf(x) {
    let ix = asuint(x);
    if (ix === 0x3f800000)
        return 0;
    if (ix - 0x00800000 >>> 0 >= 0x7f000000) {
        // x < 0x1p-126, inf or nan.
        if ((ix & 0x7fffffff) === 0)
            return -Infinity;
        if (ix === 0x7f800000)
            return x;
        if ((ix & 0x80000000) !== 0 || ix >= 0x7f800000)
            return NaN;
        // Subnormal: normalize (exact scaling by 2^23).
        ix = asuint(x * 8388608) - (23 << 23);
    }
    // x = 2^k z, z in [0x3f330000, 2 * 0x3f330000) as float bits.
    const tmp = (ix - 0x3f330000) | 0;
    const i = (tmp >>> 19) & 15;
    const k = tmp >> 23;
    const z = asfloat((ix - (tmp & 0xff800000)) >>> 0);
    const invc = LOGF_T[2 * i];
    const logc = LOGF_T[2 * i + 1];
    // Fast path: evaluate without fusing (|error| < 2^-52 * (2|y| + 1.5), see
    // below) and return when both ends of a wider interval round to the same
    // float32. Otherwise evaluate exactly as glibc (GCC -mfma contracts every
    // multiply-add here).
    {
        const r = z * invc - 1;
        const r2 = r * r;
        const y = (LOGF_A0 * r2 + (LOGF_A1 * r + LOGF_A2)) * r2 + (r + (k * LOGF_LN2 + logc));
        const eps = (Math.abs(y) + 0.25) * 3.552713678800501e-15; // 2^-48
        const lo = Math.fround(y - eps);
        if (lo === Math.fround(y + eps))
            return lo;
    }
    const r = fma64(z, invc, -1);
    const y0 = fma64(k, LOGF_LN2, logc);
    const r2 = r * r;
    let y = fma64(r, LOGF_A1, LOGF_A2);
    y = fma64(r2, LOGF_A0, y);
    y = fma64(y, r2, r + y0);
    return Math.fround(y);
}
// ---------------------------------------------------------------------------
// sinf / cosf
// From glibc s_sincosf_data.c. The second table negates the cosine polynomial.
const HPI_INV = 10680707.430881744; // 0x1.45F306DC9C883p+23 (2/pi * 2^24)
const HPI = 1.5707963267948966; // 0x1.921FB54442D18p0
const PI63 = 3.4061215800865545e-19; // 0x1.921FB54442D18p-62 (2pi * 2^-64)
const C0 = 1.0;
const C1 = -0.49999999725108224; // -0x1.ffffffd0c621cp-2
const C2 = 0.041666623324344516; // 0x1.55553e1068f19p-5
const C3 = -0.001388676379437604; // -0x1.6c087e89a359dp-10
const C4 = 2.4390450703564542e-05; // 0x1.99343027bf8c3p-16
const S1 = -0.16666654943701084; // -0x1.555545995a603p-3
const S2 = 0.008332178146138854; // 0x1.1107605230bc4p-7
const S3 = -0.00019517298981385725; // -0x1.994eb3774cf24p-13
// 4/pi to 192 bits, 8 new bits per entry (glibc __inv_pio4).
const INV_PIO4 = [
    0xa2n,
    0xa2f9n,
    0xa2f983n,
    0xa2f9836en,
    0xf9836e4en,
    0x836e4e44n,
    0x6e4e4415n,
    0x4e441529n,
    0x441529fcn,
    0x1529fc27n,
    0x29fc2757n,
    0xfc2757d1n,
    0x2757d1f5n,
    0x57d1f534n,
    0xd1f534ddn,
    0xf534ddc0n,
    0x34ddc0dbn,
    0xddc0db62n,
    0xc0db6295n,
    0xdb629599n,
    0x6295993cn,
    0x95993c43n,
    0x993c4390n,
    0x3c439041n,
];
/**
 * sin(x) (quadrant even) or cos(x) (odd) polynomial in float64, before the
 * final rounding to float32; `neg` selects the negated cosine table. This is
 * the unfused evaluation used by the fast paths.
 */
function sincosfPolyNaive(x, x2, odd, neg) {
    if (!odd) {
        const x3 = x2 * x;
        return x3 * x2 * (x2 * S3 + S2) + (x3 * S1 + x);
    }
    const x4 = x2 * x2;
    const c = x2 * x4 * (x2 * C4 + C3) + (x4 * C2 + (x2 * C1 + C0));
    return neg ? -c : c;
}
/** The same polynomial as glibc's FMA build evaluates it, rounded to float32. */
function sincosfPoly(x, x2, odd, neg) {
    if (!odd) {
        const x3 = x2 * x;
        const x7 = x3 * x2;
        const s1 = fma64(x2, S3, S2);
        const s = fma64(x3, S1, x);
        return Math.fround(fma64(x7, s1, s));
    }
    const x4 = x2 * x2;
    const x6 = x2 * x4;
    let c1, c2, c;
    if (neg) {
        c1 = fma64(x2, -C1, -C0);
        c2 = fma64(x2, -C4, -C3);
        c = fma64(x4, -C2, c1);
    }
    else {
        c1 = fma64(x2, C1, C0);
        c2 = fma64(x2, C4, C3);
        c = fma64(x4, C2, c1);
    }
    return Math.fround(fma64(x6, c2, c));
}
let reducedN = 0;
/**
 * 2.62-bit fixed-point reduction of |x| >= 120 modulo pi/2 (glibc's
 * reduce_large); returns the remainder in radians and sets `reducedN`.
 */
function reduceLarge(xi) {
    const idx = (xi >>> 26) & 15;
    const shift = (xi >>> 23) & 7;
    const m = BigInt(((xi & 0x7fffff) | 0x800000) << shift >>> 0);
    const r0 = (m * INV_PIO4[idx]) & 0xffffffffn;
    const r1 = m * INV_PIO4[idx + 4];
    const r2 = m * INV_PIO4[idx + 8];
    let res = BigInt.asUintN(64, ((r2 >> 32n) | (r0 << 32n)) + r1);
    const n = BigInt.asUintN(64, res + (1n << 61n)) >> 62n;
    res = BigInt.asIntN(64, res - (n << 62n));
    reducedN = Number(n);
    return Number(res) * PI63;
}
function sincosf(y, cos) {
    const iy = asuint(y);
    const top = (iy >>> 20) & 0x7ff;
    if (top < 0x3f4) {
        // |y| < pi/4
        if (top < 0x398)
            return cos ? 1 : y; // |y| < 2^-12
        // Fast path: unfused evaluation, |error| < 2^-50 |result|.
        const yn = sincosfPolyNaive(y, y * y, cos, false);
        const eps = Math.abs(yn) * 7.105427357601002e-15; // 2^-47
        const lo = Math.fround(yn - eps);
        if (lo === Math.fround(yn + eps))
            return lo;
        return sincosfPoly(y, y * y, cos, false);
    }
    let x, n, q;
    if (top < 0x42f) {
        // |y| < 120: single-step reduction x = y - n * pi/2 (fused by GCC).
        n = (((y * HPI_INV) | 0) + 0x800000) >> 24;
        // Fast path: unfused evaluation; the product n * HPI is off by at most
        // 2^-53 * 1.58 |n|, the rest by less than 2^-51.
        const xn = y - n * HPI;
        const sx = (n & 3) === 1 || (n & 3) === 2 ? -xn : xn;
        const yn = sincosfPolyNaive(sx, xn * xn, ((n & 1) === 1) !== cos, (n & 2) !== 0);
        const eps = (Math.abs(n) + 4) * 8.881784197001252e-16; // 2^-50
        const lo = Math.fround(yn - eps);
        if (lo === Math.fround(yn + eps))
            return lo;
        x = fma64(-n, HPI, y);
        q = n;
    }
    else if (top < 0x7f8) {
        x = reduceLarge(iy);
        n = reducedN;
        q = n + (iy >>> 31);
    }
    else {
        return NaN;
    }
    const x2 = x * x;
    const xs = (q & 3) === 1 || (q & 3) === 2 ? -x : x;
    return sincosfPoly(xs, x2, ((n & 1) === 1) !== cos, (q & 2) !== 0);
}
/**
 * Sine of a float32 value, rounded to float32 exactly as glibc 2.36's `sinf`
 * (x86-64 FMA variant) rounds it.
 *
 * @param x A float32 value.
 * @returns `sinf(x)` as a float32 value.
 */
export function sinf(x) {
    return sincosf(x, false);
}
/**
 * Cosine of a float32 value, rounded to float32 exactly as glibc 2.36's `cosf`
 * (x86-64 FMA variant) rounds it.
 *
 * @param x A float32 value.
 * @returns `cosf(x)` as a float32 value.
 */
export function cosf(x) {
    return sincosf(x, true);
}
// ---------------------------------------------------------------------------
// expf
// From glibc e_exp2f_data.c (EXP2F_TABLE_BITS = 5): {hi, lo} words of
// uint64(2^(i/32)) - (i << 47).
// deno-fmt-ignore
const EXP2F_T = new Uint32Array([
    0x3ff00000, 0x00000000, 0x3fefd9b0, 0xd3158574, 0x3fefb558, 0x6cf9890f, 0x3fef9301, 0xd0125b51,
    0x3fef72b8, 0x3c7d517b, 0x3fef5487, 0x3168b9aa, 0x3fef387a, 0x6e756238, 0x3fef1e9d, 0xf51fdee1,
    0x3fef06fe, 0x0a31b715, 0x3feef1a7, 0x373aa9cb, 0x3feedea6, 0x4c123422, 0x3feece08, 0x6061892d,
    0x3feebfda, 0xd5362a27, 0x3feeb42b, 0x569d4f82, 0x3feeab07, 0xdd485429, 0x3feea47e, 0xb03a5585,
    0x3feea09e, 0x667f3bcd, 0x3fee9f75, 0xe8ec5f74, 0x3feea114, 0x73eb0187, 0x3feea589, 0x994cce13,
    0x3feeace5, 0x422aa0db, 0x3feeb737, 0xb0cdc5e5, 0x3feec491, 0x82a3f090, 0x3feed503, 0xb23e255d,
    0x3feee89f, 0x995ad3ad, 0x3feeff76, 0xf2fb5e47, 0x3fef199b, 0xdd85529c, 0x3fef3720, 0xdcef9069,
    0x3fef5818, 0xdcfba487, 0x3fef7c97, 0x337b9b5f, 0x3fefa4af, 0xa2a490da, 0x3fefd076, 0x5b6e4540,
]);
/** `expf`'s 2^(i/32). Shared with the WebAssembly build (`_wasm_build.ts`). */
export const EXP2F_TD = new Float64Array(32);
{
    const u = new Uint32Array(EXP2F_TD.buffer);
    const hiIdx = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
    for (let i = 0; i < 32; i++) {
        // tab[i] + (i << 47) = bits of 2^(i/32)
        u[2 * i + hiIdx] = EXP2F_T[2 * i] + (i << 15);
        u[2 * i + 1 - hiIdx] = EXP2F_T[2 * i + 1];
    }
}
const INVLN2N = 46.16624130844683; // 0x1.71547652b82fep+0 * 32
const EXPF_SHIFT = 6755399441055744.0; // 0x1.8p+52
const EXPF_C0 = 1.6938359250920212e-06; // 0x1.c6af84b912394p-5 / 32^3
const EXPF_C1 = 0.00023459809789509004; // 0x1.ebfce50fac4f3p-3 / 32^2
const EXPF_C2 = 0.021660849396613134; // 0x1.62e42ff0c52d6p-1 / 32
const f64s = new Float64Array(1);
const u64s = new Uint32Array(f64s.buffer);
const HI64 = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
/**
 * Exponential of a float32 value, rounded to float32 exactly as glibc 2.36's
 * `expf` (x86-64 FMA variant) rounds it.
 *
 * @param x A float32 value.
 * @returns `expf(x)` as a float32 value.
 */
export function expf(x) {
    const ix = asuint(x);
    const abstop = (ix >>> 20) & 0x7ff;
    if (abstop >= 0x42b) {
        // |x| >= 88 or x is nan.
        if (ix === 0xff800000)
            return 0;
        if (abstop >= 0x7f8)
            return x + x;
        if (x > 88.72283172607422)
            return Infinity; // 0x1.62e42ep6f
        if (x < -103.97207641601562)
            return 0; // -0x1.9fe368p6f
        if (x < -103.27892303466797)
            return 1.401298464324817e-45; // 0x1p-149
    }
    // x*32/ln2 = k + r with integer k and r in [-1/2, 1/2].
    // Fast path: unless x*32/ln2 is within 2^-38 of a half-integer, the fused
    // and unfused roundings agree on k, r differs by < 2^-40 and the result by
    // < 2^-46 |result|.
    {
        const z = INVLN2N * x;
        const kd = (z + EXPF_SHIFT) - EXPF_SHIFT;
        const r = z - kd;
        if (Math.abs(r) < 0.499999999996362) { // 0.5 - 2^-38
            f64s[0] = EXP2F_TD[kd & 31];
            u64s[HI64] += (kd >> 5) << 20;
            const r2 = r * r;
            const y = ((EXPF_C0 * r + EXPF_C1) * r2 + (EXPF_C2 * r + 1)) * f64s[0];
            const eps = Math.abs(y) * 5.684341886080802e-14; // 2^-44
            const lo = Math.fround(y - eps);
            if (lo === Math.fround(y + eps))
                return lo;
        }
    }
    const kds = fma64(INVLN2N, x, EXPF_SHIFT);
    const kd = kds - EXPF_SHIFT;
    const r = fma64(INVLN2N, x, -kd);
    // s = 2^(k/32)
    f64s[0] = EXP2F_TD[kd & 31];
    u64s[HI64] += (kd >> 5) << 20;
    const s = f64s[0];
    const z = fma64(r, EXPF_C0, EXPF_C1);
    const r2 = r * r;
    const y = fma64(z, r2, fma64(r, EXPF_C2, 1));
    return Math.fround(y * s);
}
// ---------------------------------------------------------------------------
// erff (fdlibm/NetBSD float code; glibc builds it without FMA, all arithmetic
// in float32, and it calls the FMA expf above).
const F = Math.fround;
// From glibc s_erff.c (Sun Microsystems, freely redistributable).
const ERX = F(8.4506291151e-01);
const EFX = F(1.2837916613e-01);
const PP0 = F(1.2837916613e-01);
const PP1 = F(-3.2504209876e-01);
const PP2 = F(-2.8481749818e-02);
const PP3 = F(-5.7702702470e-03);
const PP4 = F(-2.3763017452e-05);
const QQ1 = F(3.9791721106e-01);
const QQ2 = F(6.5022252500e-02);
const QQ3 = F(5.0813062117e-03);
const QQ4 = F(1.3249473704e-04);
const QQ5 = F(-3.9602282413e-06);
const PA0 = F(-2.3621185683e-03);
const PA1 = F(4.1485610604e-01);
const PA2 = F(-3.7220788002e-01);
const PA3 = F(3.1834661961e-01);
const PA4 = F(-1.1089469492e-01);
const PA5 = F(3.5478305072e-02);
const PA6 = F(-2.1663755178e-03);
const QA1 = F(1.0642088205e-01);
const QA2 = F(5.4039794207e-01);
const QA3 = F(7.1828655899e-02);
const QA4 = F(1.2617121637e-01);
const QA5 = F(1.3637083583e-02);
const QA6 = F(1.1984500103e-02);
const RA0 = F(-9.8649440333e-03);
const RA1 = F(-6.9385856390e-01);
const RA2 = F(-1.0558626175e+01);
const RA3 = F(-6.2375331879e+01);
const RA4 = F(-1.6239666748e+02);
const RA5 = F(-1.8460508728e+02);
const RA6 = F(-8.1287437439e+01);
const RA7 = F(-9.8143291473e+00);
const SA1 = F(1.9651271820e+01);
const SA2 = F(1.3765776062e+02);
const SA3 = F(4.3456588745e+02);
const SA4 = F(6.4538726807e+02);
const SA5 = F(4.2900814819e+02);
const SA6 = F(1.0863500214e+02);
const SA7 = F(6.5702495575e+00);
const SA8 = F(-6.0424413532e-02);
const RB0 = F(-9.8649431020e-03);
const RB1 = F(-7.9928326607e-01);
const RB2 = F(-1.7757955551e+01);
const RB3 = F(-1.6063638306e+02);
const RB4 = F(-6.3756646729e+02);
const RB5 = F(-1.0250950928e+03);
const RB6 = F(-4.8351919556e+02);
const SB1 = F(3.0338060379e+01);
const SB2 = F(3.2579251099e+02);
const SB3 = F(1.5367296143e+03);
const SB4 = F(3.1998581543e+03);
const SB5 = F(2.5530502930e+03);
const SB6 = F(4.7452853394e+02);
const SB7 = F(-2.2440952301e+01);
const EFX16 = F(16 * EFX);
// The polynomials c[0] + s*(c[1] + s*(... + s*c[n])), every operation rounded
// to float32, written out: a loop over a coefficient array is not inlined and
// costs several times more.
function erfPP(s) {
    let a = PP4;
    a = F(PP3 + F(s * a));
    a = F(PP2 + F(s * a));
    a = F(PP1 + F(s * a));
    a = F(PP0 + F(s * a));
    return a;
}
function erfQQ(s) {
    let a = QQ5;
    a = F(QQ4 + F(s * a));
    a = F(QQ3 + F(s * a));
    a = F(QQ2 + F(s * a));
    a = F(QQ1 + F(s * a));
    a = F(1 + F(s * a));
    return a;
}
function erfPA(s) {
    let a = PA6;
    a = F(PA5 + F(s * a));
    a = F(PA4 + F(s * a));
    a = F(PA3 + F(s * a));
    a = F(PA2 + F(s * a));
    a = F(PA1 + F(s * a));
    a = F(PA0 + F(s * a));
    return a;
}
function erfQA(s) {
    let a = QA6;
    a = F(QA5 + F(s * a));
    a = F(QA4 + F(s * a));
    a = F(QA3 + F(s * a));
    a = F(QA2 + F(s * a));
    a = F(QA1 + F(s * a));
    a = F(1 + F(s * a));
    return a;
}
function erfRA(s) {
    let a = RA7;
    a = F(RA6 + F(s * a));
    a = F(RA5 + F(s * a));
    a = F(RA4 + F(s * a));
    a = F(RA3 + F(s * a));
    a = F(RA2 + F(s * a));
    a = F(RA1 + F(s * a));
    a = F(RA0 + F(s * a));
    return a;
}
function erfSA(s) {
    let a = SA8;
    a = F(SA7 + F(s * a));
    a = F(SA6 + F(s * a));
    a = F(SA5 + F(s * a));
    a = F(SA4 + F(s * a));
    a = F(SA3 + F(s * a));
    a = F(SA2 + F(s * a));
    a = F(SA1 + F(s * a));
    a = F(1 + F(s * a));
    return a;
}
function erfRB(s) {
    let a = RB6;
    a = F(RB5 + F(s * a));
    a = F(RB4 + F(s * a));
    a = F(RB3 + F(s * a));
    a = F(RB2 + F(s * a));
    a = F(RB1 + F(s * a));
    a = F(RB0 + F(s * a));
    return a;
}
function erfSB(s) {
    let a = SB7;
    a = F(SB6 + F(s * a));
    a = F(SB5 + F(s * a));
    a = F(SB4 + F(s * a));
    a = F(SB3 + F(s * a));
    a = F(SB2 + F(s * a));
    a = F(SB1 + F(s * a));
    a = F(1 + F(s * a));
    return a;
}
/**
 * Error function of a float32 value, rounded to float32 exactly as glibc
 * 2.36's `erff` (x86-64) rounds it.
 *
 * @param x A float32 value.
 * @returns `erff(x)` as a float32 value.
 */
export function erff(x) {
    const hx = asuint(x) | 0;
    const ix = hx & 0x7fffffff;
    if (ix >= 0x7f800000) {
        // erf(nan) = nan, erf(+-inf) = +-1
        return F((hx < 0 ? -1 : 1) + 1 / x);
    }
    if (ix < 0x3f580000) {
        // |x| < 0.84375
        if (ix < 0x31800000) {
            // |x| < 2^-28
            if (ix < 0x04000000)
                return F(0.0625 * F(F(16 * x) + F(EFX16 * x)));
            return F(x + F(EFX * x));
        }
        const z = F(x * x);
        const y = F(erfPP(z) / erfQQ(z));
        return F(x + F(x * y));
    }
    if (ix < 0x3fa00000) {
        // 0.84375 <= |x| < 1.25
        const s = F(Math.abs(x) - 1);
        const pq = F(erfPA(s) / erfQA(s));
        return hx >= 0 ? F(ERX + pq) : F(-ERX - pq);
    }
    if (ix >= 0x40c00000)
        return hx >= 0 ? 1 : -1; // |x| >= 6: +-(1 - tiny)
    const ax = Math.abs(x);
    const s = F(1 / F(ax * ax));
    const rs = ix < 0x4036db6e // |x| < 1/0.35
        ? F(erfRA(s) / erfSA(s))
        : F(erfRB(s) / erfSB(s));
    const z = asfloat(asuint(ax) & 0xfffff000);
    const r = F(expf(F(F(-z * z) - 0.5625)) * expf(F(F(F(z - ax) * F(z + ax)) + rs)));
    return hx >= 0 ? F(1 - F(r / ax)) : F(F(r / ax) - 1);
}
