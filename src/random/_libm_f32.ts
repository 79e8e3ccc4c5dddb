// Copyright 2026 the torch-parity authors. MIT license.
/**
 * float32 libm functions reproducing glibc 2.36's x86-64 FMA variants
 * (`__logf_fma`, `__sinf_fma`, `__cosf_fma`) bit for bit. See `_libm.ts`.
 *
 * Algorithms: ARM optimized-routines (Szabolcs Nagy), as shipped in glibc
 * `sysdeps/ieee754/flt-32/{e_logf.c,s_sinf.c,s_cosf.c,s_sincosf.h}`. The
 * numeric constants and tables below are transcribed from glibc
 * (`e_logf_data.c`, `s_sincosf_data.c`; MIT / LGPL-2.1) and were checked
 * against the `.rodata` of Debian 12's libm.so.6. The operations that GCC
 * fused into FMA instructions were read off the disassembly of that libm.
 *
 * @module
 */

import { fma64 } from "./_fma.ts";

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** Bits of a float32 value. */
function asuint(x: number): number {
  f32[0] = x;
  return u32[0];
}

/** float32 value of the given bits. */
function asfloat(i: number): number {
  u32[0] = i;
  return f32[0];
}

// ---------------------------------------------------------------------------
// logf

// {invc, logc} pairs, from glibc e_logf_data.c (LOGF_TABLE_BITS = 4).
const LOGF_T = new Float64Array([
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
export function logf(x: number): number {
  let ix = asuint(x);
  if (ix === 0x3f800000) return 0;
  if (ix - 0x00800000 >>> 0 >= 0x7f000000) {
    // x < 0x1p-126, inf or nan.
    if ((ix & 0x7fffffff) === 0) return -Infinity;
    if (ix === 0x7f800000) return x;
    if ((ix & 0x80000000) !== 0 || ix >= 0x7f800000) return NaN;
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
  // GCC -mfma contracts every multiply-add below.
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

/** sin(x) (quadrant even) or cos(x) (odd) polynomial; `neg` selects table 1. */
function sincosfPoly(x: number, x2: number, odd: boolean, neg: boolean): number {
  if (!odd) {
    const x3 = x2 * x;
    const x7 = x3 * x2;
    const s1 = fma64(x2, S3, S2);
    const s = fma64(x3, S1, x);
    return Math.fround(fma64(x7, s1, s));
  }
  const x4 = x2 * x2;
  const x6 = x2 * x4;
  let c1: number, c2: number, c: number;
  if (neg) {
    c1 = fma64(x2, -C1, -C0);
    c2 = fma64(x2, -C4, -C3);
    c = fma64(x4, -C2, c1);
  } else {
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
function reduceLarge(xi: number): number {
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

function sincosf(y: number, cos: boolean): number {
  const iy = asuint(y);
  const top = (iy >>> 20) & 0x7ff;
  if (top < 0x3f4) {
    // |y| < pi/4
    if (top < 0x398) return cos ? 1 : y; // |y| < 2^-12
    return sincosfPoly(y, y * y, cos, false);
  }
  let x: number, n: number, q: number;
  if (top < 0x42f) {
    // |y| < 120: single-step reduction.
    n = (((y * HPI_INV) | 0) + 0x800000) >> 24;
    x = fma64(-n, HPI, y);
    q = n;
  } else if (top < 0x7f8) {
    x = reduceLarge(iy);
    n = reducedN;
    q = n + (iy >>> 31);
  } else {
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
export function sinf(x: number): number {
  return sincosf(x, false);
}

/**
 * Cosine of a float32 value, rounded to float32 exactly as glibc 2.36's `cosf`
 * (x86-64 FMA variant) rounds it.
 *
 * @param x A float32 value.
 * @returns `cosf(x)` as a float32 value.
 */
export function cosf(x: number): number {
  return sincosf(x, true);
}
