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
// Memory layout (five 64 KiB pages):
//   [0, 2496)          the 624 MT19937 state words
//   2496, 2500         left, next (ATen's bookkeeping)
//   [4096, 69632)      the output chunk, CHUNK float32 values
//   [69632, 135168)    trunc_normal_'s uniforms, CHUNK float32 values
//   [135168, 200704)   trunc_normal_'s active elements, CHUNK int32 indices
//   [200704, 266240)   the same, sorted by erff's interval
//   [266240, 282624)   their erff interval, one byte each; 282624: five cursors
//   [283648, 284272)   the kernels' constants, K_COUNT (39) splatted vectors
//   [284416, 284480)   16 MT19937 words copied across a twist
//   [286720, ...)      static data (--memoryBase 286720): the logf/expf tables

// The glibc tables come from the TypeScript ports (one copy of each): the
// build writes them to tables.ts next to this file before compiling.
import { D_LOG_T, D_SINCOSTAB, E_HEAD, E_TAIL, EXP2F_TD, LOGF_T } from "./tables";

const STATE: usize = 0;
const LEFT: usize = 2496;
const NEXT: usize = 2500;
const OUT: usize = 4096;
const YS: usize = 69632;
const IDX: usize = 135168;
const SORTED: usize = 200704;
/** Per-element erff class bytes (CHUNK) and five cursors, after SORTED. */
const CLASSES: usize = 266240;
const CURSORS: usize = 282624;
/** The normal transform's splatted constants (see initConstants). */
const KT: usize = 283648;
/** 16 state words copied across a twist (see spanTwist). */
const SPAN: usize = 284416;
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
  const upper = kc(K_SIGN);
  const y = v128.or(v128.and(v128.load(p), upper), v128.andnot(v128.load(p + 4), upper));
  // All ones where y is odd.
  const odd = i32x4.shr_s(i32x4.shl(y, 31), 31);
  v128.store(
    p,
    v128.xor(
      v128.xor(v128.load(STATE + (<usize>km << 2)), i32x4.shr_u(y, 1)),
      v128.and(odd, kc(K_MATRIX_A)),
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
 * {@link fma32x} with a fast path: demoting the double sum is already correct
 * unless it is a float32 midpoint (see {@link midpointLanes} for why sums
 * below the float32 normal range need no check at these kernels' call sites).
 */
@inline function fma32f(a: f32, b: f32, c: f32): f32 {
  if (ASC_FEATURE_RELAXED_SIMD) {
    return f32x4.extract_lane(
      f32x4.relaxed_madd(f32x4.splat(a), f32x4.splat(b), f32x4.splat(c)),
      0,
    );
  }
  const s = <f64>a * <f64>b + <f64>c;
  if ((reinterpret<u64>(s) & 0x1fffffff) != 0x10000000) return <f32>s;
  return fma32x(a, b, c);
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

/**
 * Four exact float32 FMAs `a * b + c`. The build with relaxed SIMD uses the
 * hardware's fused multiply-add; it is only instantiated where a probe
 * ({@link fmaProbe}) shows `f32x4.relaxed_madd` really fuses.
 */
@inline function fmaV(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f32x4.relaxed_madd(a, b, c);
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
  if (ASC_FEATURE_RELAXED_SIMD) return f32x4.relaxed_madd(a, b, c);
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
        mode == 0 ? x : mode == 2 ? x * range + from : fma32f(x, range, from),
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

// The transform's constants as splatted vectors in memory (KT, written by the
// module's start function). A `v128.const` costs V8 three instructions at
// every use in a loop (it rematerialises them), a load from a constant address
// one, and fewer registers.
const K_ONE: i32 = 0;
const K_MANT: i32 = 1;
const K_HALF_EXP: i32 = 2;
const K_SQRTHF: i32 = 3;
const K_P0: i32 = 4; // LOG_P0 .. LOG_P8 at 4 .. 12
const K_Q1: i32 = 13;
const K_Q2: i32 = 14;
const K_HALF: i32 = 15;
const K_M2: i32 = 16;
const K_TWO_PI: i32 = 17;
const K_FOPI: i32 = 18;
const K_I1: i32 = 19;
const K_NOT1: i32 = 20;
const K_DP1: i32 = 21;
const K_DP2: i32 = 22;
const K_DP3: i32 = 23;
const K_C0: i32 = 24;
const K_C1: i32 = 25;
const K_C2: i32 = 26;
const K_S0: i32 = 27;
const K_S1: i32 = 28;
const K_S2: i32 = 29;
const K_SIGN: i32 = 30;
const K_I126: i32 = 31;
const K_LOW24: i32 = 32;
const K_TWO_M24: i32 = 33;
const K_TEMPER_B: i32 = 34;
const K_TEMPER_C: i32 = 35;
const K_I2: i32 = 36;
const K_MATRIX_A: i32 = 37;
const K_M_HALF: i32 = 38;
const K_COUNT: i32 = 39;

@inline function kc(i: i32): v128 {
  return v128.load(KT + (<usize>i << 4));
}

function kf(i: i32, x: f32): void {
  v128.store(KT + (<usize>i << 4), f32x4.splat(x));
}

function ki(i: i32, x: i32): void {
  v128.store(KT + (<usize>i << 4), i32x4.splat(x));
}

function initConstants(): void {
  kf(K_ONE, 1);
  ki(K_MANT, ~0x7f800000);
  ki(K_HALF_EXP, 0x3f000000);
  kf(K_SQRTHF, SQRTHF);
  kf(K_P0, LOG_P0);
  kf(K_P0 + 1, LOG_P1);
  kf(K_P0 + 2, LOG_P2);
  kf(K_P0 + 3, LOG_P3);
  kf(K_P0 + 4, LOG_P4);
  kf(K_P0 + 5, LOG_P5);
  kf(K_P0 + 6, LOG_P6);
  kf(K_P0 + 7, LOG_P7);
  kf(K_P0 + 8, LOG_P8);
  kf(K_Q1, LOG_Q1);
  kf(K_Q2, LOG_Q2);
  kf(K_HALF, 0.5);
  kf(K_M2, -2);
  kf(K_TWO_PI, TWO_PI_F);
  kf(K_FOPI, FOPI);
  ki(K_I1, 1);
  ki(K_NOT1, ~1);
  kf(K_DP1, DP1);
  kf(K_DP2, DP2);
  kf(K_DP3, DP3);
  kf(K_C0, COS_C0);
  kf(K_C1, COS_C1);
  kf(K_C2, COS_C2);
  kf(K_S0, SIN_S0);
  kf(K_S1, SIN_S1);
  kf(K_S2, SIN_S2);
  ki(K_SIGN, 0x80000000);
  ki(K_I126, 126);
  ki(K_LOW24, 0xffffff);
  kf(K_TWO_M24, TWO_M24);
  ki(K_TEMPER_B, 0x9d2c5680);
  ki(K_TEMPER_C, 0xefc60000);
  ki(K_I2, 2);
  ki(K_MATRIX_A, MATRIX_A);
  kf(K_M_HALF, -0.5);
}
initConstants();

/**
 * `_mm256_cvttps_epi32` on lanes in [0, 8): relaxed SIMD's truncation (one
 * instruction) agrees with the saturating one there.
 */
@inline function truncSmall(x: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return i32x4.relaxed_trunc_f32x4_s(x);
  return i32x4.trunc_sat_f32x4_s(x);
}

/** Four tempered words at `src` as float32 uniforms `(word & 0xffffff) * 2^-24`. */
@inline function unitV(src: usize): v128 {
  let y = v128.load(src);
  y = v128.xor(y, i32x4.shr_u(y, 11));
  y = v128.xor(y, v128.and(i32x4.shl(y, 7), kc(K_TEMPER_B)));
  y = v128.xor(y, v128.and(i32x4.shl(y, 15), kc(K_TEMPER_C)));
  y = v128.xor(y, i32x4.shr_u(y, 18));
  return f32x4.mul(f32x4.convert_i32x4_s(v128.and(y, kc(K_LOW24))), kc(K_TWO_M24));
}

/** One block of 16 uniforms (four vectors, in order) into 16 normals at `dst`. */
@inline function normalBlock(dst: usize, a: v128, b: v128, c: v128, d: v128, vm: v128, vs: v128): void {
  // Lanes 0-3 (u1 = 1 - a, u2 = c) and 4-7 (u1 = 1 - b, u2 = d), written out
  // side by side so that the two dependency chains overlap.
  const one = kc(K_ONE);
  const sign = kc(K_SIGN);
  const zero = i32x4.splat(0);
  // log256_ps(u1): u1 is a positive normal float32.
  const ua = f32x4.sub(one, a);
  const ub = f32x4.sub(one, b);
  const ea = i32x4.sub(i32x4.shr_u(ua, 23), kc(K_I126));
  const eb = i32x4.sub(i32x4.shr_u(ub, 23), kc(K_I126));
  const ma = v128.or(v128.and(ua, kc(K_MANT)), kc(K_HALF_EXP));
  const mb = v128.or(v128.and(ub, kc(K_MANT)), kc(K_HALF_EXP));
  const sa = f32x4.lt(ma, kc(K_SQRTHF));
  const sb = f32x4.lt(mb, kc(K_SQRTHF));
  const Ea = f32x4.sub(f32x4.convert_i32x4_s(ea), v128.and(one, sa));
  const Eb = f32x4.sub(f32x4.convert_i32x4_s(eb), v128.and(one, sb));
  const ta = f32x4.add(f32x4.sub(ma, one), v128.and(ma, sa));
  const tb = f32x4.add(f32x4.sub(mb, one), v128.and(mb, sb));
  const za = f32x4.mul(ta, ta);
  const zb = f32x4.mul(tb, tb);
  let ya = fmaV(kc(K_P0), ta, kc(K_P0 + 1));
  let yb = fmaV(kc(K_P0), tb, kc(K_P0 + 1));
  ya = fmaV(ya, ta, kc(K_P0 + 2));
  yb = fmaV(yb, tb, kc(K_P0 + 2));
  ya = fmaV(ya, ta, kc(K_P0 + 3));
  yb = fmaV(yb, tb, kc(K_P0 + 3));
  ya = fmaV(ya, ta, kc(K_P0 + 4));
  yb = fmaV(yb, tb, kc(K_P0 + 4));
  ya = fmaV(ya, ta, kc(K_P0 + 5));
  yb = fmaV(yb, tb, kc(K_P0 + 5));
  ya = fmaV(ya, ta, kc(K_P0 + 6));
  yb = fmaV(yb, tb, kc(K_P0 + 6));
  ya = fmaV(ya, ta, kc(K_P0 + 7));
  yb = fmaV(yb, tb, kc(K_P0 + 7));
  ya = fmaV(ya, ta, kc(K_P0 + 8));
  yb = fmaV(yb, tb, kc(K_P0 + 8));
  ya = f32x4.mul(ya, ta);
  yb = f32x4.mul(yb, tb);
  ya = fmaV(ya, za, f32x4.mul(Ea, kc(K_Q1)));
  yb = fmaV(yb, zb, f32x4.mul(Eb, kc(K_Q1)));
  ya = f32x4.sub(ya, f32x4.mul(za, kc(K_HALF)));
  yb = f32x4.sub(yb, f32x4.mul(zb, kc(K_HALF)));
  // Exact in double: E * Q2 is a multiple of 2^-9 below 2^5, and t + y is 0 or
  // has its last bit at or above 2^-(49 - k) when E = -k (u1 is a multiple of
  // 2^-24, so its significand, m and t have at most 24 - k + 1 bits), so the
  // sum spans at most 53 bits. Ties here are true ties.
  const la = fmaExactV(Ea, kc(K_Q2), f32x4.add(ta, ya));
  const lb = fmaExactV(Eb, kc(K_Q2), f32x4.add(tb, yb));
  const ra = f32x4.sqrt(f32x4.mul(kc(K_M2), la));
  const rb = f32x4.sqrt(f32x4.mul(kc(K_M2), lb));
  // sincos256_ps(2 pi u2): the angle is +0 or positive, so taking its absolute
  // value changes nothing; j = (trunc(x * 4 / pi) + 1) & ~1.
  let xa = f32x4.mul(kc(K_TWO_PI), c);
  let xb = f32x4.mul(kc(K_TWO_PI), d);
  let ja = truncSmall(f32x4.mul(xa, kc(K_FOPI)));
  let jb = truncSmall(f32x4.mul(xb, kc(K_FOPI)));
  ja = v128.and(i32x4.add(ja, kc(K_I1)), kc(K_NOT1));
  jb = v128.and(i32x4.add(jb, kc(K_I1)), kc(K_NOT1));
  const fa = f32x4.convert_i32x4_s(ja);
  const fb = f32x4.convert_i32x4_s(jb);
  xa = fmaV(fa, kc(K_DP1), xa);
  xb = fmaV(fb, kc(K_DP1), xb);
  xa = fmaV(fa, kc(K_DP2), xa);
  xb = fmaV(fb, kc(K_DP2), xb);
  xa = fmaV(fa, kc(K_DP3), xa);
  xb = fmaV(fb, kc(K_DP3), xb);
  const qa = f32x4.mul(xa, xa);
  const qb = f32x4.mul(xb, xb);
  let ca = fmaV(kc(K_C0), qa, kc(K_C1));
  let cb = fmaV(kc(K_C0), qb, kc(K_C1));
  let na = fmaV(kc(K_S0), qa, kc(K_S1));
  let nb = fmaV(kc(K_S0), qb, kc(K_S1));
  ca = fmaV(ca, qa, kc(K_C2));
  cb = fmaV(cb, qb, kc(K_C2));
  na = fmaV(na, qa, kc(K_S2));
  nb = fmaV(nb, qb, kc(K_S2));
  ca = f32x4.mul(ca, qa);
  cb = f32x4.mul(cb, qb);
  na = f32x4.mul(na, qa);
  nb = f32x4.mul(nb, qb);
  ca = fmaV(ca, qa, f32x4.mul(qa, kc(K_M_HALF)));
  cb = fmaV(cb, qb, f32x4.mul(qb, kc(K_M_HALF)));
  na = fmaV(na, xa, xa);
  nb = fmaV(nb, xb, xb);
  ca = f32x4.add(ca, one);
  cb = f32x4.add(cb, one);
  // Bit 1 of j clear: the sine takes the sine polynomial. The intrinsics
  // select by masking and adding, which only differs from a bitwise select on
  // a -0 operand; neither polynomial gives -0 here (yc is near 1; ys is
  // x + x^3 p, +0 only when x is: the reduced angle is never -0, since
  // 0 * DP1 + +0 and an exact cancellation both give +0). Bit 2 of j flips the
  // sine, bit 2 of j - 2 clear flips the cosine. -(z * 0.5) is z * -0.5.
  const da = v128.and(v128.xor(na, ca), i32x4.eq(v128.and(ja, kc(K_I2)), zero));
  const db = v128.and(v128.xor(nb, cb), i32x4.eq(v128.and(jb, kc(K_I2)), zero));
  const sinA = v128.xor(v128.xor(ca, da), v128.and(i32x4.shl(ja, 29), sign));
  const sinB = v128.xor(v128.xor(cb, db), v128.and(i32x4.shl(jb, 29), sign));
  const cosA = v128.xor(v128.xor(na, da), v128.andnot(sign, i32x4.shl(i32x4.sub(ja, kc(K_I2)), 29)));
  const cosB = v128.xor(v128.xor(nb, db), v128.andnot(sign, i32x4.shl(i32x4.sub(jb, kc(K_I2)), 29)));
  v128.store(dst, fmaV(f32x4.mul(ra, cosA), vs, vm));
  v128.store(dst + 16, fmaV(f32x4.mul(rb, cosB), vs, vm));
  v128.store(dst + 32, fmaV(f32x4.mul(ra, sinA), vs, vm));
  v128.store(dst + 48, fmaV(f32x4.mul(rb, sinB), vs, vm));
}

/**
 * Copy the next 16 untempered words to SPAN, twisting on the way, with ATen's
 * bookkeeping: the block that straddles a twist.
 */
function spanTwist(): void {
  for (let i = 0; i < 16; i++) {
    ready(1);
    store<u32>(SPAN + (<usize>i << 2), load<u32>(STATE + (<usize>load<i32>(NEXT) << 2)));
    took(1);
  }
}

/**
 * Draw `count` (a multiple of 16, <= CHUNK) float32 uniforms and turn each
 * block of 16 into normals as `normal_fill_16_AVX2`, into the output chunk.
 * The words are tempered and transformed in registers, straight from the
 * state, or for the block straddling a twist from a copy (SPAN).
 */
export function normalF32Avx2(count: i32, mean: f32, std: f32): void {
  const vm = f32x4.splat(mean);
  const vs = f32x4.splat(std);
  let b = 0;
  while (b < count) {
    let blocks = ready(count - b) >> 4;
    let src: usize = STATE + (<usize>load<i32>(NEXT) << 2);
    if (blocks == 0) {
      // Fewer than 16 words before the twist.
      spanTwist();
      src = SPAN;
      blocks = 1;
    } else {
      took(blocks << 4);
    }
    const dst = OUT + (<usize>b << 2);
    for (let k = 0; k < blocks; k++) {
      const s = src + (<usize>k << 6);
      normalBlock(
        dst + (<usize>k << 6),
        unitV(s),
        unitV(s + 16),
        unitV(s + 32),
        unitV(s + 48),
        vm,
        vs,
      );
    }
    b += blocks << 4;
  }
}

// ---------------------------------------------------------------------------
// trunc_normal_ (float32): calc_erfinv<float> with glibc 2.36's logf, erff and
// expf (x86-64 FMA variants), ported from src/random/_libm_f32.ts and
// src/init/_erfinv.ts, which document the sources and the fused operations.

/**
 * `a * b + c` rounded once to double (Dekker's product, Knuth's TwoSum, round
 * to odd). Valid for the moderate magnitudes of logf/expf (no operand or
 * product near the overflow or underflow thresholds).
 */
function fma64x(a: f64, b: f64, c: f64): f64 {
  if (a == 0 || b == 0) return a * b + c;
  const ph = a * b;
  let t = 134217729.0 * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = 134217729.0 * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const pl = al * bl - (((ph - ah * bh) - al * bh) - ah * bl);
  const sh = c + ph;
  const bb = sh - c;
  const sl = (c - (sh - bb)) + (ph - bb);
  const v0 = sl + pl;
  const bv = v0 - sl;
  const ve = (sl - (v0 - bv)) + (pl - bv);
  let v = v0;
  if (ve != 0) {
    let bits = reinterpret<i64>(v0);
    if ((bits & 1) == 0) {
      bits += (ve > 0) == (v0 > 0) ? 1 : -1;
      v = reinterpret<f64>(bits);
    }
  }
  return sh + v;
}

const LOGF_LN2: f64 = 0.6931471805599453;
const LOGF_A0: f64 = -0.25089342214237154;
const LOGF_A1: f64 = 0.333456765744066;
const LOGF_A2: f64 = -0.4999997485802103;

/** glibc 2.36 `logf` (FMA variant) for positive finite float32 x. */
function logf(x: f32): f32 {
  let ix = reinterpret<u32>(x);
  if (ix == 0x3f800000) return 0;
  if (ix - 0x00800000 >= 0x7f000000) {
    if ((ix & 0x7fffffff) == 0) return -Infinity;
    if (ix == 0x7f800000) return x;
    if ((ix & 0x80000000) != 0 || ix >= 0x7f800000) return NaN;
    ix = reinterpret<u32>(x * 8388608.0) - (23 << 23);
  }
  const tmp = ix - 0x3f330000;
  const i = <i32>((tmp >> 19) & 15);
  const k = <i32>tmp >> 23;
  const z = <f64>reinterpret<f32>(ix - (tmp & 0xff800000));
  const invc = unchecked(LOGF_T[2 * i]);
  const logc = unchecked(LOGF_T[2 * i + 1]);
  const kd = <f64>k;
  {
    const r = z * invc - 1;
    const r2 = r * r;
    const y = (LOGF_A0 * r2 + (LOGF_A1 * r + LOGF_A2)) * r2 + (r + (kd * LOGF_LN2 + logc));
    const eps = (abs<f64>(y) + 0.25) * 3.552713678800501e-15;
    const lo = <f32>(y - eps);
    if (lo == <f32>(y + eps)) return lo;
  }
  const r = fma64x(z, invc, -1);
  const y0 = fma64x(kd, LOGF_LN2, logc);
  const r2 = r * r;
  let y = fma64x(r, LOGF_A1, LOGF_A2);
  y = fma64x(r2, LOGF_A0, y);
  y = fma64x(y, r2, r + y0);
  return <f32>y;
}

const INVLN2N: f64 = 46.16624130844683;
const EXPF_SHIFT: f64 = 6755399441055744.0;
const EXPF_C0: f64 = 1.6938359250920212e-06;
const EXPF_C1: f64 = 0.00023459809789509004;
const EXPF_C2: f64 = 0.021660849396613134;

/** 2^(k/32) for integer-valued kd, built from the table and the exponent bits. */
@inline function exp2k(kd: f64): f64 {
  const ki = <i64>kd;
  const bits = reinterpret<i64>(unchecked(EXP2F_TD[<i32>(ki & 31)])) + ((ki >> 5) << 52);
  return reinterpret<f64>(bits);
}

/** glibc 2.36 `expf` (FMA variant). */
function expf(x: f32): f32 {
  const ix = reinterpret<u32>(x);
  const abstop = (ix >> 20) & 0x7ff;
  if (abstop >= 0x42b) {
    if (ix == 0xff800000) return 0;
    if (abstop >= 0x7f8) return x + x;
    if (x > 88.72283172607422) return Infinity;
    if (x < -103.97207641601562) return 0;
    if (x < -103.27892303466797) return 1.401298464324817e-45;
  }
  const xd = <f64>x;
  {
    const z = INVLN2N * xd;
    const kd = (z + EXPF_SHIFT) - EXPF_SHIFT;
    const r = z - kd;
    if (abs<f64>(r) < 0.499999999996362) {
      const s = exp2k(kd);
      const r2 = r * r;
      const y = ((EXPF_C0 * r + EXPF_C1) * r2 + (EXPF_C2 * r + 1)) * s;
      const eps = abs<f64>(y) * 5.684341886080802e-14;
      const lo = <f32>(y - eps);
      if (lo == <f32>(y + eps)) return lo;
    }
  }
  const kds = fma64x(INVLN2N, xd, EXPF_SHIFT);
  const kd = kds - EXPF_SHIFT;
  const r = fma64x(INVLN2N, xd, -kd);
  const s = exp2k(kd);
  const z = fma64x(r, EXPF_C0, EXPF_C1);
  const r2 = r * r;
  const y = fma64x(z, r2, fma64x(r, EXPF_C2, 1));
  return <f32>(y * s);
}

const ERX: f32 = 8.4506291151e-01;
const EFX: f32 = 1.2837916613e-01;
const PP0: f32 = 1.2837916613e-01;
const PP1: f32 = -3.2504209876e-01;
const PP2: f32 = -2.8481749818e-02;
const PP3: f32 = -5.7702702470e-03;
const PP4: f32 = -2.3763017452e-05;
const QQ1: f32 = 3.9791721106e-01;
const QQ2: f32 = 6.5022252500e-02;
const QQ3: f32 = 5.0813062117e-03;
const QQ4: f32 = 1.3249473704e-04;
const QQ5: f32 = -3.9602282413e-06;
const PA0: f32 = -2.3621185683e-03;
const PA1: f32 = 4.1485610604e-01;
const PA2: f32 = -3.7220788002e-01;
const PA3: f32 = 3.1834661961e-01;
const PA4: f32 = -1.1089469492e-01;
const PA5: f32 = 3.5478305072e-02;
const PA6: f32 = -2.1663755178e-03;
const QA1: f32 = 1.0642088205e-01;
const QA2: f32 = 5.4039794207e-01;
const QA3: f32 = 7.1828655899e-02;
const QA4: f32 = 1.2617121637e-01;
const QA5: f32 = 1.3637083583e-02;
const QA6: f32 = 1.1984500103e-02;
const RA0: f32 = -9.8649440333e-03;
const RA1: f32 = -6.9385856390e-01;
const RA2: f32 = -1.0558626175e+01;
const RA3: f32 = -6.2375331879e+01;
const RA4: f32 = -1.6239666748e+02;
const RA5: f32 = -1.8460508728e+02;
const RA6: f32 = -8.1287437439e+01;
const RA7: f32 = -9.8143291473e+00;
const SA1: f32 = 1.9651271820e+01;
const SA2: f32 = 1.3765776062e+02;
const SA3: f32 = 4.3456588745e+02;
const SA4: f32 = 6.4538726807e+02;
const SA5: f32 = 4.2900814819e+02;
const SA6: f32 = 1.0863500214e+02;
const SA7: f32 = 6.5702495575e+00;
const SA8: f32 = -6.0424413532e-02;
const RB0: f32 = -9.8649431020e-03;
const RB1: f32 = -7.9928326607e-01;
const RB2: f32 = -1.7757955551e+01;
const RB3: f32 = -1.6063638306e+02;
const RB4: f32 = -6.3756646729e+02;
const RB5: f32 = -1.0250950928e+03;
const RB6: f32 = -4.8351919556e+02;
const SB1: f32 = 3.0338060379e+01;
const SB2: f32 = 3.2579251099e+02;
const SB3: f32 = 1.5367296143e+03;
const SB4: f32 = 3.1998581543e+03;
const SB5: f32 = 2.5530502930e+03;
const SB6: f32 = 4.7452853394e+02;
const SB7: f32 = -2.2440952301e+01;
const EFX16: f32 = 16 * EFX;

@inline function erfPP(s: f32): f32 {
  let a: f32 = PP4;
  a = PP3 + s * a;
  a = PP2 + s * a;
  a = PP1 + s * a;
  a = PP0 + s * a;
  return a;
}

@inline function erfQQ(s: f32): f32 {
  let a: f32 = QQ5;
  a = QQ4 + s * a;
  a = QQ3 + s * a;
  a = QQ2 + s * a;
  a = QQ1 + s * a;
  a = 1 + s * a;
  return a;
}

@inline function erfPA(s: f32): f32 {
  let a: f32 = PA6;
  a = PA5 + s * a;
  a = PA4 + s * a;
  a = PA3 + s * a;
  a = PA2 + s * a;
  a = PA1 + s * a;
  a = PA0 + s * a;
  return a;
}

@inline function erfQA(s: f32): f32 {
  let a: f32 = QA6;
  a = QA5 + s * a;
  a = QA4 + s * a;
  a = QA3 + s * a;
  a = QA2 + s * a;
  a = QA1 + s * a;
  a = 1 + s * a;
  return a;
}

@inline function erfRA(s: f32): f32 {
  let a: f32 = RA7;
  a = RA6 + s * a;
  a = RA5 + s * a;
  a = RA4 + s * a;
  a = RA3 + s * a;
  a = RA2 + s * a;
  a = RA1 + s * a;
  a = RA0 + s * a;
  return a;
}

@inline function erfSA(s: f32): f32 {
  let a: f32 = SA8;
  a = SA7 + s * a;
  a = SA6 + s * a;
  a = SA5 + s * a;
  a = SA4 + s * a;
  a = SA3 + s * a;
  a = SA2 + s * a;
  a = SA1 + s * a;
  a = 1 + s * a;
  return a;
}

@inline function erfRB(s: f32): f32 {
  let a: f32 = RB6;
  a = RB5 + s * a;
  a = RB4 + s * a;
  a = RB3 + s * a;
  a = RB2 + s * a;
  a = RB1 + s * a;
  a = RB0 + s * a;
  return a;
}

@inline function erfSB(s: f32): f32 {
  let a: f32 = SB7;
  a = SB6 + s * a;
  a = SB5 + s * a;
  a = SB4 + s * a;
  a = SB3 + s * a;
  a = SB2 + s * a;
  a = SB1 + s * a;
  a = 1 + s * a;
  return a;
}

/** glibc 2.36 `erff` (fdlibm's float code, no FMA; calls the FMA `expf`). */
function erff(x: f32): f32 {
  const hx = <i32>reinterpret<u32>(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7f800000) return <f32>(hx < 0 ? -1 : 1) + 1 / x;
  if (ix < 0x3f580000) {
    if (ix < 0x31800000) {
      if (ix < 0x04000000) return <f32>0.0625 * (<f32>16 * x + EFX16 * x);
      return x + EFX * x;
    }
    const z = x * x;
    const y = erfPP(z) / erfQQ(z);
    return x + x * y;
  }
  if (ix < 0x3fa00000) {
    const s = abs<f32>(x) - 1;
    const pq = erfPA(s) / erfQA(s);
    return hx >= 0 ? ERX + pq : -ERX - pq;
  }
  if (ix >= 0x40c00000) return hx >= 0 ? 1 : -1;
  const ax = abs<f32>(x);
  const s: f32 = 1 / (ax * ax);
  const rs = ix < 0x4036db6e ? erfRA(s) / erfSA(s) : erfRB(s) / erfSB(s);
  const z = reinterpret<f32>(reinterpret<u32>(ax) & 0xfffff000);
  const r = expf(-z * z - <f32>0.5625) * expf((z - ax) * (z + ax) + rs);
  return hx >= 0 ? <f32>1 - r / ax : r / ax - <f32>1;
}

const EI_A0: f32 = 0.886226899;
const EI_A1: f32 = -1.645349621;
const EI_A2: f32 = 0.914624893;
const EI_A3: f32 = -0.140543331;
const EI_B0: f32 = -2.118377725;
const EI_B1: f32 = 1.442710462;
const EI_B2: f32 = -0.329097515;
const EI_B3: f32 = 0.012229801;
const EI_C0: f32 = -1.970840454;
const EI_C1: f32 = -1.624906493;
const EI_C2: f32 = 3.429567803;
const EI_C3: f32 = 1.641345311;
const EI_D0: f32 = 3.543889200;
const EI_D1: f32 = 1.637067800;
/** `static_cast<float>(2.0) / static_cast<float>(std::sqrt(c10::pi<double>))` */
const EI_K: f32 = <f32>2 / <f32>Math.sqrt(Math.PI);

/** `p * z + q`: one rounding when `fused` (the AVX2/AVX-512 builds), two otherwise. */
@inline function ma(p: f32, z: f32, q: f32, fused: bool): f32 {
  return fused ? fma32f(p, z, q) : p * z + q;
}

/** ATen's `calc_erfinv<float>`. */
function erfinv32(y: f32, fused: bool): f32 {
  const ay = abs<f32>(y);
  if (ay > 1) return NaN;
  if (ay == 1) return y > 0 ? Infinity : -Infinity;
  let x: f32;
  if (ay <= <f32>0.7) {
    const z = y * y;
    const num = ma(ma(ma(EI_A3, z, EI_A2, fused), z, EI_A1, fused), z, EI_A0, fused);
    const dem = ma(ma(ma(ma(EI_B3, z, EI_B2, fused), z, EI_B1, fused), z, EI_B0, fused), z, 1, fused);
    x = (y * num) / dem;
  } else {
    const z = sqrt<f32>(-logf((<f32>1 - ay) / 2));
    const num = ma(ma(ma(EI_C3, z, EI_C2, fused), z, EI_C1, fused), z, EI_C0, fused);
    const dem = ma(ma(EI_D1, z, EI_D0, fused), z, 1, fused);
    x = copysign<f32>(abs<f32>(num), y) / dem;
  }
  for (let k = 0; k < 2; k++) {
    const e = erff(x) - y;
    const g = EI_K * expf(-x * x);
    x = x - e / g;
  }
  return x;
}

/**
 * ATen's `calc_erfinv<float>` linked against glibc 2.41+, whose `erff` is
 * correctly rounded (CORE-MATH): `erff(x)` is `(float)erf((double)x)` for
 * every float x (checked exhaustively against glibc 2.41 and 2.43).
 */
function erfinv32Cr(y: f32, fused: bool): f32 {
  const ay = abs<f32>(y);
  if (!(ay < 1)) return erfinv32(y, fused);
  let x: f32;
  if (ay <= <f32>0.7) {
    const z = y * y;
    const num = ma(ma(ma(EI_A3, z, EI_A2, fused), z, EI_A1, fused), z, EI_A0, fused);
    const dem = ma(ma(ma(ma(EI_B3, z, EI_B2, fused), z, EI_B1, fused), z, EI_B0, fused), z, 1, fused);
    x = (y * num) / dem;
  } else {
    x = erfinvTail(y, fused);
  }
  for (let k = 0; k < 2; k++) {
    const e = <f32>erfD(<f64>x) - y;
    const g = EI_K * expf(-x * x);
    x = x - e / g;
  }
  return x;
}

/** `calc_erfinv`'s first guess for 0.7 < |y| < 1. */
@inline function erfinvTail(y: f32, fused: bool): f32 {
  const z = sqrt<f32>(-logf((<f32>1 - abs<f32>(y)) / 2));
  const num = ma(ma(ma(EI_C3, z, EI_C2, fused), z, EI_C1, fused), z, EI_C0, fused);
  const dem = ma(ma(EI_D1, z, EI_D0, fused), z, 1, fused);
  return copysign<f32>(abs<f32>(num), y) / dem;
}

/**
 * Which branch of `erff` x takes: 0 for 2^-28 <= |x| < 0.84375, 1 below 1.25,
 * 2 below 1/0.35, 3 below 6, and 4 for the rest (tiny, large, inf, NaN).
 */
@inline function erffClass(x: f32): i32 {
  const ix = reinterpret<u32>(x) & 0x7fffffff;
  const c = <i32>(ix >= 0x3f580000) + <i32>(ix >= 0x3fa00000) + <i32>(ix >= 0x4036db6e) +
    <i32>(ix >= 0x40c00000);
  return ix < 0x31800000 ? 4 : c;
}

// Four lanes of the Newton step for erff's first two intervals, with the
// same operations as the scalar erff/expf in the same order.

@inline function erfPPV(s: v128): v128 {
  let a = f32x4.splat(PP4);
  a = f32x4.add(f32x4.splat(PP3), f32x4.mul(s, a));
  a = f32x4.add(f32x4.splat(PP2), f32x4.mul(s, a));
  a = f32x4.add(f32x4.splat(PP1), f32x4.mul(s, a));
  a = f32x4.add(f32x4.splat(PP0), f32x4.mul(s, a));
  return a;
}

@inline function erfQQV(s: v128): v128 {
  let a = f32x4.splat(QQ5);
  a = f32x4.add(f32x4.splat(QQ4), f32x4.mul(s, a));
  a = f32x4.add(f32x4.splat(QQ3), f32x4.mul(s, a));
  a = f32x4.add(f32x4.splat(QQ2), f32x4.mul(s, a));
  a = f32x4.add(f32x4.splat(QQ1), f32x4.mul(s, a));
  a = f32x4.add(f32x4.splat(1), f32x4.mul(s, a));
  return a;
}

@inline function erfPAV(s: v128): v128 {
  let a = f32x4.splat(PA6);
  a = f32x4.add(f32x4.splat(PA5), f32x4.mul(s, a));
  a = f32x4.add(f32x4.splat(PA4), f32x4.mul(s, a));
  a = f32x4.add(f32x4.splat(PA3), f32x4.mul(s, a));
  a = f32x4.add(f32x4.splat(PA2), f32x4.mul(s, a));
  a = f32x4.add(f32x4.splat(PA1), f32x4.mul(s, a));
  a = f32x4.add(f32x4.splat(PA0), f32x4.mul(s, a));
  return a;
}

@inline function erfQAV(s: v128): v128 {
  let a = f32x4.splat(QA6);
  a = f32x4.add(f32x4.splat(QA5), f32x4.mul(s, a));
  a = f32x4.add(f32x4.splat(QA4), f32x4.mul(s, a));
  a = f32x4.add(f32x4.splat(QA3), f32x4.mul(s, a));
  a = f32x4.add(f32x4.splat(QA2), f32x4.mul(s, a));
  a = f32x4.add(f32x4.splat(QA1), f32x4.mul(s, a));
  a = f32x4.add(f32x4.splat(1), f32x4.mul(s, a));
  return a;
}

/** `erff` for lanes with 2^-28 <= |x| < 0.84375. */
@inline function erffSmallV(x: v128): v128 {
  const z = f32x4.mul(x, x);
  const y = f32x4.div(erfPPV(z), erfQQV(z));
  return f32x4.add(x, f32x4.mul(x, y));
}

/** `erff` for lanes with 0.84375 <= |x| < 1.25: ±(erx + pq) by the sign of x. */
@inline function erffMidV(x: v128): v128 {
  const s = f32x4.sub(f32x4.abs(x), f32x4.splat(1));
  const pq = f32x4.div(erfPAV(s), erfQAV(s));
  // -erx - pq is -(erx + pq) exactly (rounding to nearest is symmetric).
  const r = f32x4.add(f32x4.splat(ERX), pq);
  return v128.xor(r, v128.and(x, i32x4.splat(0x80000000)));
}

/**
 * Set when `expfHalf`'s fast path could not decide a lane; the caller then
 * recomputes the lanes with the scalar expf.
 */
let expfMissed: bool = false;

/**
 * `expf`'s fast path on two lanes (promoted to double) with |x| < 88, such as
 * the Newton step's -x^2 for |x| < 1.25.
 */

@inline function expfHalf(xd: v128): v128 {
  const z = f64x2.mul(f64x2.splat(INVLN2N), xd);
  const shifted = f64x2.add(z, f64x2.splat(EXPF_SHIFT));
  const kd = f64x2.sub(shifted, f64x2.splat(EXPF_SHIFT));
  const r = f64x2.sub(z, kd);
  const ok = f64x2.lt(f64x2.abs(r), f64x2.splat(0.499999999996362));
  // kd is an integer below 2^31 in magnitude: the low bits of `shifted` hold it.
  const k0 = <i64>f64x2.extract_lane(kd, 0);
  const k1 = <i64>f64x2.extract_lane(kd, 1);
  const t0 = reinterpret<i64>(unchecked(EXP2F_TD[<i32>(k0 & 31)])) + ((k0 >> 5) << 52);
  const t1 = reinterpret<i64>(unchecked(EXP2F_TD[<i32>(k1 & 31)])) + ((k1 >> 5) << 52);
  const sc = i64x2.replace_lane(i64x2.splat(t0), 1, t1);
  const r2 = f64x2.mul(r, r);
  const y = f64x2.mul(
    f64x2.add(
      f64x2.mul(f64x2.add(f64x2.mul(f64x2.splat(EXPF_C0), r), f64x2.splat(EXPF_C1)), r2),
      f64x2.add(f64x2.mul(f64x2.splat(EXPF_C2), r), f64x2.splat(1)),
    ),
    sc,
  );
  const eps = f64x2.mul(f64x2.abs(y), f64x2.splat(5.684341886080802e-14));
  const lo = f32x4.demote_f64x2_zero(f64x2.sub(y, eps));
  const hi = f32x4.demote_f64x2_zero(f64x2.add(y, eps));
  // The two demoted values are 32-bit lanes 0 and 1; `ok` has 64-bit lanes.
  const same = f32x4.eq(lo, hi);
  const decided = i64x2.all_true(ok) &&
    (i32x4.extract_lane(same, 0) & i32x4.extract_lane(same, 1)) == -1;
  if (!decided) expfMissed = true;
  return lo;
}

@inline function expfV(x: v128): v128 {
  const lo = expfHalf(f64x2.promote_low_f32x4(x));
  const hi = expfHalf(f64x2.promote_low_f32x4(v128.shuffle<i64>(x, x, 1, 0)));
  return v128.shuffle<i64>(lo, hi, 0, 2);
}

/** One Newton step of calc_erfinv on four lanes of erff class `cls` (0 or 1). */
/**
 * Whether the trunc_normal_ kernels run with glibc 2.41+'s correctly rounded
 * `erff`, `(float)erf((double)x)` (set by truncNormalF32 / truncNormalF32Cr).
 */
let CR_ERFF: bool = false;

/** `erfD`'s first interval (2^-28 <= |x| < 0.84375) on two double lanes, same operations. */
@inline function erfSmallD2(x: v128): v128 {
  const z = f64x2.mul(x, x);
  const r1 = f64x2.add(f64x2.splat(E_PP0), f64x2.mul(z, f64x2.splat(E_PP1)));
  const z2 = f64x2.mul(z, z);
  const r2 = f64x2.add(f64x2.splat(E_PP2), f64x2.mul(z, f64x2.splat(E_PP3)));
  const z4 = f64x2.mul(z2, z2);
  const s1 = f64x2.add(f64x2.splat(1), f64x2.mul(z, f64x2.splat(E_QQ1)));
  const s2 = f64x2.add(f64x2.splat(E_QQ2), f64x2.mul(z, f64x2.splat(E_QQ3)));
  const s3 = f64x2.add(f64x2.splat(E_QQ4), f64x2.mul(z, f64x2.splat(E_QQ5)));
  const r = f64x2.add(f64x2.add(r1, f64x2.mul(z2, r2)), f64x2.mul(z4, f64x2.splat(E_PP4)));
  const s = f64x2.add(f64x2.add(s1, f64x2.mul(z2, s2)), f64x2.mul(z4, s3));
  return f64x2.add(x, f64x2.mul(x, f64x2.div(r, s)));
}

/** glibc 2.41+'s `erff` on four lanes in erff's first interval: erfD in double, rounded. */
@inline function erffCrSmallV(x: v128): v128 {
  const lo = erfSmallD2(f64x2.promote_low_f32x4(x));
  const hi = erfSmallD2(
    f64x2.promote_low_f32x4(i8x16.shuffle(x, x, 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7)),
  );
  return i8x16.shuffle(
    f32x4.demote_f64x2_zero(lo),
    f32x4.demote_f64x2_zero(hi),
    0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23,
  );
}

/** The first interval's erff for the selected C library. */
@inline function erffFirstV(x: v128): v128 {
  return CR_ERFF ? erffCrSmallV(x) : erffSmallV(x);
}

/** calc_erfinv<float> with the selected C library's erff. */
@inline function erfinvSel(y: f32, fused: bool): f32 {
  return CR_ERFF ? erfinv32Cr(y, fused) : erfinv32(y, fused);
}

@inline function newtonV(x: v128, y: v128, cls: i32): v128 {
  const e = f32x4.sub(cls == 0 ? erffFirstV(x) : erffMidV(x), y);
  const g = f32x4.mul(f32x4.splat(EI_K), expfV(f32x4.mul(f32x4.neg(x), x)));
  return f32x4.sub(x, f32x4.div(e, g));
}

/** The scalar Newton step with glibc 2.41+'s erff. */
@inline function newton1Cr(x: f32, y: f32): f32 {
  const e = <f32>erfD(<f64>x) - y;
  const g = EI_K * expf(-x * x);
  return x - e / g;
}

/** The scalar Newton step. */
@inline function newton1(x: f32, y: f32): f32 {
  const e = erff(x) - y;
  const g = EI_K * expf(-x * x);
  return x - e / g;
}

/** The Newton step on SORTED[from, to), whose elements all have erff class `cls`. */
function newtonRun(from: i32, to: i32, cls: i32): void {
  let j = from;
  for (; j + 4 <= to; j += 4) {
    const q = SORTED + (<usize>j << 2);
    const i0 = <usize>load<i32>(q) << 2;
    const i1 = <usize>load<i32>(q, 4) << 2;
    const i2 = <usize>load<i32>(q, 8) << 2;
    const i3 = <usize>load<i32>(q, 12) << 2;
    let x = f32x4.splat(load<f32>(OUT + i0));
    x = f32x4.replace_lane(x, 1, load<f32>(OUT + i1));
    x = f32x4.replace_lane(x, 2, load<f32>(OUT + i2));
    x = f32x4.replace_lane(x, 3, load<f32>(OUT + i3));
    let y = f32x4.splat(load<f32>(YS + i0));
    y = f32x4.replace_lane(y, 1, load<f32>(YS + i1));
    y = f32x4.replace_lane(y, 2, load<f32>(YS + i2));
    y = f32x4.replace_lane(y, 3, load<f32>(YS + i3));
    expfMissed = false;
    const r = newtonV(x, y, cls);
    if (expfMissed) {
      // expf's fast path could not decide a lane: the scalar step for all four.
      store<f32>(OUT + i0, newton1(f32x4.extract_lane(x, 0), f32x4.extract_lane(y, 0)));
      store<f32>(OUT + i1, newton1(f32x4.extract_lane(x, 1), f32x4.extract_lane(y, 1)));
      store<f32>(OUT + i2, newton1(f32x4.extract_lane(x, 2), f32x4.extract_lane(y, 2)));
      store<f32>(OUT + i3, newton1(f32x4.extract_lane(x, 3), f32x4.extract_lane(y, 3)));
    } else {
      store<f32>(OUT + i0, f32x4.extract_lane(r, 0));
      store<f32>(OUT + i1, f32x4.extract_lane(r, 1));
      store<f32>(OUT + i2, f32x4.extract_lane(r, 2));
      store<f32>(OUT + i3, f32x4.extract_lane(r, 3));
    }
  }
  for (; j < to; j++) {
    const i = <usize>load<i32>(SORTED + (<usize>j << 2)) << 2;
    store<f32>(OUT + i, newton1(load<f32>(OUT + i), load<f32>(YS + i)));
  }
}

/** `p * z + q` on four lanes: one rounding when `fused`, two otherwise. */
@inline function maV(p: v128, z: v128, q: v128, fused: bool): v128 {
  return fused ? fmaV(p, z, q) : f32x4.add(f32x4.mul(p, z), q);
}

/** `calc_erfinv`'s first guess for four lanes with |y| <= 0.7. */
@inline function erfinvCentralV(y: v128, fused: bool): v128 {
  const z = f32x4.mul(y, y);
  const a3 = f32x4.splat(EI_A3);
  const num = maV(maV(maV(a3, z, f32x4.splat(EI_A2), fused), z, f32x4.splat(EI_A1), fused), z, f32x4.splat(EI_A0), fused);
  let dem = maV(f32x4.splat(EI_B3), z, f32x4.splat(EI_B2), fused);
  dem = maV(dem, z, f32x4.splat(EI_B1), fused);
  dem = maV(dem, z, f32x4.splat(EI_B0), fused);
  dem = maV(dem, z, f32x4.splat(1), fused);
  return f32x4.div(f32x4.mul(y, num), dem);
}

/** Whether every lane is in erff's first interval, 2^-28 <= |x| < 0.84375. */
@inline function allSmallV(x: v128): bool {
  const ax = v128.and(x, i32x4.splat(0x7fffffff));
  return i32x4.all_true(
    v128.and(i32x4.ge_s(ax, i32x4.splat(0x31800000)), i32x4.lt_s(ax, i32x4.splat(0x3f580000))),
  );
}

/**
 * The whole of calc_erfinv for the central elements IDX[from, to), four at a
 * time: their first guesses stay in erff's first interval through both
 * Newton steps (|y| <= 0.7 gives |x| < 0.74), which is checked; a group that
 * leaves it (or whose expf fast path cannot decide) is recomputed by the
 * scalar erfinv32.
 */
function centralRun(from: i32, to: i32, fused: bool): void {
  let j = from;
  // Two groups at once: each group's steps form one long dependency chain,
  // so interleaving two lets the CPU overlap them.
  for (; j + 8 <= to; j += 8) {
    const q = IDX + (<usize>j << 2);
    const a0 = <usize>load<i32>(q) << 2;
    const a1 = <usize>load<i32>(q, 4) << 2;
    const a2 = <usize>load<i32>(q, 8) << 2;
    const a3 = <usize>load<i32>(q, 12) << 2;
    const b0 = <usize>load<i32>(q, 16) << 2;
    const b1 = <usize>load<i32>(q, 20) << 2;
    const b2 = <usize>load<i32>(q, 24) << 2;
    const b3 = <usize>load<i32>(q, 28) << 2;
    let ya = f32x4.splat(load<f32>(YS + a0));
    ya = f32x4.replace_lane(ya, 1, load<f32>(YS + a1));
    ya = f32x4.replace_lane(ya, 2, load<f32>(YS + a2));
    ya = f32x4.replace_lane(ya, 3, load<f32>(YS + a3));
    let yb = f32x4.splat(load<f32>(YS + b0));
    yb = f32x4.replace_lane(yb, 1, load<f32>(YS + b1));
    yb = f32x4.replace_lane(yb, 2, load<f32>(YS + b2));
    yb = f32x4.replace_lane(yb, 3, load<f32>(YS + b3));
    let xa = erfinvCentralV(ya, fused);
    let xb = erfinvCentralV(yb, fused);
    expfMissed = false;
    let ok = allSmallV(xa) && allSmallV(xb);
    for (let step = 0; step < 2 && ok; step++) {
      const ea = f32x4.sub(erffFirstV(xa), ya);
      const eb = f32x4.sub(erffFirstV(xb), yb);
      const ga = f32x4.mul(f32x4.splat(EI_K), expfV(f32x4.mul(f32x4.neg(xa), xa)));
      const gb = f32x4.mul(f32x4.splat(EI_K), expfV(f32x4.mul(f32x4.neg(xb), xb)));
      xa = f32x4.sub(xa, f32x4.div(ea, ga));
      xb = f32x4.sub(xb, f32x4.div(eb, gb));
      if (step == 0) ok = allSmallV(xa) && allSmallV(xb);
    }
    if (ok && !expfMissed) {
      store<f32>(OUT + a0, f32x4.extract_lane(xa, 0));
      store<f32>(OUT + a1, f32x4.extract_lane(xa, 1));
      store<f32>(OUT + a2, f32x4.extract_lane(xa, 2));
      store<f32>(OUT + a3, f32x4.extract_lane(xa, 3));
      store<f32>(OUT + b0, f32x4.extract_lane(xb, 0));
      store<f32>(OUT + b1, f32x4.extract_lane(xb, 1));
      store<f32>(OUT + b2, f32x4.extract_lane(xb, 2));
      store<f32>(OUT + b3, f32x4.extract_lane(xb, 3));
    } else {
      for (let l = 0; l < 8; l++) {
        const i = <usize>load<i32>(q + (<usize>l << 2)) << 2;
        store<f32>(OUT + i, erfinvSel(load<f32>(YS + i), fused));
      }
    }
  }
  for (; j + 4 <= to; j += 4) {
    const q = IDX + (<usize>j << 2);
    const i0 = <usize>load<i32>(q) << 2;
    const i1 = <usize>load<i32>(q, 4) << 2;
    const i2 = <usize>load<i32>(q, 8) << 2;
    const i3 = <usize>load<i32>(q, 12) << 2;
    let y = f32x4.splat(load<f32>(YS + i0));
    y = f32x4.replace_lane(y, 1, load<f32>(YS + i1));
    y = f32x4.replace_lane(y, 2, load<f32>(YS + i2));
    y = f32x4.replace_lane(y, 3, load<f32>(YS + i3));
    let x = erfinvCentralV(y, fused);
    expfMissed = false;
    let ok = allSmallV(x);
    if (ok) {
      x = newtonV(x, y, 0);
      ok = allSmallV(x);
    }
    if (ok) x = newtonV(x, y, 0);
    if (ok && !expfMissed) {
      store<f32>(OUT + i0, f32x4.extract_lane(x, 0));
      store<f32>(OUT + i1, f32x4.extract_lane(x, 1));
      store<f32>(OUT + i2, f32x4.extract_lane(x, 2));
      store<f32>(OUT + i3, f32x4.extract_lane(x, 3));
    } else {
      store<f32>(OUT + i0, erfinvSel(f32x4.extract_lane(y, 0), fused));
      store<f32>(OUT + i1, erfinvSel(f32x4.extract_lane(y, 1), fused));
      store<f32>(OUT + i2, erfinvSel(f32x4.extract_lane(y, 2), fused));
      store<f32>(OUT + i3, erfinvSel(f32x4.extract_lane(y, 3), fused));
    }
  }
  for (; j < to; j++) {
    const i = <usize>load<i32>(IDX + (<usize>j << 2)) << 2;
    store<f32>(OUT + i, erfinvSel(load<f32>(YS + i), fused));
  }
}

/**
 * `trunc_normal_` on `count` (<= CHUNK) float32 elements: uniforms in the
 * given form (see uniformF32), then `clamp(erfinv(u) * scale + mean, a, b)`.
 *
 * Each element is computed exactly as `erfinv32` computes it; only the order
 * in which elements are visited changes. Elements are grouped by the branch
 * they take (erfinv's central or tail guess, then `erff`'s interval at each
 * Newton step), so branches are predicted and consecutive elements overlap in
 * the CPU: with random inputs these branches were mispredicted at every
 * element.
 */
export function truncNormalF32(
  count: i32,
  mode: i32,
  range: f32,
  from: f32,
  fused: bool,
  scale: f32,
  mean: f32,
  a: f32,
  b: f32,
): void {
  CR_ERFF = false;
  truncNormalF32Run(count, mode, range, from, fused, scale, mean, a, b);
}

/** truncNormalF32's computation, with erff as CR_ERFF selects. */
function truncNormalF32Run(
  count: i32,
  mode: i32,
  range: f32,
  from: f32,
  fused: bool,
  scale: f32,
  mean: f32,
  a: f32,
  b: f32,
): void {
  uniformF32(count, mode, range, from);
  memory.copy(YS, OUT, <usize>count << 2);
  // First guesses: central from the front of IDX, tail from the back; ±1,
  // beyond and NaN are final at once (erfinv32 skips Newton for them).
  let front = 0;
  let back = count;
  for (let i = 0; i < count; i++) {
    const y = load<f32>(YS + (<usize>i << 2));
    const ay = abs<f32>(y);
    if (!(ay < 1)) {
      store<f32>(OUT + (<usize>i << 2), erfinvSel(y, fused));
      continue;
    }
    const central = <i32>(ay <= <f32>0.7);
    store<i32>(IDX + (<usize>front << 2), i);
    store<i32>(IDX + (<usize>(back - 1) << 2), i);
    front += central;
    back -= 1 - central;
  }
  // Central elements: the whole computation four lanes at a time.
  centralRun(0, front, fused);
  // Tail elements: first guesses one by one (logf), then the Newton steps
  // grouped by erff's interval.
  for (let j = back; j < count; j++) {
    const i = load<i32>(IDX + (<usize>j << 2));
    store<f32>(OUT + (<usize>i << 2), erfinvTail(load<f32>(YS + (<usize>i << 2)), fused));
  }
  const active = count - back;
  memory.copy(IDX, IDX + (<usize>back << 2), <usize>active << 2);
  for (let step = 0; step < 2 && CR_ERFF; step++) {
    // glibc 2.41+'s erff: element by element (erfD has no vector form past its first interval).
    for (let j = 0; j < active; j++) {
      const i = load<i32>(IDX + (<usize>j << 2));
      const p = OUT + (<usize>i << 2);
      store<f32>(p, newton1Cr(load<f32>(p), load<f32>(YS + (<usize>i << 2))));
    }
  }
  for (let step = 0; step < 2 && !CR_ERFF; step++) {
    // Counting sort of the active elements by erff's interval into SORTED,
    // without branches on the (random) class: per-class cursors in memory.
    for (let c = 0; c < 5; c++) store<i32>(CURSORS + (<usize>c << 2), 0);
    for (let j = 0; j < active; j++) {
      const i = load<i32>(IDX + (<usize>j << 2));
      const cls = erffClass(load<f32>(OUT + (<usize>i << 2)));
      store<u8>(CLASSES + <usize>j, <u8>cls);
      const c = CURSORS + (<usize>cls << 2);
      store<i32>(c, load<i32>(c) + 1);
    }
    const c0 = load<i32>(CURSORS);
    const c1 = load<i32>(CURSORS, 4);
    let start = 0;
    for (let c = 0; c < 5; c++) {
      const p = CURSORS + (<usize>c << 2);
      const n = load<i32>(p);
      store<i32>(p, start);
      start += n;
    }
    for (let j = 0; j < active; j++) {
      const c = CURSORS + (<usize>load<u8>(CLASSES + <usize>j) << 2);
      const at = load<i32>(c);
      store<i32>(c, at + 1);
      store<i32>(SORTED + (<usize>at << 2), load<i32>(IDX + (<usize>j << 2)));
    }
    // Classes 0 and 1 four at a time, the rest (and any remainder) one by one.
    newtonRun(0, c0, 0);
    newtonRun(c0, c0 + c1, 1);
    for (let j = c0 + c1; j < active; j++) {
      const i = load<i32>(SORTED + (<usize>j << 2));
      const p = OUT + (<usize>i << 2);
      store<f32>(p, newton1(load<f32>(p), load<f32>(YS + (<usize>i << 2))));
    }
  }
  for (let i = 0; i < count; i++) {
    const p = OUT + (<usize>i << 2);
    const x = load<f32>(p) * scale + mean;
    store<f32>(p, x < a ? a : b < x ? b : x);
  }
}

/**
 * `trunc_normal_` on `count` (<= CHUNK) float32 elements with glibc 2.41+'s
 * correctly rounded `erff` (see erfinv32Cr): uniforms, then
 * `clamp(erfinv(u) * scale + mean, a, b)`, as truncNormalF32 groups them.
 */
export function truncNormalF32Cr(
  count: i32,
  mode: i32,
  range: f32,
  from: f32,
  fused: bool,
  scale: f32,
  mean: f32,
  a: f32,
  b: f32,
): void {
  CR_ERFF = true;
  truncNormalF32Run(count, mode, range, from, fused, scale, mean, a, b);
}

/**
 * For the tests: apply a scalar function to `n` (<= CHUNK / 2) float32 values
 * in the output chunk, results after them. fn: 0 logf, 1 expf, 2 erff,
 * 3 erfinv (unfused), 4 erfinv (fused), 5 sinf and 6 cosf (|x| < 120), 7 cosf
 * and 8 sinf through sincosfPair.
 */
export function mathBatch(fn: i32, n: i32): void {
  for (let i = 0; i < n; i++) {
    const x = load<f32>(OUT + (<usize>i << 2));
    let y: f32;
    if (fn == 0) y = logf(x);
    else if (fn == 1) y = expf(x);
    else if (fn == 2) y = erff(x);
    else if (fn == 5) y = sincosfSmall(x, false);
    else if (fn == 6) y = sincosfSmall(x, true);
    else if (fn == 7) y = sincosfPair(x);
    else if (fn == 8) {
      sincosfPair(x);
      y = pairSin;
    } else y = erfinv32(x, fn == 4);
    store<f32>(OUT + (<usize>(n + i) << 2), y);
  }
}
// ---------------------------------------------------------------------------
// normal_ (float32, default build: glibc logf/cosf/sinf, no FMA in the kernel)

const HPI_INV: f64 = 10680707.430881744;
const HPI: f64 = 1.5707963267948966;
const SC_C0: f64 = 1.0;
const SC_C1: f64 = -0.49999999725108224;
const SC_C2: f64 = 0.041666623324344516;
const SC_C3: f64 = -0.001388676379437604;
const SC_C4: f64 = 2.4390450703564542e-05;
const SC_S1: f64 = -0.16666654943701084;
const SC_S2: f64 = 0.008332178146138854;
const SC_S3: f64 = -0.00019517298981385725;

/** glibc's sin (even) or cos (odd) polynomial, unfused, before rounding to float32. */
@inline function sincosfPolyNaive(x: f64, x2: f64, odd: bool, neg: bool): f64 {
  if (!odd) {
    const x3 = x2 * x;
    return x3 * x2 * (x2 * SC_S3 + SC_S2) + (x3 * SC_S1 + x);
  }
  const x4 = x2 * x2;
  const c = x2 * x4 * (x2 * SC_C4 + SC_C3) + (x4 * SC_C2 + (x2 * SC_C1 + SC_C0));
  return neg ? -c : c;
}

/** The same polynomial as glibc's FMA build evaluates it, rounded to float32. */
function sincosfPoly(x: f64, x2: f64, odd: bool, neg: bool): f32 {
  if (!odd) {
    const x3 = x2 * x;
    const x7 = x3 * x2;
    const s1 = fma64x(x2, SC_S3, SC_S2);
    const s = fma64x(x3, SC_S1, x);
    return <f32>fma64x(x7, s1, s);
  }
  const x4 = x2 * x2;
  const x6 = x2 * x4;
  let c1: f64, c2: f64, c: f64;
  if (neg) {
    c1 = fma64x(x2, -SC_C1, -SC_C0);
    c2 = fma64x(x2, -SC_C4, -SC_C3);
    c = fma64x(x4, -SC_C2, c1);
  } else {
    c1 = fma64x(x2, SC_C1, SC_C0);
    c2 = fma64x(x2, SC_C4, SC_C3);
    c = fma64x(x4, SC_C2, c1);
  }
  return <f32>fma64x(x6, c2, c);
}

/**
 * glibc 2.36 `sinf` (`cos` false) or `cosf` (true), FMA variant, for |y| < 120
 * (the normal kernel's angles lie in [0, 2 pi)); NaN outside that domain.
 */
function sincosfSmall(y: f32, cos: bool): f32 {
  const iy = reinterpret<u32>(y);
  const top = (iy >> 20) & 0x7ff;
  const yd = <f64>y;
  if (top < 0x3f4) {
    if (top < 0x398) return cos ? 1 : y;
    const yn = sincosfPolyNaive(yd, yd * yd, cos, false);
    const eps = abs<f64>(yn) * 7.105427357601002e-15;
    const lo = <f32>(yn - eps);
    if (lo == <f32>(yn + eps)) return lo;
    return sincosfPoly(yd, yd * yd, cos, false);
  }
  if (top >= 0x42f) return NaN;
  const n = (<i32>(yd * HPI_INV) + 0x800000) >> 24;
  const nd = <f64>n;
  {
    const xn = yd - nd * HPI;
    const sx = (n & 3) == 1 || (n & 3) == 2 ? -xn : xn;
    const yn = sincosfPolyNaive(sx, xn * xn, ((n & 1) == 1) != cos, (n & 2) != 0);
    const eps = (abs<f64>(nd) + 4) * 8.881784197001252e-16;
    const lo = <f32>(yn - eps);
    if (lo == <f32>(yn + eps)) return lo;
  }
  const x = fma64x(-nd, HPI, yd);
  const xs = (n & 3) == 1 || (n & 3) == 2 ? -x : x;
  return sincosfPoly(xs, x * x, ((n & 1) == 1) != cos, (n & 2) != 0);
}

/** The sine from {@link sincosfPair}. */
let pairSin: f32 = 0;

/**
 * `cosf(y)` and `sinf(y)` (in pairSin) as {@link sincosfSmall} computes each:
 * one range reduction for both on the fast path; where either rounding is in
 * doubt, or for tiny and huge |y|, that one comes from sincosfSmall itself.
 */
function sincosfPair(y: f32): f32 {
  const top = (reinterpret<u32>(y) >> 20) & 0x7ff;
  if (top < 0x3f4 || top >= 0x42f) {
    pairSin = sincosfSmall(y, false);
    return sincosfSmall(y, true);
  }
  const yd = <f64>y;
  const n = (<i32>(yd * HPI_INV) + 0x800000) >> 24;
  const nd = <f64>n;
  const xn = yd - nd * HPI;
  const sx = (n & 3) == 1 || (n & 3) == 2 ? -xn : xn;
  const x2 = xn * xn;
  const neg = (n & 2) != 0;
  const eps = (abs<f64>(nd) + 4) * 8.881784197001252e-16;
  const ys = sincosfPolyNaive(sx, x2, (n & 1) == 1, neg);
  const yc = sincosfPolyNaive(sx, x2, (n & 1) == 0, neg);
  const sLo = <f32>(ys - eps);
  const cLo = <f32>(yc - eps);
  pairSin = sLo == <f32>(ys + eps) ? sLo : sincosfSmall(y, false);
  return cLo == <f32>(yc + eps) ? cLo : sincosfSmall(y, true);
}

/** `2.0 * c10::pi<double>` */
const TWO_PI_D: f64 = 2.0 * Math.PI;

/** `a * b + c` rounded once for any float32 operands: the hardware's in the relaxed-SIMD build. */
@inline function fma32any(a: f32, b: f32, c: f32): f32 {
  if (ASC_FEATURE_RELAXED_SIMD) {
    return f32x4.extract_lane(
      f32x4.relaxed_madd(f32x4.splat(a), f32x4.splat(b), f32x4.splat(c)),
      0,
    );
  }
  return fma32x(a, b, c);
}

/**
 * Draw `count` (a multiple of 16, <= CHUNK) float32 uniforms into the output
 * chunk, then turn each block of 16 into normals as the default build's
 * `normal_fill_16<float>` does (glibc `logf`, `cosf`, `sinf`; float32
 * arithmetic; the angle rounded from double). `fused`: torch 2.14's block,
 * which writes `std::fma(radius * cos, std, mean)`; otherwise two roundings.
 */
export function normalF32Default(count: i32, mean: f32, std: f32, fused: bool): void {
  uniformF32(count, 0, 1, 0);
  for (let b = 0; b < count; b += 16) {
    const p = OUT + (<usize>b << 2);
    for (let j = 0; j < 8; j++) {
      const q = p + (<usize>j << 2);
      const u1: f32 = 1 - load<f32>(q);
      const u2 = load<f32>(q + 32);
      const radius = sqrt<f32>(<f32>-2 * logf(u1));
      const theta = <f32>(TWO_PI_D * <f64>u2);
      const c = radius * sincosfPair(theta);
      const s = radius * pairSin;
      store<f32>(q, fused ? fma32any(c, std, mean) : c * std + mean);
      store<f32>(q + 32, fused ? fma32any(s, std, mean) : s * std + mean);
    }
  }
}

// ---------------------------------------------------------------------------
// uniform_ (float64)

/** `a * b + c` with one rounding: the hardware's in the relaxed-SIMD build. */
@inline function fma64h(a: f64, b: f64, c: f64): f64 {
  if (ASC_FEATURE_RELAXED_SIMD) {
    return f64x2.extract_lane(
      f64x2.relaxed_madd(f64x2.splat(a), f64x2.splat(b), f64x2.splat(c)),
      0,
    );
  }
  return fma64x(a, b, c);
}

/** One tempered word, with ATen's bookkeeping. */
@inline function oneWord(): u32 {
  ready(1);
  const nx = load<i32>(NEXT);
  const y = temper(load<u32>(STATE + (<usize>nx << 2)));
  took(1);
  return y;
}

const TWO_M53: f64 = 1.1102230246251565e-16;

/**
 * Write `count` (<= CHUNK / 2) float64 uniforms to the output chunk: two
 * words each (high first, 53 bits), then as uniformF32's modes. `range` and
 * `from` must be 0 or of moderate magnitude (the emulated FMA's domain).
 */
export function uniformF64(count: i32, mode: i32, range: f64, from: f64): void {
  let i = 0;
  while (i < count) {
    const pairs = ready(2 * (count - i)) >> 1;
    if (pairs == 0) {
      // One word before the twist: the element straddles it.
      const hi = oneWord();
      const x = <f64>((<u64>(hi & 0x1fffff) << 32) | <u64>oneWord()) * TWO_M53;
      store<f64>(OUT + (<usize>i << 3), mode == 0 ? x : mode == 2 ? x * range + from : fma64h(x, range, from));
      i++;
      continue;
    }
    const src = STATE + (<usize>load<i32>(NEXT) << 2);
    for (let k = 0; k < pairs; k++) {
      const hi = temper(load<u32>(src + (<usize>k << 3)));
      const lo = temper(load<u32>(src + (<usize>k << 3), 4));
      const x = <f64>((<u64>(hi & 0x1fffff) << 32) | <u64>lo) * TWO_M53;
      store<f64>(
        OUT + (<usize>(i + k) << 3),
        mode == 0 ? x : mode == 2 ? x * range + from : fma64h(x, range, from),
      );
    }
    took(2 * pairs);
    i += pairs;
  }
}


// ---------------------------------------------------------------------------
// normal_ (float64): glibc 2.36's log, sin and cos (x86-64 FMA variants),
// ported from src/random/_libm_f64.ts (see it for the sources and which
// operations are fused), for the kernel's arguments: log on (0, 1], sin and
// cos on [0, 2 pi). Every fused operation is fma64h: the hardware's in the
// relaxed-SIMD build, the exact emulation otherwise (its operands here are far
// from the overflow and underflow thresholds).

const D_LN2HI: f64 = 0.6931471805598903;
const D_LN2LO: f64 = 5.497923018708371e-14;
const D_A0: f64 = -0.5000000000000001;
const D_A1: f64 = 0.33333333331825593;
const D_A2: f64 = -0.2499999999622955;
const D_A3: f64 = 0.20000304511814496;
const D_A4: f64 = -0.16667054827627667;
const D_B0: f64 = -0.5;
const D_B1: f64 = 0.3333333333333352;
const D_B2: f64 = -0.24999999999998432;
const D_B3: f64 = 0.19999999999320328;
const D_B4: f64 = -0.16666666669929706;
const D_B5: f64 = 0.14285715076560868;
const D_B6: f64 = -0.12499997863982555;
const D_B7: f64 = 0.11110712032936046;
const D_B8: f64 = -0.10000486757818193;
const D_B9: f64 = 0.09181994006195467;
const D_B10: f64 = -0.08328363062289341;
const D_S1: f64 = -0.16666666666666666;
const D_S2: f64 = 0.008333333333332329;
const D_S3: f64 = -0.00019841269834414642;
const D_S4: f64 = 2.755729806860771e-06;
const D_S5: f64 = -2.5022014848318398e-08;
const D_BIG: f64 = 52776558133248.0;
const D_HP0: f64 = 1.5707963267948966;
const D_HP1: f64 = 6.123233995736766e-17;
const D_MP1: f64 = 1.5707963407039642;
const D_MP2: f64 = -1.3909067564377153e-08;
const D_PP3: f64 = -4.97899623147991e-17;
const D_PP4: f64 = -1.9034889620193266e-25;
const D_HPINV: f64 = 0.6366197723675814;
const D_TOINT: f64 = 6755399441055744.0;
const D_SN3: f64 = -0.16666666666666488;
const D_SN5: f64 = 0.008333332142857223;
const D_CS2: f64 = 0.5;
const D_CS4: f64 = -0.04166666666666644;
const D_CS6: f64 = 0.001388888740079376;

/** glibc 2.36 `log` for finite x > 0. */
function logD(x: f64): f64 {
  if (x >= 0.9375 && x < 1.064697265625) {
    if (x == 1) return 0;
    const r = x - 1;
    const r2 = r * r;
    const r3 = r * r2;
    let q = fma64h(r2, D_B9, fma64h(r, D_B8, D_B7));
    q = fma64h(r3, D_B10, q);
    q = fma64h(q, r3, fma64h(r2, D_B6, fma64h(r, D_B5, D_B4)));
    q = fma64h(q, r3, fma64h(r2, D_B3, fma64h(r, D_B2, D_B1)));
    const w = r * 134217728.0;
    const rhi = r + w - w;
    const rlo = r - rhi;
    const hw = rhi * rhi * D_B0;
    const hi = r + hw;
    let lo = r - hi + hw;
    lo = fma64h(D_B0 * rlo, rhi + r, lo);
    return hi + fma64h(q, r3, lo);
  }
  let ix = reinterpret<u64>(x);
  const top = <u32>(ix >> 48);
  if (top - 0x0010 >= 0x7fe0) {
    if (x == 0) return -Infinity;
    if (x == Infinity) return x;
    if ((top & 0x8000) != 0 || (top & 0x7ff0) == 0x7ff0) return NaN;
    ix = reinterpret<u64>(x * 4503599627370496.0) - (<u64>52 << 52);
  }
  const tmp = ix - 0x3fe6000000000000;
  const i = <i32>((tmp >> 45) & 127);
  const k = <f64>(<i64>tmp >> 52);
  const z = reinterpret<f64>(ix - (tmp & 0xfff0000000000000));
  const invc = unchecked(D_LOG_T[2 * i]);
  const logc = unchecked(D_LOG_T[2 * i + 1]);
  const r = fma64h(z, invc, -1);
  const w = k * D_LN2HI + logc;
  const hi = w + r;
  const lo = fma64h(k, D_LN2LO, w - hi + r);
  const r2 = r * r;
  const r3 = r * r2;
  const p = fma64h(r2, fma64h(r, D_A4, D_A3), fma64h(r, D_A2, D_A1));
  return fma64h(r3, p, fma64h(r2, D_A0, lo)) + hi;
}

/** sin(x + dx) for |x| < 0.855469 (glibc do_sin). */
function doSinD(x: f64, dx0: f64): f64 {
  let dx = dx0;
  const ax = abs<f64>(x);
  if (ax < 0.126) {
    const xx = x * x;
    let p = fma64h(xx, D_S5, D_S4);
    p = fma64h(xx, p, D_S3);
    p = fma64h(xx, p, D_S2);
    p = fma64h(xx, p, D_S1);
    const t = fma64h(xx, fma64h(p, x, -(0.5 * dx)), dx);
    return x + t;
  }
  if (!(x > 0)) dx = -dx;
  const u = D_BIG + ax;
  const xr = ax - (u - D_BIG);
  const k = <i32>((u - D_BIG) * 128) << 2;
  const xx = xr * xr;
  const s = xr + fma64h(xr * xx, fma64h(xx, D_SN5, D_SN3), dx);
  const c = fma64h(xr, dx, xx * fma64h(xx, fma64h(xx, D_CS6, D_CS4), D_CS2));
  const sn = unchecked(D_SINCOSTAB[k]);
  const ssn = unchecked(D_SINCOSTAB[k + 1]);
  const cs = unchecked(D_SINCOSTAB[k + 2]);
  const ccs = unchecked(D_SINCOSTAB[k + 3]);
  const cor = fma64h(s, cs, fma64h(-c, sn, fma64h(s, ccs, ssn)));
  const res = abs<f64>(sn + cor);
  return x < 0 ? -res : res;
}

/** cos(x + dx) for |x| < 0.855469 (glibc do_cos). */
function doCosD(x: f64, dx0: f64): f64 {
  let dx = dx0;
  if (x < 0) dx = -dx;
  const ax = abs<f64>(x);
  const u = D_BIG + ax;
  const xr = ax - (u - D_BIG) + dx;
  const k = <i32>((u - D_BIG) * 128) << 2;
  const xx = xr * xr;
  const s = fma64h(xr * xx, fma64h(xx, D_SN5, D_SN3), xr);
  const c = xx * fma64h(xx, fma64h(xx, D_CS6, D_CS4), D_CS2);
  const sn = unchecked(D_SINCOSTAB[k]);
  const ssn = unchecked(D_SINCOSTAB[k + 1]);
  const cs = unchecked(D_SINCOSTAB[k + 2]);
  const ccs = unchecked(D_SINCOSTAB[k + 3]);
  const cor = fma64h(-s, sn, fma64h(-c, cs, fma64h(-s, ssn, ccs)));
  return cs + cor;
}

let redA: f64 = 0;
let redDa: f64 = 0;

/** glibc reduce_sincos for |x| < 105414350; returns the quadrant. */
function reduceSincosD(x: f64): i32 {
  const z = x * D_HPINV;
  let xn = (z + D_TOINT) - D_TOINT;
  if (!(abs<f64>(z - xn) < 0.49999999)) xn = fma64h(x, D_HPINV, D_TOINT) - D_TOINT;
  const n = <i32>xn & 3;
  const y = (x - xn * D_MP1) - xn * D_MP2;
  const t2 = y - xn * D_PP3;
  const db = (y - t2) - xn * D_PP3;
  const b = fma64h(-xn, D_PP4, t2);
  redA = b;
  redDa = db + fma64h(-xn, D_PP4, t2 - b);
  return n;
}

@inline function doSincosD(a: f64, da: f64, n: i32): f64 {
  const r = (n & 1) != 0 ? doCosD(a, da) : doSinD(a, da);
  return (n & 2) != 0 ? -r : r;
}

/** glibc 2.36 `sin` for |x| < 105414350 (NaN beyond: not this kernel's domain). */
function sinD(x: f64): f64 {
  const k = <u32>(reinterpret<u64>(x) >> 32) & 0x7fffffff;
  if (k < 0x3e500000) return x;
  if (k < 0x3feb6000) return doSinD(x, 0);
  if (k < 0x400368fd) {
    const r = abs<f64>(doCosD(D_HP0 - abs<f64>(x), D_HP1));
    return x < 0 ? -r : r;
  }
  if (k < 0x419921fb) {
    const n = reduceSincosD(x);
    return doSincosD(redA, redDa, n);
  }
  return NaN;
}

/** glibc 2.36 `cos` for |x| < 105414350 (NaN beyond: not this kernel's domain). */
function cosD(x: f64): f64 {
  const k = <u32>(reinterpret<u64>(x) >> 32) & 0x7fffffff;
  if (k < 0x3e400000) return 1;
  if (k < 0x3feb6000) return doCosD(x, 0);
  if (k < 0x400368fd) {
    const y = D_HP0 - abs<f64>(x);
    const a = y + D_HP1;
    const da = (y - a) + D_HP1;
    return doSinD(a, da);
  }
  if (k < 0x419921fb) {
    const n = reduceSincosD(x);
    return doSincosD(redA, redDa, n + 1);
  }
  return NaN;
}

/**
 * Draw `count` (a multiple of 16, <= CHUNK / 2) float64 uniforms into the
 * output chunk, then turn each block of 16 into normals as
 * `normal_fill_16<double>` does (glibc `log`, `cos`, `sin`; the final
 * `x * std + mean` fused when `fused`).
 */
export function normalF64(count: i32, mean: f64, std: f64, fused: bool): void {
  uniformF64(count, 0, 1, 0);
  for (let b = 0; b < count; b += 16) {
    const p = OUT + (<usize>b << 3);
    for (let j = 0; j < 8; j++) {
      const q = p + (<usize>j << 3);
      const u1 = 1 - load<f64>(q);
      const u2 = load<f64>(q + 64);
      const radius = sqrt<f64>(-2 * logD(u1));
      const theta = TWO_PI_D * u2;
      const c = radius * cosD(theta);
      const s = radius * sinD(theta);
      store<f64>(q, fused ? fma64h(c, std, mean) : c * std + mean);
      store<f64>(q + 64, fused ? fma64h(s, std, mean) : s * std + mean);
    }
  }
}


// ---------------------------------------------------------------------------
// trunc_normal_ (float64): calc_erfinv<double> with glibc 2.36's log (above),
// exp (__exp_fma) and erf, ported from src/random/_libm_exp_erf.ts and
// src/init/_erfinv.ts (see them for the sources and the fused operations).

const E_INV_LN2_N: f64 = 184.6649652337873;
const E_NEG_LN2_HI_N: f64 = -0.005415212348111709;
const E_NEG_LN2_LO_N: f64 = -1.2864023111638346e-14;
const E_SHIFT: f64 = 6755399441055744;
const E_C2: f64 = 0.49999999999996786;
const E_C3: f64 = 0.16666666666665886;
const E_C4: f64 = 0.0416666808410674;
const E_C5: f64 = 0.008333335853059549;
const E_TINY: f64 = 1e-300;
const E_ERX: f64 = 0.8450629115104675;
const E_EFX: f64 = 0.1283791670955126;
const E_PP0: f64 = 0.12837916709551256;
const E_PP1: f64 = -0.3250421072470015;
const E_PP2: f64 = -0.02848174957559851;
const E_PP3: f64 = -0.005770270296489442;
const E_PP4: f64 = -2.3763016656650163e-05;
const E_QQ1: f64 = 0.39791722395915535;
const E_QQ2: f64 = 0.0650222499887673;
const E_QQ3: f64 = 0.005081306281875766;
const E_QQ4: f64 = 0.00013249473800432164;
const E_QQ5: f64 = -3.960228278775368e-06;
const E_PA0: f64 = -0.0023621185607526594;
const E_PA1: f64 = 0.41485611868374833;
const E_PA2: f64 = -0.3722078760357013;
const E_PA3: f64 = 0.31834661990116175;
const E_PA4: f64 = -0.11089469428239668;
const E_PA5: f64 = 0.035478304325618236;
const E_PA6: f64 = -0.002166375594868791;
const E_QA1: f64 = 0.10642088040084423;
const E_QA2: f64 = 0.540397917702171;
const E_QA3: f64 = 0.07182865441419627;
const E_QA4: f64 = 0.12617121980876164;
const E_QA5: f64 = 0.01363708391202905;
const E_QA6: f64 = 0.011984499846799107;
const E_RA0: f64 = -0.009864944034847148;
const E_RA1: f64 = -0.6938585727071818;
const E_RA2: f64 = -10.558626225323291;
const E_RA3: f64 = -62.375332450326006;
const E_RA4: f64 = -162.39666946257347;
const E_RA5: f64 = -184.60509290671104;
const E_RA6: f64 = -81.2874355063066;
const E_RA7: f64 = -9.814329344169145;
const E_SA1: f64 = 19.651271667439257;
const E_SA2: f64 = 137.65775414351904;
const E_SA3: f64 = 434.56587747522923;
const E_SA4: f64 = 645.3872717332679;
const E_SA5: f64 = 429.00814002756783;
const E_SA6: f64 = 108.63500554177944;
const E_SA7: f64 = 6.570249770319282;
const E_SA8: f64 = -0.0604244152148581;
const E_RB0: f64 = -0.0098649429247001;
const E_RB1: f64 = -0.799283237680523;
const E_RB2: f64 = -17.757954917754752;
const E_RB3: f64 = -160.63638485582192;
const E_RB4: f64 = -637.5664433683896;
const E_RB5: f64 = -1025.0951316110772;
const E_RB6: f64 = -483.5191916086514;
const E_SB1: f64 = 30.33806074348246;
const E_SB2: f64 = 325.7925129965739;
const E_SB3: f64 = 1536.729586084437;
const E_SB4: f64 = 3199.8582195085955;
const E_SB5: f64 = 2553.0504064331644;
const E_SB6: f64 = 474.52854120695537;
const E_SB7: f64 = -22.44095244658582;
const E_TWO_M54: f64 = 5.551115123125783e-17;

/**
 * glibc 2.36 `exp` (`__exp_fma`) for |x| < 512 and the tiny, infinite and NaN
 * arguments; NaN for 512 <= |x| < 1024 (glibc's `specialcase`, outside this
 * kernel's domain: its arguments are -x^2 with |x| < 6 and erf's).
 */
function expD(x: f64): f64 {
  const ax = abs<f64>(x);
  if (!(ax >= E_TWO_M54 && ax < 512)) {
    if (ax < E_TWO_M54) return 1 + x;
    if (!(ax < 1024)) {
      if (x == -Infinity) return 0;
      if (!(ax < Infinity)) return 1 + x;
      return x < 0 ? 0 : Infinity;
    }
    return NaN;
  }
  const z = x * E_INV_LN2_N;
  let kd = (z + E_SHIFT) - E_SHIFT;
  if (abs<f64>(z - kd) == 0.5) {
    const e = fma64h(x, E_INV_LN2_N, -z);
    if (e != 0) kd = e > 0 ? z + 0.5 : z - 0.5;
  }
  const k = <i32>kd;
  const idx = k & 127;
  const n = k >> 7;
  const r1 = k < 131072 && k > -131072 ? x + kd * E_NEG_LN2_HI_N : fma64h(kd, E_NEG_LN2_HI_N, x);
  const r = fma64h(kd, E_NEG_LN2_LO_N, r1);
  const r2 = r * r;
  const p23 = fma64h(r, E_C3, E_C2);
  const p45 = fma64h(r, E_C5, E_C4);
  const tmp = fma64h(r2 * r2, p45, fma64h(p23, r2, r + unchecked(E_TAIL[idx])));
  const scale = unchecked(E_HEAD[idx]) * reinterpret<f64>(<u64>(n + 1023) << 52);
  return fma64h(scale, tmp, scale);
}

/** glibc 2.36 `erf` (fdlibm, nothing fused; calls `exp`). */
function erfD(x: f64): f64 {
  const ax = abs<f64>(x);
  if (!(ax < Infinity)) return <f64>(x < 0 ? -1 : 1) + 1 / x;
  if (ax < 0.84375) {
    if (ax < 3.725290298461914e-9) {
      if (ax < 2.848094538889218e-306) return 0.0625 * (16 * x + (16 * E_EFX) * x);
      return x + E_EFX * x;
    }
    const z = x * x;
    const r1 = E_PP0 + z * E_PP1;
    const z2 = z * z;
    const r2 = E_PP2 + z * E_PP3;
    const z4 = z2 * z2;
    const s1 = 1 + z * E_QQ1;
    const s2 = E_QQ2 + z * E_QQ3;
    const s3 = E_QQ4 + z * E_QQ5;
    const r = (r1 + z2 * r2) + z4 * E_PP4;
    const s = (s1 + z2 * s2) + z4 * s3;
    const y = r / s;
    return x + x * y;
  }
  if (ax < 1.25) {
    const s = ax - 1;
    const p1 = E_PA0 + s * E_PA1;
    const s2 = s * s;
    const q1 = 1 + s * E_QA1;
    const s4 = s2 * s2;
    const p2 = E_PA2 + s * E_PA3;
    const s6 = s4 * s2;
    const q2 = E_QA2 + s * E_QA3;
    const p3 = E_PA4 + s * E_PA5;
    const q3 = E_QA4 + s * E_QA5;
    const p = ((p1 + s2 * p2) + s4 * p3) + s6 * E_PA6;
    const q = ((q1 + s2 * q2) + s4 * q3) + s6 * E_QA6;
    return x >= 0 ? E_ERX + p / q : -E_ERX - p / q;
  }
  if (ax >= 6) return x >= 0 ? 1 - E_TINY : E_TINY - 1;
  const s = 1 / (ax * ax);
  const s2 = s * s;
  const s4 = s2 * s2;
  const s6 = s4 * s2;
  let bigR: f64;
  let bigS: f64;
  // 1/0.35: the double whose high word is 0x4006DB6E and low word 0.
  if (ax < reinterpret<f64>(0x4006db6e00000000)) {
    const r1 = E_RA0 + s * E_RA1;
    const t1 = 1 + s * E_SA1;
    const r2 = E_RA2 + s * E_RA3;
    const t2 = E_SA2 + s * E_SA3;
    const s8 = s4 * s4;
    const r3 = E_RA4 + s * E_RA5;
    const t3 = E_SA4 + s * E_SA5;
    const r4 = E_RA6 + s * E_RA7;
    const t4 = E_SA6 + s * E_SA7;
    bigR = ((r1 + s2 * r2) + s4 * r3) + s6 * r4;
    bigS = (((t1 + s2 * t2) + s4 * t3) + s6 * t4) + s8 * E_SA8;
  } else {
    const r1 = E_RB0 + s * E_RB1;
    const t1 = 1 + s * E_SB1;
    const r2 = E_RB2 + s * E_RB3;
    const t2 = E_SB2 + s * E_SB3;
    const r3 = E_RB4 + s * E_RB5;
    const t3 = E_SB4 + s * E_SB5;
    const t4 = E_SB6 + s * E_SB7;
    bigR = ((r1 + s2 * r2) + s4 * r3) + s6 * E_RB6;
    bigS = ((t1 + s2 * t2) + s4 * t3) + s6 * t4;
  }
  // |x| with the low 32 bits cleared, so that z * z is exact.
  const z = reinterpret<f64>(reinterpret<u64>(ax) & 0xffffffff00000000);
  const r = expD(-z * z - 0.5625) * expD((z - ax) * (z + ax) + bigR / bigS);
  return x >= 0 ? 1 - r / ax : r / ax - 1;
}

const EI64_A0: f64 = 0.886226899;
const EI64_A1: f64 = -1.645349621;
const EI64_A2: f64 = 0.914624893;
const EI64_A3: f64 = -0.140543331;
const EI64_B0: f64 = -2.118377725;
const EI64_B1: f64 = 1.442710462;
const EI64_B2: f64 = -0.329097515;
const EI64_B3: f64 = 0.012229801;
const EI64_C0: f64 = -1.970840454;
const EI64_C1: f64 = -1.624906493;
const EI64_C2: f64 = 3.429567803;
const EI64_C3: f64 = 1.641345311;
const EI64_D0: f64 = 3.543889200;
const EI64_D1: f64 = 1.637067800;
const EI64_K: f64 = 2 / Math.sqrt(Math.PI);

@inline function ma64(p: f64, z: f64, q: f64, fused: bool): f64 {
  return fused ? fma64h(p, z, q) : p * z + q;
}

/** ATen's `calc_erfinv<double>`. */
function erfinv64(y: f64, fused: bool): f64 {
  const ay = abs<f64>(y);
  if (ay > 1) return NaN;
  if (ay == 1) return y > 0 ? Infinity : -Infinity;
  let x: f64;
  if (ay <= 0.7) {
    const z = y * y;
    const num = ma64(ma64(ma64(EI64_A3, z, EI64_A2, fused), z, EI64_A1, fused), z, EI64_A0, fused);
    const dem = ma64(
      ma64(ma64(ma64(EI64_B3, z, EI64_B2, fused), z, EI64_B1, fused), z, EI64_B0, fused),
      z,
      1,
      fused,
    );
    x = (y * num) / dem;
  } else {
    const z = sqrt<f64>(-logD((1 - ay) / 2));
    const num = ma64(ma64(ma64(EI64_C3, z, EI64_C2, fused), z, EI64_C1, fused), z, EI64_C0, fused);
    const dem = ma64(ma64(EI64_D1, z, EI64_D0, fused), z, 1, fused);
    x = copysign<f64>(abs<f64>(num), y) / dem;
  }
  for (let k = 0; k < 2; k++) {
    x = x - (erfD(x) - y) / (EI64_K * expD(-x * x));
  }
  return x;
}

/**
 * `trunc_normal_` on `count` (<= CHUNK / 2) float64 elements: uniforms in the
 * given form (see uniformF64), then `clamp(erfinv(u) * scale + mean, a, b)`
 * with two roundings, as torch's separate `mul_` and `add_`.
 */
export function truncNormalF64(
  count: i32,
  mode: i32,
  range: f64,
  from: f64,
  fused: bool,
  scale: f64,
  mean: f64,
  a: f64,
  b: f64,
): void {
  uniformF64(count, mode, range, from);
  for (let i = 0; i < count; i++) {
    const p = OUT + (<usize>i << 3);
    const x = erfinv64(load<f64>(p), fused) * scale + mean;
    store<f64>(p, x < a ? a : b < x ? b : x);
  }
}

/**
 * For the tests: `n` (<= CHUNK / 4) float64 values in the output chunk, results
 * after them. fn: 0 log, 1 sin, 2 cos, 3 exp, 4 erf, 5 erfinv (unfused),
 * 6 erfinv (fused).
 */
export function mathBatch64(fn: i32, n: i32): void {
  for (let i = 0; i < n; i++) {
    const x = load<f64>(OUT + (<usize>i << 3));
    let y: f64;
    if (fn == 0) y = logD(x);
    else if (fn == 1) y = sinD(x);
    else if (fn == 2) y = cosD(x);
    else if (fn == 3) y = expD(x);
    else if (fn == 4) y = erfD(x);
    else y = erfinv64(x, fn == 6);
    store<f64>(OUT + (<usize>(n + i) << 3), y);
  }
}

// ---------------------------------------------------------------------------
// For the loader and the tests

/**
 * 1 if {@link fmaV} and {@link fma64h} round once: (1 + 2^-23)(1 - 2^-23) - 1
 * is -2^-46 when fused and 0 when the product is rounded first, and
 * (1 + 2^-52)(1 - 2^-52) - 1 is -2^-104 in double.
 */
export function fmaProbe(): i32 {
  const a = f32x4.splat(<f32>1.00000011920928955078125);
  const b = f32x4.splat(<f32>0.99999988079071044921875);
  const r = fmaV(a, b, f32x4.splat(-1));
  const want = f32x4.splat(<f32>-1.4210854715202004e-14);
  const d = fma64h(1.0000000000000002, 0.9999999999999998, -1);
  return v128.all_true<i32>(f32x4.eq(r, want)) && d == -4.930380657631324e-32 ? 1 : 0;
}

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
