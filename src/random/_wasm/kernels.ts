// Copyright 2026 the torch-parity authors. MIT license.
//
// AssemblyScript source of the WebAssembly kernels (built by
// `deno task build:wasm` into src/random/_kernels_wasm.ts). They compute
// exactly what the TypeScript kernels in src/random/_uniform.ts and
// src/random/_normal.ts compute, bit for bit, with 128-bit SIMD:
//
// - the MT19937 twist and tempering, four words at a time;
// - `uniform_` for float32 (the unit, fused and two-rounding forms);
// - `normal_`'s float32 AVX2 block transform (`log256_ps`, `sincos256_ps`).
//
// float32 arithmetic is WebAssembly's own (IEEE single, round to nearest
// even). A fused multiply-add is emulated in float64: the product of two
// float32 values is exact in double, so `a * b + c` has one rounding there and
// demoting it to float32 is correct unless the double sum is exactly a float32
// midpoint (or below the float32 normal range, where midpoints sit elsewhere).
// Every emulated FMA checks for that case; when a lane hits it, the double sum
// is first rounded to odd with the exact sum's error term (Boldo and
// Melquiond), which makes the demotion correct.
//
// Memory layout (two 64 KiB pages):
//   [0, 2496)        the 624 MT19937 state words
//   2496, 2500       left, next (ATen's bookkeeping)
//   [4096, 69632)    the output chunk, CHUNK float32 values

const STATE: usize = 0;
const LEFT: usize = 2496;
const NEXT: usize = 2500;
const OUT: usize = 4096;
const MT_N: i32 = 624;
const MT_M: i32 = 397;
const MATRIX_A: u32 = 0x9908b0df;

/** Largest number of float32 values one call writes. */
export const CHUNK: i32 = 16384;

/** Byte offset of the output chunk. */
export function outPtr(): usize {
  return OUT;
}

/** Byte offset of the state words (left and next follow at 2496 and 2500). */
export function statePtr(): usize {
  return STATE;
}

// ---------------------------------------------------------------------------
// MT19937

@inline function twistWord(k: i32, kn: i32, km: i32): void {
  const y = (load<u32>(STATE + (<usize>k << 2)) & 0x80000000) |
    (load<u32>(STATE + (<usize>kn << 2)) & 0x7fffffff);
  store<u32>(
    STATE + (<usize>k << 2),
    load<u32>(STATE + (<usize>km << 2)) ^ (y >> 1) ^ (-(y & 1) & MATRIX_A),
  );
}

@inline function twistVec(k: i32, km: i32): void {
  const p = STATE + (<usize>k << 2);
  const y = v128.or(
    v128.and(v128.load(p), i32x4.splat(0x80000000)),
    v128.and(v128.load(p + 4), i32x4.splat(0x7fffffff)),
  );
  const odd = i32x4.sub(i32x4.splat(0), v128.and(y, i32x4.splat(1)));
  v128.store(
    p,
    v128.xor(
      v128.xor(v128.load(STATE + (<usize>km << 2)), i32x4.shr_u(y, 1)),
      v128.and(odd, i32x4.splat(MATRIX_A)),
    ),
  );
}

/** Regenerate the 624 words. Each vector reads words at least 4 apart from those it writes. */
function twist(): void {
  let k = 0;
  for (; k + 4 <= MT_N - MT_M; k += 4) twistVec(k, k + MT_M);
  for (; k < MT_N - MT_M; k++) twistWord(k, k + 1, k + MT_M);
  for (; k + 4 <= MT_N - 1; k += 4) twistVec(k, k + MT_M - MT_N);
  for (; k < MT_N - 1; k++) twistWord(k, k + 1, k + MT_M - MT_N);
  twistWord(MT_N - 1, 0, MT_M - 1);
}

@inline function temperVec(y0: v128): v128 {
  let y = y0;
  y = v128.xor(y, i32x4.shr_u(y, 11));
  y = v128.xor(y, v128.and(i32x4.shl(y, 7), i32x4.splat(0x9d2c5680)));
  y = v128.xor(y, v128.and(i32x4.shl(y, 15), i32x4.splat(0xefc60000)));
  return v128.xor(y, i32x4.shr_u(y, 18));
}

@inline function temper(y0: u32): u32 {
  let y = y0;
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  return y ^ (y >> 18);
}

/**
 * Twist if no word is left before the next twist (ATen's `left == 1`), and
 * return how many words can be taken now, at most `want`.
 */
function ready(want: i32): i32 {
  let left = load<i32>(LEFT);
  if (left == 1) {
    twist();
    left = MT_N + 1;
    store<i32>(LEFT, left);
    store<i32>(NEXT, 0);
  }
  return min(left - 1, want);
}

@inline function took(n: i32): void {
  store<i32>(LEFT, load<i32>(LEFT) - n);
  store<i32>(NEXT, load<i32>(NEXT) + n);
}

// ---------------------------------------------------------------------------
// Exact float32 FMA

/** `a * b + c` rounded once to float32 (the exact sum decides midpoints). */
function fma32x(a: f32, b: f32, c: f32): f32 {
  const p = <f64>a * <f64>b;
  const cd = <f64>c;
  const s = p + cd;
  const bb = s - cd;
  const e = (cd - (s - bb)) + (p - bb);
  if (e == 0 || !isFinite(s)) return <f32>s;
  // Round s to odd: an inexact s with an even last bit moves one ulp towards
  // the exact value, then a single rounding to float32 is correct.
  let bits = reinterpret<i64>(s);
  if ((bits & 1) == 0) bits += (e > 0) == (s > 0) ? 1 : -1;
  return <f32>reinterpret<f64>(bits);
}

/**
 * Lanes of a double sum `s` whose demotion to float32 may be misrounded: the
 * float32 midpoints (the 29 low significand bits are 1 << 28).
 *
 * Sums below the float32 normal range, where midpoints sit at other bits,
 * need no check in these kernels: such an `s = RN(a * b + c)` is exact. If
 * |c| >= 2^-125 the sum cancels to within a factor of 2 (Sterbenz); otherwise
 * c is 0 (s = a * b, exact) or, in `uniform_`, a tiny `from` with a product
 * whose last bit is at least 2^-173, leaving at most 47 significant bits. The
 * normal transform's addends are constants, E * Q1 (0 or >= 2^-12), the
 * reduced angle (0 or >= 2^-50) or the mean.
 */
@inline function midpointLanes(s: v128): v128 {
  return i64x2.eq(v128.and(s, i64x2.splat(0x1fffffff)), i64x2.splat(0x10000000));
}

/**
 * Round the double sums `s = RN(p + c)` to odd: where the sum was inexact and
 * `s` has an even last bit, step one ulp towards the exact value. A single
 * rounding of the result to float32 is then correct (53 >= 24 + 2).
 */
@inline function roundToOddV(s: v128, p: v128, c: v128): v128 {
  const bb = f64x2.sub(s, c);
  const e = f64x2.add(f64x2.sub(c, f64x2.sub(s, bb)), f64x2.sub(p, bb));
  // e is NaN when s is infinite or NaN: leave those lanes alone.
  const inexact = v128.and(f64x2.ne(e, f64x2.splat(0)), f64x2.eq(e, e));
  const even = i64x2.eq(v128.and(s, i64x2.splat(1)), i64x2.splat(0));
  // +1 moves the magnitude up when e has the sign of s, -1 otherwise.
  const step = v128.or(i64x2.shr_s(v128.xor(e, s), 63), i64x2.splat(1));
  return i64x2.add(s, v128.and(v128.and(inexact, even), step));
}

/** Four exact float32 FMAs `a * b + c`. */
@inline function fmaV(a: v128, b: v128, c: v128): v128 {
  const ah = v128.shuffle<i64>(a, a, 1, 0);
  const bh = v128.shuffle<i64>(b, b, 1, 0);
  const ch = v128.shuffle<i64>(c, c, 1, 0);
  const plo = f64x2.mul(f64x2.promote_low_f32x4(a), f64x2.promote_low_f32x4(b));
  const clo = f64x2.promote_low_f32x4(c);
  const phi = f64x2.mul(f64x2.promote_low_f32x4(ah), f64x2.promote_low_f32x4(bh));
  const chi = f64x2.promote_low_f32x4(ch);
  let lo = f64x2.add(plo, clo);
  let hi = f64x2.add(phi, chi);
  if (v128.any_true(v128.or(midpointLanes(lo), midpointLanes(hi)))) {
    lo = roundToOddV(lo, plo, clo);
    hi = roundToOddV(hi, phi, chi);
  }
  return v128.shuffle<i64>(f32x4.demote_f64x2_zero(lo), f32x4.demote_f64x2_zero(hi), 0, 2);
}

/**
 * Four float32 FMAs whose double sum is known to be exact: the demotion is
 * then the only rounding and needs no check.
 */
@inline function fmaExactV(a: v128, b: v128, c: v128): v128 {
  const ah = v128.shuffle<i64>(a, a, 1, 0);
  const bh = v128.shuffle<i64>(b, b, 1, 0);
  const ch = v128.shuffle<i64>(c, c, 1, 0);
  const lo = f64x2.add(
    f64x2.mul(f64x2.promote_low_f32x4(a), f64x2.promote_low_f32x4(b)),
    f64x2.promote_low_f32x4(c),
  );
  const hi = f64x2.add(
    f64x2.mul(f64x2.promote_low_f32x4(ah), f64x2.promote_low_f32x4(bh)),
    f64x2.promote_low_f32x4(ch),
  );
  return v128.shuffle<i64>(f32x4.demote_f64x2_zero(lo), f32x4.demote_f64x2_zero(hi), 0, 2);
}

// ---------------------------------------------------------------------------
// uniform_ (float32)

const TWO_M24: f32 = 5.9604644775390625e-8;

/**
 * Write `count` (<= CHUNK) float32 uniforms to the output chunk:
 * mode 0: x; mode 1: fma(x, range, from); mode 2: x * range + from (two
 * roundings); x = (word & 0xffffff) * 2^-24.
 */
export function uniformF32(count: i32, mode: i32, range: f32, from: f32): void {
  let i = 0;
  const vr = f32x4.splat(range);
  const vf = f32x4.splat(from);
  const scale = f32x4.splat(TWO_M24);
  const low24 = i32x4.splat(0xffffff);
  while (i < count) {
    const take = ready(count - i);
    const nx = load<i32>(NEXT);
    const src = STATE + (<usize>nx << 2);
    const dst = OUT + (<usize>i << 2);
    let k = 0;
    for (; k + 4 <= take; k += 4) {
      const x = f32x4.mul(
        f32x4.convert_i32x4_s(v128.and(temperVec(v128.load(src + (<usize>k << 2))), low24)),
        scale,
      );
      const d = dst + (<usize>k << 2);
      if (mode == 0) v128.store(d, x);
      else if (mode == 2) v128.store(d, f32x4.add(f32x4.mul(x, vr), vf));
      else v128.store(d, fmaV(x, vr, vf));
    }
    for (; k < take; k++) {
      const x = <f32>(temper(load<u32>(src + (<usize>k << 2))) & 0xffffff) * TWO_M24;
      store<f32>(
        dst + (<usize>k << 2),
        mode == 0 ? x : mode == 2 ? x * range + from : fma32x(x, range, from),
      );
    }
    took(take);
    i += take;
  }
}

// ---------------------------------------------------------------------------
// normal_ (float32, AVX2 block transform of avx_mathfun.h as GCC compiles it)

const SQRTHF: f32 = 0.707106781186547524;
const LOG_P0: f32 = 7.0376836292e-2;
const LOG_P1: f32 = -1.1514610310e-1;
const LOG_P2: f32 = 1.1676998740e-1;
const LOG_P3: f32 = -1.2420140846e-1;
const LOG_P4: f32 = 1.4249322787e-1;
const LOG_P5: f32 = -1.6668057665e-1;
const LOG_P6: f32 = 2.0000714765e-1;
const LOG_P7: f32 = -2.4999993993e-1;
const LOG_P8: f32 = 3.3333331174e-1;
const LOG_Q1: f32 = -2.12194440e-4;
const LOG_Q2: f32 = 0.693359375;
const FOPI: f32 = 1.27323954473516;
const DP1: f32 = -0.78515625;
const DP2: f32 = -2.4187564849853515625e-4;
const DP3: f32 = -3.77489497744594108e-8;
const COS_C0: f32 = 2.443315711809948e-5;
const COS_C1: f32 = -1.388731625493765e-3;
const COS_C2: f32 = 4.166664568298827e-2;
const SIN_S0: f32 = -1.9515295891e-4;
const SIN_S1: f32 = 8.3321608736e-3;
const SIN_S2: f32 = -1.6666654611e-1;
/** `_mm256_set1_ps(2.0f * c10::pi<double>)` */
const TWO_PI_F: f32 = <f32>(2.0 * Math.PI);

@inline function splat(x: f32): v128 {
  return f32x4.splat(x);
}

/** `log256_ps` on four positive normal lanes. */
@inline function logV(x: v128): v128 {
  const e = i32x4.sub(i32x4.shr_u(x, 23), i32x4.splat(127));
  const m = v128.or(v128.and(x, i32x4.splat(~0x7f800000)), i32x4.splat(0x3f000000));
  const small = f32x4.lt(m, splat(SQRTHF));
  const one = splat(1);
  const E = f32x4.sub(f32x4.add(f32x4.convert_i32x4_s(e), one), v128.and(one, small));
  const t = f32x4.add(f32x4.sub(m, one), v128.and(m, small));
  const z = f32x4.mul(t, t);
  let y = splat(LOG_P0);
  y = fmaV(y, t, splat(LOG_P1));
  y = fmaV(y, t, splat(LOG_P2));
  y = fmaV(y, t, splat(LOG_P3));
  y = fmaV(y, t, splat(LOG_P4));
  y = fmaV(y, t, splat(LOG_P5));
  y = fmaV(y, t, splat(LOG_P6));
  y = fmaV(y, t, splat(LOG_P7));
  y = fmaV(y, t, splat(LOG_P8));
  y = f32x4.mul(y, t);
  y = fmaV(y, z, f32x4.mul(E, splat(LOG_Q1)));
  y = f32x4.sub(y, f32x4.mul(z, splat(0.5)));
  // Exact in double: E * Q2 is a multiple of 2^-9 below 2^5, and t + y is 0 or
  // has its last bit at or above 2^-(49 - k) when E = -k (u1 is a multiple of
  // 2^-24, so its significand, m and t have at most 24 - k + 1 bits), so the
  // sum spans at most 53 bits. Ties here are true ties.
  return fmaExactV(E, splat(LOG_Q2), f32x4.add(t, y));
}

let sinV: v128 = f32x4.splat(0);
let cosV: v128 = f32x4.splat(0);

/** `sincos256_ps` on four lanes x >= 0 (+0 included); results in sinV/cosV. */
@inline function sincosV(x0: v128): void {
  const sign = i32x4.splat(0x80000000);
  let x = v128.andnot(x0, sign);
  let j = i32x4.trunc_sat_f32x4_s(f32x4.mul(x, splat(FOPI)));
  j = v128.and(i32x4.add(j, i32x4.splat(1)), i32x4.splat(~1));
  const y = f32x4.convert_i32x4_s(j);
  const zero = i32x4.splat(0);
  const swapSin = i32x4.ne(v128.and(j, i32x4.splat(4)), zero);
  const polySin = i32x4.eq(v128.and(j, i32x4.splat(2)), zero);
  const negCos = i32x4.eq(v128.and(i32x4.sub(j, i32x4.splat(2)), i32x4.splat(4)), zero);
  x = fmaV(y, splat(DP1), x);
  x = fmaV(y, splat(DP2), x);
  x = fmaV(y, splat(DP3), x);
  const z = f32x4.mul(x, x);
  let yc = fmaV(splat(COS_C0), z, splat(COS_C1));
  yc = fmaV(yc, z, splat(COS_C2));
  yc = f32x4.mul(yc, z);
  yc = fmaV(yc, z, f32x4.neg(f32x4.mul(z, splat(0.5))));
  yc = f32x4.add(yc, splat(1));
  let ys = fmaV(splat(SIN_S0), z, splat(SIN_S1));
  ys = fmaV(ys, z, splat(SIN_S2));
  ys = f32x4.mul(ys, z);
  ys = fmaV(ys, x, x);
  const s = f32x4.add(v128.and(ys, polySin), v128.andnot(yc, polySin));
  const c = f32x4.add(v128.andnot(ys, polySin), v128.and(yc, polySin));
  // The sign of x0 is +, so only the octant flips the sine.
  sinV = v128.xor(s, v128.and(swapSin, sign));
  cosV = v128.xor(c, v128.and(negCos, sign));
}

/**
 * Draw `count` (a multiple of 16, <= CHUNK) float32 uniforms into the output
 * chunk, then turn each block of 16 into normals as `normal_fill_16_AVX2`.
 */
export function normalF32Avx2(count: i32, mean: f32, std: f32): void {
  uniformF32(count, 0, 1, 0);
  const vm = splat(mean);
  const vs = splat(std);
  for (let b = 0; b < count; b += 16) {
    const p = OUT + (<usize>b << 2);
    // Lanes 0-3, then 4-7: u1 = 1 - data[j], u2 = data[j + 8].
    normalQuad(p, vm, vs);
    normalQuad(p + 16, vm, vs);
  }
}

/** Four lanes j of a block: writes data[j] and data[j + 8]. */
@inline function normalQuad(p: usize, vm: v128, vs: v128): void {
  const u1 = f32x4.sub(splat(1), v128.load(p));
  const u2 = v128.load(p + 32);
  const radius = f32x4.sqrt(f32x4.mul(splat(-2), logV(u1)));
  sincosV(f32x4.mul(splat(TWO_PI_F), u2));
  v128.store(p, fmaV(f32x4.mul(radius, cosV), vs, vm));
  v128.store(p + 32, fmaV(f32x4.mul(radius, sinV), vs, vm));
}

// ---------------------------------------------------------------------------
// For the tests

/**
 * `n` (a multiple of 4, <= CHUNK / 4) emulated FMAs on float32 triples stored
 * in the output chunk as a[0..n), b[0..n), c[0..n); results go to [3n, 4n).
 */
export function fmaBatch(n: i32): void {
  const a = OUT;
  const b = OUT + (<usize>n << 2);
  const c = OUT + (<usize>n << 3);
  const r = OUT + (<usize>(3 * n) << 2);
  for (let i = 0; i < n; i += 4) {
    const o = <usize>i << 2;
    v128.store(r + o, fmaV(v128.load(a + o), v128.load(b + o), v128.load(c + o)));
  }
}
