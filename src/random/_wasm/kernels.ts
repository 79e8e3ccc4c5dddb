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
//   [286720, ...)      static data (--memoryBase 286720): the logf/expf tables

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

const LOGF_T: StaticArray<f64> = [
  1.398907162146528, -0.33569133332882284,
  1.3403141896637998, -0.2929040563774074,
  1.286432210124115, -0.2518726580937369,
  1.2367150214269895, -0.21245868807117255,
  1.1906977166711752, -0.17453945183745634,
  1.1479821020556429, -0.1380057072319758,
  1.1082251448272158, -0.10275976698545139,
  1.0711297413057381, -0.06871392447020525,
  1.036437278977283, -0.0357891387398228,
  1.0, 0.0,
  0.9492859795739057, 0.05204517742929496,
  0.8951049428609004, 0.11081431298787942,
  0.8476821620351103, 0.1652495223695143,
  0.8050314851692001, 0.21687389031699977,
  0.7664671008843108, 0.2659635028121397,
  0.731428603316328, 0.3127556664073557,
];
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

/** 2^(i/32), i = 0..31, from glibc e_exp2f_data.c. */
const EXP2F_T: StaticArray<f64> = [
  1.0, 1.0218971486541166, 1.0442737824274138, 1.0671404006768237,
  1.0905077326652577, 1.1143867425958924, 1.1387886347566916, 1.1637248587775775,
  1.189207115002721, 1.215247359980469, 1.241857812073484, 1.2690509571917332,
  1.2968395546510096, 1.3252366431597413, 1.3542555469368927, 1.383909881963832,
  1.4142135623730951, 1.4451808069770467, 1.4768261459394993, 1.5091644275934228,
  1.5422108254079407, 1.5759808451078865, 1.6104903319492543, 1.645755478153965,
  1.681792830507429, 1.718619298122478, 1.7562521603732995, 1.7947090750031072,
  1.8340080864093424, 1.8741676341103, 1.9152065613971474, 1.9571441241754002,
];
const INVLN2N: f64 = 46.16624130844683;
const EXPF_SHIFT: f64 = 6755399441055744.0;
const EXPF_C0: f64 = 1.6938359250920212e-06;
const EXPF_C1: f64 = 0.00023459809789509004;
const EXPF_C2: f64 = 0.021660849396613134;

/** 2^(k/32) for integer-valued kd, built from the table and the exponent bits. */
@inline function exp2k(kd: f64): f64 {
  const ki = <i64>kd;
  const bits = reinterpret<i64>(unchecked(EXP2F_T[<i32>(ki & 31)])) + ((ki >> 5) << 52);
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
  const t0 = reinterpret<i64>(unchecked(EXP2F_T[<i32>(k0 & 31)])) + ((k0 >> 5) << 52);
  const t1 = reinterpret<i64>(unchecked(EXP2F_T[<i32>(k1 & 31)])) + ((k1 >> 5) << 52);
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
@inline function newtonV(x: v128, y: v128, cls: i32): v128 {
  const e = f32x4.sub(cls == 0 ? erffSmallV(x) : erffMidV(x), y);
  const g = f32x4.mul(f32x4.splat(EI_K), expfV(f32x4.mul(f32x4.neg(x), x)));
  return f32x4.sub(x, f32x4.div(e, g));
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
      const ea = f32x4.sub(erffSmallV(xa), ya);
      const eb = f32x4.sub(erffSmallV(xb), yb);
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
        store<f32>(OUT + i, erfinv32(load<f32>(YS + i), fused));
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
      store<f32>(OUT + i0, erfinv32(f32x4.extract_lane(y, 0), fused));
      store<f32>(OUT + i1, erfinv32(f32x4.extract_lane(y, 1), fused));
      store<f32>(OUT + i2, erfinv32(f32x4.extract_lane(y, 2), fused));
      store<f32>(OUT + i3, erfinv32(f32x4.extract_lane(y, 3), fused));
    }
  }
  for (; j < to; j++) {
    const i = <usize>load<i32>(IDX + (<usize>j << 2)) << 2;
    store<f32>(OUT + i, erfinv32(load<f32>(YS + i), fused));
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
      store<f32>(OUT + (<usize>i << 2), erfinv32(y, fused));
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
  for (let step = 0; step < 2; step++) {
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
 * For the tests: apply a scalar function to `n` (<= CHUNK / 2) float32 values
 * in the output chunk, results after them. fn: 0 logf, 1 expf, 2 erff,
 * 3 erfinv (unfused), 4 erfinv (fused), 5 sinf and 6 cosf (|x| < 120).
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
    else y = erfinv32(x, fn == 4);
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

/** `2.0 * c10::pi<double>` */
const TWO_PI_D: f64 = 2.0 * Math.PI;

/**
 * Draw `count` (a multiple of 16, <= CHUNK) float32 uniforms into the output
 * chunk, then turn each block of 16 into normals as the default build's
 * `normal_fill_16<float>` does (glibc `logf`, `cosf`, `sinf`; float32
 * arithmetic; the angle rounded from double).
 */
export function normalF32Default(count: i32, mean: f32, std: f32): void {
  uniformF32(count, 0, 1, 0);
  for (let b = 0; b < count; b += 16) {
    const p = OUT + (<usize>b << 2);
    for (let j = 0; j < 8; j++) {
      const q = p + (<usize>j << 2);
      const u1: f32 = 1 - load<f32>(q);
      const u2 = load<f32>(q + 32);
      const radius = sqrt<f32>(<f32>-2 * logf(u1));
      const theta = <f32>(TWO_PI_D * <f64>u2);
      store<f32>(q, radius * sincosfSmall(theta, true) * std + mean);
      store<f32>(q + 32, radius * sincosfSmall(theta, false) * std + mean);
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
const D_LOG_T: StaticArray<f64> = [
  1.4504249240398293, -0.3718565645633589,
  1.442253508327276, -0.36620682668944937,
  1.4341736174350004, -0.3605888069791945,
  1.426183816329995, -0.3550022171419869,
  1.4182825527052965, -0.34944666968829097,
  1.4104682921759335, -0.3439217713603284,
  1.4027396147468003, -0.3384271921261188,
  1.3950954438932313, -0.332962831494342,
  1.3875338232485754, -0.32752794345742586,
  1.3800539211058593, -0.32212257167088865,
  1.3726542695419708, -0.3167462884799761,
  1.3653332798446802, -0.3113985598928366,
  1.358090204587874, -0.3060794515165526,
  1.3509234892132138, -0.300788424667644,
  1.3438320840699889, -0.2955252968476998,
  1.3368146974742003, -0.29028969275850613,
  1.329870114677736, -0.2850812793277555,
  1.322997339161106, -0.27989987391470095,
  1.316195352741367, -0.27474526621870154,
  1.3094628125672239, -0.2696169863701243,
  1.3027990455471041, -0.26451506180308115,
  1.2962024229438942, -0.2594387762767383,
  1.2896726275815547, -0.2543884090981692,
  1.2832080305745537, -0.24936321635129843,
  1.276807885983376, -0.24436312405975968,
  1.2704714060687552, -0.23938801747897287,
  1.2641976054949482, -0.23443761696705678,
  1.257985357514882, -0.22951151871518505,
  1.2518337750655457, -0.2246094963439873,
  1.2457421919097305, -0.21973149037705753,
  1.2397094966625508, -0.2148770752847895,
  1.2337348463589233, -0.210046029103637,
  1.2278176973028803, -0.20523836373934046,
  1.2219570190618474, -0.20045368751368642,
  1.2161519732977757, -0.1956917537758045,
  1.2104018095009725, -0.19095237845203883,
  1.204705805718973, -0.18623539250290833,
  1.1990631185441964, -0.18154051731551135,
  1.1934733004462308, -0.1768677957431919,
  1.1879350812847385, -0.17221657406412305,
  1.1824481322833125, -0.16758697765942543,
  1.1770114976921955, -0.16297859687290384,
  1.1716248121809465, -0.15839151377804228,
  1.1662869231674715, -0.15382513241456763,
  1.1609977486762766, -0.14927976358922024,
  1.1557563220795803, -0.14475495398119165,
  1.1505619105480347, -0.14025044090817573,
  1.1454138888505974, -0.1357660466685502,
  1.140311877374656, -0.1313018016355727,
  1.1352550225747513, -0.12685731518763532,
  1.1302429094831266, -0.1224325737671279,
  1.1252747693068048, -0.11802724521862729,
  1.1203501571039876, -0.11364127671663482,
  1.1154683327680124, -0.10927434611278386,
  1.1106291463292157, -0.10492665324943573,
  1.1058315813301596, -0.10059761422644442,
  1.1010752177696026, -0.09628717309055901,
  1.0963597137952512, -0.09199534069557558,
  1.0916844827550398, -0.08772190036688698,
  1.0870487291277784, -0.08346643613867855,
  1.082452357388312, -0.07922916827544668,
  1.0778948225025884, -0.0750099004750382,
  1.0733751731601076, -0.07080805133352897,
  1.068893585073351, -0.06662408085151128,
  1.0644491706655506, -0.06245745471915143,
  1.0600414846328305, -0.0583080438042316,
  1.0556701316181605, -0.05417576112313327,
  1.051334750556926, -0.050060547896805474,
  1.0470347288442157, -0.045962101199052086,
  1.0427699229652954, -0.04188056008865715,
  1.0385395013738175, -0.03781540056183985,
  1.034343418940345, -0.03376684757915882,
  1.0301811073173315, -0.029734619131772888,
  1.026052043621297, -0.025718470239212365,
  1.0219561082336197, -0.021718543925430822,
  1.0178926505784922, -0.01773446126981071,
  1.0138614436244586, -0.013766252464051831,
  1.0098620186501341, -0.009813706322574944,
  1.0058938559734134, -0.005876555150052809,
  1.00195696235014, -0.0019550499938532084,
  0.9961089923088509, 0.0038985973556009412,
  0.9884170338185201, 0.011650571286395461,
  0.9808429191005297, 0.019342955478919066,
  0.9733840169987446, 0.0269766014846482,
  0.9660377568876556, 0.034552359728422744,
  0.9588014945307369, 0.04207121767183253,
  0.9516728569073111, 0.049533940950141186,
  0.9446494635965822, 0.056941358295944156,
  0.9377288993026223, 0.06429439168346107,
  0.9309091073790681, 0.0715936354946507,
  0.924187681612722, 0.07884010933776153,
  0.9175626765599192, 0.08603438905970506,
  0.9110320403624034, 0.09317721180013905,
  0.9045935839762024, 0.10026951462748457,
  0.8982456375922825, 0.10731170956330516,
  0.8919860966782501, 0.11430473320717738,
  0.8858131121185129, 0.12124928503033061,
  0.879725075760676, 0.12814583422959913,
  0.8737201372634685, 0.1349951636851756,
  0.8677966405782273, 0.1417978768189414,
  0.8619528050060739, 0.14855476039031146,
  0.8561872354420692, 0.1552661937658968,
  0.8504983927816893, 0.16193275688146969,
  0.8448844572790304, 0.16855539792220497,
  0.8393442741575965, 0.1751343179947753,
  0.8338762249349438, 0.1816702989864325,
  0.8284789320557778, 0.18816387146023317,
  0.8231510800065832, 0.1946155228479256,
  0.8178913903778707, 0.20102572579389744,
  0.8126984007245374, 0.2073952090795501,
  0.8075710029460227, 0.21372429840596396,
  0.8025078881160415, 0.2200135945981856,
  0.7975077379364331, 0.22626374162859975,
  0.792569604966373, 0.23247494747693054,
  0.7876923641254114, 0.23864766620658884,
  0.7828746724940998, 0.24478265647405806,
  0.7781155388790811, 0.25088025827324145,
  0.7734139557869777, 0.2569408552510595,
  0.7687687179914933, 0.26296511155101143,
  0.7641790698041854, 0.2689531327189343,
  0.7596438763692399, 0.27490553924610595,
  0.7551621951078668, 0.2808227248478943,
  0.7507331780216866, 0.286704979267256,
  0.7463557196361751, 0.29255295645509705,
  0.7420289364869653, 0.2983670386142876,
  0.7377521537065876, 0.30414734587282055,
  0.7335242966002608, 0.30989455774829366,
  0.729344777457841, 0.31560871301871884,
];
const D_SINCOSTAB: StaticArray<f64> = [
  0.0, 0.0, 1.0, 0.0,
  0.0078124205273828315, -4.102755709382617e-19, 0.9999694825770951, 5.427791428371788e-17,
  0.015624364224883372, -1.265093755275982e-19, 0.9998779321710066, 3.216122229972341e-17,
  0.02343535429172257, 1.0500785515068913e-19, 0.9997253543694995, 4.666714544113391e-17,
  0.03124491398532608, -1.562781562225433e-18, 0.9995117584851364, -3.418806487972947e-17,
  0.03905256665042215, 1.1342467037138512e-18, 0.999237157554709, 1.1089280858439994e-17,
  0.04685783574813424, -2.3419368365610254e-18, 0.9989015683384429, -2.1425557800399754e-17,
  0.05466024488506646, 3.373831935351774e-19, 0.9985050113189741, 1.779930870620664e-17,
  0.0624593178423802, -2.040259504585711e-18, 0.9980475107000991, 3.3232291674141346e-17,
  0.07025457860486005, -6.773890900301373e-18, 0.9975290944052978, 5.112086057887235e-18,
  0.07804555138996731, -5.4494437820057936e-18, 0.9969497940760287, -1.2467075728553626e-17,
  0.08583176067687935, -3.490037167231825e-18, 0.996309645069798, -1.1743657041590172e-18,
  0.09361273123551289, 1.4628632005878733e-18, 0.9956086864580017, 3.312922430932991e-17,
  0.10138798815552964, 3.99242856835807e-18, 0.9948469610235406, -8.198278333258706e-18,
  0.10915705687532236, 6.6284699502736666e-18, 0.9940245152582091, 1.3287985046260087e-17,
  0.11691946321097965, -2.283412536970096e-18, 0.9931413993598577, 2.8553964189785565e-17,
  0.12467473338522769, -2.925947496057858e-18, 0.992197667229329, 4.754870575189364e-17,
  0.13242239405634718, 1.2801053067990684e-17, 0.9911933764671682, 3.1426138811726996e-17,
  0.1401619723470637, -9.946847113883478e-18, 0.9901285883701071, -4.589906353553811e-18,
  0.14789299587340962, -1.3140968557128452e-17, 0.9890033679273229, 1.7676104005868335e-18,
  0.15561499277355603, 8.886053372342288e-18, 0.9878177838164719, 4.91917302237681e-17,
  0.16332749173661285, 5.483569430347159e-18, 0.9865719083994976, -1.0327444588275446e-17,
  0.17103002203139503, -9.954774726452923e-18, 0.9852658177182139, -4.925721262944555e-17,
  0.17872211353515366, -1.6240405901074e-20, 0.983899591489664, -2.1647988531644275e-17,
  0.18640329676226988, 2.3493796901281573e-18, 0.9824733131012553, -3.919920375420088e-17,
  0.1940731028929098, -7.832741210198615e-18, 0.9809870696056692, 1.967841180870303e-17,
  0.2017310638016388, 5.587232815460113e-18, 0.9794409517155483, 1.310876952152676e-17,
  0.20937671208599365, -5.536403693172164e-18, 0.9778350537979598, 2.9910028492769484e-17,
  0.21700958109501015, 1.1170071073364376e-17, 0.9761694738686353, -7.850690609285027e-18,
  0.2246292049577053, -1.058590416432903e-17, 0.9744443135859889, 4.990128834921396e-17,
  0.23223511861151147, -8.318080852687206e-18, 0.9726596782449127, 2.3920264546490165e-17,
  0.23982685783066157, -7.260810660979712e-18, 0.9708156767703494, 5.1285792532153653e-17,
  0.24740395925452294, -7.53102495590706e-18, 0.9689124217106447, 5.071436662403936e-17,
  0.2549659604158785, -2.2310035435425957e-17, 0.9669500292306779, -3.237770297707692e-17,
  0.2625123997691533, -2.2534597527902128e-17, 0.964928619104771, -3.0345542681018625e-18,
  0.27004281671858504, -1.2103265097887777e-17, 0.9628483147093797, -4.646009771724241e-18,
  0.2775567516463363, 1.7674070262791825e-17, 0.9607092430155619, -2.807827063516729e-17,
  0.28505374594054744, -1.8162083107618118e-17, 0.9585115345812286, 8.134621492946255e-18,
  0.29253334202332754, 7.516944930327352e-18, 0.9562553235431753, -3.148450868841629e-17,
  0.299995083378683, 2.606392777930734e-17, 0.9539407476088947, 4.3757589471734985e-17,
  0.30743851458038085, 1.1004366442765292e-19, 0.9515679480481722, -3.8614834675674123e-17,
  0.3148631813197453, -2.6921345305772252e-17, 0.949137069684463, 4.149148046099445e-17,
  0.3222686304333866, 2.093773358126606e-17, 0.9466482608860534, -3.911683334934152e-17,
  0.32965440993086015, 2.35998378957031e-17, 0.9441016735570044, -1.6017653284545848e-17,
  0.33702006902225307, 1.0312279860787216e-17, 0.9414974631278811, -4.85238302367971e-18,
  0.3443651581456984, 5.881664587517989e-18, 0.9388357885462655, 6.919329459921788e-18,
  0.3516892289948141, -2.5616208736069942e-17, 0.9361168122670553, -5.2350302039683216e-17,
  0.35899183454606504, 1.7495482840158848e-17, 0.9333407002425484, -1.322859547778088e-17,
  0.36627252908604757, -9.938814562106524e-18, 0.9305076219123143, 4.488760003328074e-18,
  0.37353086823869297, -2.375669144106189e-17, 0.9276177501928519, 4.5350942573591974e-17,
  0.38076640899239017, 2.1372528646211374e-17, 0.924671261467036, 5.5444125388034563e-17,
  0.38797870972702503, 1.759799510335953e-17, 0.9216683355733519, -8.550693097867243e-18,
  0.39516733024093426, -1.9613487871414228e-17, 0.9186091557949183, -4.0564150104514996e-17,
  0.4023318317777731, 1.4413875452702007e-17, 0.9154939088483012, 5.413375566838042e-17,
  0.40947177705329507, -5.679403000091266e-18, 0.9123227848721178, 2.6349040211413332e-17,
  0.41658673028204113, -9.610850682533715e-18, 0.909095977415431, 2.920006113841211e-17,
  0.42367625720393803, -2.331800700068871e-17, 0.9058136834259364, 4.2864666490805214e-17,
  0.4307399251108032, -2.6212879607476533e-17, 0.9024761032379415, 3.112490674651326e-17,
  0.4377773028727551, 7.64345629962023e-18, 0.8990834405601384, 9.076951775075616e-18,
  0.4447879609645272, -6.655392977344925e-18, 0.8956359024631707, -8.854043885762716e-18,
  0.4517714714916838, -8.234073942098903e-18, 0.8921336993669944, 2.3160655211380166e-17,
  0.4587274082167366, 1.6080982096218356e-17, 0.8885770450280356, -4.034491998357167e-17,
  0.46565534658516017, 1.459870391051426e-17, 0.8849661565261433, -7.690557775987357e-18,
  0.47255486375130445, -3.608790703790546e-18, 0.8813012542513406, -4.973073189306066e-17,
  0.479425538604203, -5.103969860556013e-18, 0.8775825618903728, -4.2623149864279997e-17,
  0.48626695179327556, 1.5131647652857083e-17, 0.8738103064130545, 4.767670756525657e-17,
  0.49307868575392305, 5.605083973871755e-18, 0.8699847180584174, 1.657385110740923e-17,
  0.49986032473301345, 1.3570481487732128e-17, 0.8661060303206567, 2.0097792543831333e-17,
  0.5066114548142574, -3.269413423618168e-17, 0.8621744799348805, 4.4132427578105805e-18,
  0.5133316639434712, 3.462454351928195e-17, 0.8581903068626604, -5.4374664844403745e-17,
  0.520020541953727, -3.983266745698455e-17, 0.8541537542773854, 5.420565102675287e-18,
  0.5266776805903868, -4.570502275386202e-17, 0.8500650685494202, 5.317093455811416e-17,
  0.5333026735360201, 5.129318115032044e-17, 0.8459244992310679, 1.549506647350329e-17,
  0.5398951164352044, 2.4263515104613218e-17, 0.8417322990413384, -2.7333362440269662e-17,
  0.5464546069192036, 8.399754840929507e-18, 0.8374887238505236, 4.3337026043948396e-17,
  0.5529807446305274, -6.743270455611733e-18, 0.8331940326645814, -1.8644878796734315e-19,
  0.5594731312473669, 1.575565514488728e-17, 0.8288484876093257, 1.1163935406617444e-17,
  0.565931370507906, 6.582459440388572e-18, 0.8244523539144292, 3.731817754380378e-17,
  0.5723550682345072, 2.6575872357215316e-17, 0.820005899897234, -3.912431748209128e-17,
  0.5787438323577704, -2.7958488978746924e-17, 0.8155093969463755, 1.3751889684983784e-18,
  0.5850972729404622, -5.4883972461161805e-17, 0.8109631195052179, -3.091333486122179e-17,
  0.5914150022013163, 5.0668448898504805e-17, 0.8063673450551039, 3.4650875715584734e-17,
  0.5976966345387015, 5.450323593054385e-17, 0.8017223540984184, 4.0134533311087014e-17,
  0.6039417865541566, 1.1794923733511837e-17, 0.7970284301414683, 5.0523609948487484e-17,
  0.6101500770757914, -1.479826990758988e-17, 0.7922858596771786, -2.9049779312834576e-17,
  0.616321127181551, -2.20849501729641e-17, 0.7874949321676061, -4.8080555050456574e-17,
  0.6224545602223437, -6.049035765709707e-18, 0.7826559400262728, -1.474071641211487e-17,
  0.6285500018450296, 3.5348797769901485e-17, 0.7777691786003179, -8.842419849333787e-18,
  0.6346070800152693, -3.4568582392624965e-17, 0.7728349461524715, 4.231014921891023e-17,
  0.6406254250402305, -4.700891123899386e-17, 0.7678535438428503, 4.9065912521116424e-17,
  0.6466046695911524, 4.567647714393287e-19, 0.7628252757105762, 1.6672995021546628e-17,
  0.652544448725766, -4.5598735935930497e-17, 0.7577504486552193, -1.878215121154204e-18,
  0.6584443999105676, -3.7736386700306717e-17, 0.7526293724180665, -1.2970993013150526e-17,
  0.6643041630429463, 1.5784492324431575e-17, 0.7474623595632162, 5.6627515613726676e-18,
  0.6701233804731629, 6.18353672557496e-18, 0.7422497254585013, -1.2339303604869521e-17,
  0.6759016970261789, -5.119389624609889e-17, 0.7369917882562408, -4.631213290368497e-17,
  0.6816387600233341, 4.410467313197903e-17, 0.7316888688738209, -1.0475824306512768e-17,
  0.6873342193038735, 2.8994333996809586e-17, 0.7263412909741086, -9.465899179857832e-18,
  0.692987727246318, -5.3543290798909455e-17, 0.7209493809456964, 3.494986701478816e-17,
  0.6985989387896817, 2.975439919188114e-17, 0.7155134678829815, 3.8181038992157035e-17,
  0.7041675114545337, -3.94095700584825e-17, 0.7100338835660797, 1.505272211891291e-17,
  0.7096931053638997, -9.468276958542117e-18, 0.7045109624405747, -4.451398614976226e-17,
  0.7151753832640076, -1.466099578328228e-17, 0.6989450415971057, -5.5261332036460915e-18,
  0.7206140105448711, 1.105694456137362e-17, 0.6933364607507934, 1.2822831674529969e-17,
  0.7260086552607126, -1.573621815339587e-17, 0.6876855622205048, 3.5430696752823923e-17,
  0.7313589881502236, 2.6553630314845697e-17, 0.6819926909079606, 2.8089333561212785e-17,
  0.7366646826566614, -4.639723374875429e-17, 0.6762581942766833, 3.497002399394248e-17,
  0.7419254149477796, 2.907482756987512e-18, 0.6704824223307908, 5.425808997571648e-17,
  0.7471408639355942, 2.937498788028212e-17, 0.6646657275936333, -5.2874573286772266e-17,
  0.7523107112959804, -4.07866182575664e-17, 0.6588084650862769, 1.7760805237087262e-17,
];

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
/** T[k], the relative correction of 2^(k/128) (glibc e_exp_data.c). */
const E_TAIL: StaticArray<f64> = [
  0.0, 9.447885451727066e-17, -1.507066976926039e-17, -5.679155082825012e-17,
  4.9997448722726326e-17, -4.823683599994895e-17, 7.357846871247418e-18, 5.773230223741951e-17,
  8.189317638195515e-17, 5.326891139980878e-17, 1.6665881442326747e-18, -1.128113245461828e-17,
  -7.402825309426177e-17, -3.578659767309563e-18, -6.170654745608695e-17, 2.919139999949279e-17,
  -2.7939114859515733e-17, -5.399285355184285e-17, 4.776959425256223e-17, -7.927701432338473e-17,
  9.341710609905046e-17, -5.534520675707472e-17, 4.585670326662351e-17, 2.8582430411116143e-17,
  7.826573258636076e-17, 4.053626906769216e-17, 2.823784425951061e-17, -7.882802262487991e-17,
  3.2904726646008416e-17, -1.5792094703347882e-18, 4.721368121170128e-17, 1.3045277096919659e-17,
  3.3484623336251524e-17, 3.8611199774925664e-17, 5.527550048505249e-17, -3.927184172445234e-17,
  -6.346552106729483e-17, -8.684417614865944e-17, -1.5456342819397733e-17, -8.70763476495455e-17,
  3.750854201303127e-17, -6.616854503526488e-17, -5.346099009198751e-18, -2.443726321015018e-17,
  2.1023049675215714e-18, 7.771067937501065e-17, 1.3357510088834541e-17, 6.938291696959204e-17,
  1.9572585293112036e-17, 6.632256961675804e-17, -5.478069123926778e-17, -4.140839310392624e-17,
  -2.1571477251208752e-17, -3.8287766552120535e-17, 6.663804589232195e-17, 2.3936187400285282e-17,
  5.68648095791174e-17, 1.1264523354521684e-18, 7.007875046906994e-17, -5.0119214278381254e-17,
  -4.8923067513522756e-17, -3.5260089953269434e-17, -6.872303720902018e-17, 5.001446664133532e-18,
  -6.835808657661922e-17, -1.1307344092910212e-17, -8.416011634717156e-18, -2.9247977035436566e-17,
  -2.092304381843353e-17, -3.9778645875427124e-17, -3.833464968654295e-17, 5.763611164480894e-17,
  -2.3591094770850053e-17, 7.260074661098575e-17, 9.50689710108796e-18, -4.272956133839906e-17,
  -6.735219232374683e-17, -2.8396044410430936e-17, -7.226635472101257e-17, 5.786121003395918e-17,
  5.1548301170786783e-17, -9.416257568878152e-18, 2.4253985766689806e-17, -6.604314051707707e-17,
  -6.432131775424189e-18, -1.2204007601863921e-17, -6.336161863401293e-17, -3.7800879246373815e-17,
  1.5341410053603723e-17, 1.2932855580427452e-17, -4.123367330661149e-17, 4.703083974463456e-17,
  -6.152602891550265e-17, 5.827849326195279e-17, 3.540948262646183e-17, -3.2741571320938764e-17,
  4.875160526227062e-17, -5.718569790077838e-17, -4.719539664590972e-18, -5.773451958805706e-17,
  -1.0772487078934056e-17, -6.221808618533911e-17, 1.821405440362259e-17, -6.155536546227639e-17,
  1.685487290628973e-17, 5.3581249177694816e-17, 3.621615935336894e-17, 8.588379527574144e-18,
  1.01562190116415e-17, -2.869134889187244e-17, -5.495118966122005e-17, -5.56965572431627e-17,
  1.790126907604513e-17, -3.2211766346200164e-17, 5.265370768556274e-17, 3.5089866402403033e-17,
  -3.266924100901318e-17, -4.3657593008079375e-17, 1.7963932659833022e-17, 3.4300925275214166e-17,
  -5.545065618639427e-17, -5.149009745457733e-17, 5.336805878514151e-17, 3.498978661192973e-17,
  4.5784915277060095e-17, -5.241934575393899e-17, 2.0414278897578303e-17, 4.124842848606488e-18,
];
/** H[k], 2^(k/128) rounded, in [1, 2). */
const E_HEAD: StaticArray<f64> = [
  1.0, 1.0054299011128027, 1.0108892860517005, 1.016378314910953,
  1.0218971486541166, 1.0274459491187637, 1.0330248790212284, 1.0386341019613787,
  1.0442737824274138, 1.0499440858006872, 1.0556451783605572, 1.061377227289262,
  1.0671404006768237, 1.0729348675259756, 1.0787607977571199, 1.0846183622133092,
  1.0905077326652577, 1.0964290818163769, 1.102382583307841, 1.1083684117236787,
  1.1143867425958924, 1.1204377524096067, 1.1265216186082418, 1.1326385195987192,
  1.1387886347566916, 1.1449721444318042, 1.1511892299529827, 1.1574400736337511,
  1.1637248587775775, 1.1700437696832502, 1.1763969916502812, 1.182784710984341,
  1.189207115002721, 1.1956643920398273, 1.202156731452703, 1.2086843236265816,
  1.215247359980469, 1.2218460329727576, 1.22848053610687, 1.2351510639369334,
  1.241857812073484, 1.2486009771892048, 1.255380757024691, 1.2621973503942507,
  1.2690509571917332, 1.275941778396392, 1.2828700160787783, 1.2898358734066657,
  1.2968395546510096, 1.3038812651919358, 1.3109612115247644, 1.318079601266064,
  1.3252366431597413, 1.3324325470831615, 1.339667524053303, 1.3469417862329458,
  1.3542555469368927, 1.3616090206382248, 1.3690024229745905, 1.3764359707545302,
  1.383909881963832, 1.3914243757719262, 1.3989796725383112, 1.4065759938190154,
  1.4142135623730951, 1.4218926021691656, 1.42961333839197, 1.4373759974489824,
  1.4451808069770467, 1.4530279958490526, 1.460917794180647, 1.4688504333369818,
  1.4768261459394993, 1.4848451658727524, 1.4929077282912648, 1.5010140696264256,
  1.5091644275934228, 1.5173590411982147, 1.5255981507445384, 1.533881997840956,
  1.5422108254079407, 1.550584877685, 1.559004400237837, 1.567469639965553,
  1.5759808451078865, 1.5845382652524937, 1.593142151342267, 1.6017927556826934,
  1.6104903319492543, 1.6192351351948637, 1.6280274218573478, 1.6368674497669644,
  1.645755478153965, 1.6546917676561943, 1.6636765803267364, 1.6727101796415966,
  1.681792830507429, 1.6909247992693053, 1.7001063537185235, 1.709337763100463,
  1.718619298122478, 1.7279512309618377, 1.7373338352737062, 1.746767386199169,
  1.7562521603732995, 1.7657884359332727, 1.7753764925265212, 1.785016611318935,
  1.7947090750031072, 1.804454167806624, 1.8142521755003989, 1.8241033854070534,
  1.8340080864093424, 1.843966568958626, 1.8539791250833855, 1.864046048397789,
  1.8741676341103, 1.8843441790323345, 1.8945759815869656, 1.9048633418176741,
  1.9152065613971474, 1.925605943636125, 1.9360617934922943, 1.9465744175792332,
  1.9571441241754002, 1.9677712232331759, 1.978456026387951, 1.9891988469672663,
];

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
