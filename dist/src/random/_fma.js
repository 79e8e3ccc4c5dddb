/* @ts-self-types="./_fma.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Fused multiply-add with a single rounding, for float64 and float32.
 *
 * ATen's AVX2/AVX-512 kernels are compiled with `-mfma`, so GCC contracts
 * `x * range + from` (and similar) into one fused operation. JavaScript has no
 * `Math.fma`, so these functions emulate it exactly:
 *
 * - `fma64` uses Veltkamp/Dekker's exact product, an exact sum, and the
 *   round-to-odd technique of Boldo and Melquiond ("Emulation of FMA and
 *   correctly rounded sums: proved algorithms using rounding to odd", IEEE TC
 *   2008). Inputs whose exponents could make the error terms underflow or
 *   overflow go through an exact BigInt path instead.
 * - `fma32` relies on the product of two float32 values being exact in double,
 *   rounds the double sum to odd, then to float32 (53 >= 24 + 2 bits, so the
 *   double rounding is innocuous).
 *
 * @module
 */
const SPLITTER = 134217729; // 2^27 + 1
const scratchF64 = new Float64Array(1);
const scratchU32 = new Uint32Array(scratchF64.buffer);
// Index of the low 32-bit word of a float64 in the scratch view.
const LO = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
/**
 * Round `s` (the double nearest to the exact sum `s + e`) to odd: if the sum
 * was inexact and `s` has an even significand, step one ulp towards `e`.
 */
function roundToOdd(s, e) {
    if (e === 0)
        return s;
    scratchF64[0] = s;
    const lo = scratchU32[LO];
    if ((lo & 1) !== 0)
        return s;
    // Moving the bit pattern by one moves the magnitude by one ulp.
    const awayFromZero = (e > 0) === (s > 0);
    if (awayFromZero) {
        if (lo === 0xffffffff) {
            scratchU32[LO] = 0;
            scratchU32[1 - LO] += 1;
        }
        else
            scratchU32[LO] = lo + 1;
    }
    else {
        if (lo === 0) {
            scratchU32[LO] = 0xffffffff;
            scratchU32[1 - LO] -= 1;
        }
        else
            scratchU32[LO] = lo - 1;
    }
    return scratchF64[0];
}
/** Exponent bounds inside which the fast float64 path is proven safe. */
const SAFE_HI = 2 ** 500;
const SAFE_LO = 2 ** -450;
function safe(x) {
    const ax = Math.abs(x);
    return ax === 0 || (ax < SAFE_HI && ax > SAFE_LO);
}
/**
 * `a * b + c` computed exactly and rounded once to float64
 * (round-to-nearest-even), like C's `fma`.
 */
export function fma64(a, b, c) {
    if (!(safe(a) && safe(b) && safe(c)))
        return fma64Exact(a, b, c);
    if (a === 0 || b === 0)
        return a * b + c;
    // Exact product ph + pl (Veltkamp split, Dekker product).
    const ph = a * b;
    let t = SPLITTER * a;
    const ah = t - (t - a);
    const al = a - ah;
    t = SPLITTER * b;
    const bh = t - (t - b);
    const bl = b - bh;
    const pl = al * bl - (((ph - ah * bh) - al * bh) - ah * bl);
    if (Math.abs(ph) < 2 ** -900 && ph !== 0)
        return fma64Exact(a, b, c);
    // Exact sum sh + sl = c + ph (Knuth's TwoSum).
    const sh = c + ph;
    const bb = sh - c;
    const sl = (c - (sh - bb)) + (ph - bb);
    // v = RO(sl + pl)
    const v0 = sl + pl;
    const bv = v0 - sl;
    const ve = (sl - (v0 - bv)) + (pl - bv);
    const v = roundToOdd(v0, ve);
    return sh + v;
}
// Rump's ufp ("unit in the first place", the largest power of 2 <= |x|):
// ufp(x) = |q - (1 - 2^-53) q| with q = (2^52 + 1) x (Rump, "Ultimately fast
// accurate summation", SIAM J. Sci. Comput. 31(5), 2009, Algorithm 3.5).
const UFP_PHI = 4503599627370497; // 2^52 + 1
const UFP_OMEGA = 0.9999999999999999; // 1 - 2^-53
/**
 * The same correctly rounded `a * b + c` as {@link fma64}, faster for the
 * libm ports' hot loops. Most calls end after one exact sum: `c + RN(a * b) =
 * sh + sl` exactly and the product's rounding error is at most |a * b| 2^-53,
 * so when `sl` is farther than that from half the spacing of doubles around
 * `sh`, `sh` is the correctly rounded result. Otherwise the exact value is
 * split into doubles `f + g + ve` (Dekker product, TwoSums); `f + (g + ve)`
 * is correct unless `g + ve` is inexact and `f + (g + ve)` is a rounding tie,
 * which, like extreme magnitudes, goes to {@link fma64}.
 */
export function fma64Fast(a, b, c) {
    if (a === 0 || b === 0)
        return a * b + c; // exact product (NaN/inf propagate)
    const ph = a * b;
    const ap = Math.abs(ph);
    if (!(ap > 1e-250 && ap < 1e250 && Math.abs(a) < 1e250 && Math.abs(b) < 1e250 &&
        Math.abs(c) < 1e300)) {
        return fma64(a, b, c);
    }
    const sh = c + ph;
    let t = sh - c;
    const sl = (c - (sh - t)) + (ph - t); // Knuth's TwoSum: c + ph = sh + sl
    const ash = Math.abs(sh);
    if (ash > 1e-280 && ash < 1e290) {
        const q = UFP_PHI * sh;
        const u = Math.abs(q - UFP_OMEGA * q); // ufp(sh)
        // Half the distance to the nearer neighbour of sh (the gap below a power
        // of 2 is half the gap above).
        const halfGap = ash === u ? u * 2 ** -54 : u * 2 ** -53;
        // halfGap - |sl| is exact or rounds by less than the factor-2 margin in
        // |ph| 2^-52 >= 2 |product error|.
        if (halfGap - Math.abs(sl) > ap * 2 ** -52)
            return sh;
    }
    // Exact product ph + pl (Veltkamp split, Dekker product).
    t = SPLITTER * a;
    const ah = t - (t - a);
    const al = a - ah;
    t = SPLITTER * b;
    const bh = t - (t - b);
    const bl = b - bh;
    const pl = al * bl - (((ph - ah * bh) - al * bh) - ah * bl);
    // sl + pl = v + ve exactly; sh + v = f + g exactly.
    const v = sl + pl;
    t = v - sl;
    const ve = (sl - (v - t)) + (pl - t);
    const f = sh + v;
    if (ve === 0)
        return f;
    t = f - sh;
    const g = (sh - (f - t)) + (v - t);
    const w = g + ve;
    t = w - g;
    if ((g - (w - t)) + (ve - t) === 0)
        return f + w;
    // w is rounded; that only matters if f + w is exactly halfway between two
    // doubles, i.e. if f + 2w is the neighbouring double.
    const w2 = 2 * w;
    if ((f + w2) - f !== w2)
        return f + w;
    return fma64(a, b, c);
}
/**
 * `a * b + c` for float32 operands, rounded once to float32. The arguments
 * must already be float32 values (e.g. produced by `Math.fround`).
 *
 * The product is exact in double, so `s = a * b + c` has a single rounding,
 * and `fround(s)` can differ from the correctly rounded result only when `s`
 * lands exactly on the midpoint between two float32 values while the exact
 * sum does not (no float32 midpoint lies strictly between the exact sum and
 * `s`, since midpoints are doubles). `r + 2 (s - r)` is the other float32
 * neighbour of `s` exactly when `s` is such a midpoint, so the common path is
 * one `fround` and a midpoint test, small enough for the JIT to inline; the
 * rare midpoint (and overflow) case goes to {@linkcode fma32Tie}.
 */
export function fma32(a, b, c) {
    const s = a * b + c;
    const r = Math.fround(s);
    if (s === r)
        return r;
    const t = r + 2 * (s - r);
    if (Math.fround(t) !== t && t === t)
        return r;
    return fma32Tie(a, b, c);
}
/**
 * {@linkcode fma32} without a fast path: round the double sum to odd, then to
 * float32 (53 >= 24 + 2 bits, so the second rounding is innocuous).
 */
export function fma32Tie(a, b, c) {
    const p = a * b; // exact: 24 + 24 bits
    const s = p + c;
    const bb = s - c;
    const e = (c - (s - bb)) + (p - bb);
    return Math.fround(e === 0 ? s : roundToOdd(s, e));
}
// ---------------------------------------------------------------------------
// Exact reference path (BigInt), used for extreme exponents and by the tests.
const TWO52 = 2n ** 52n;
/** Decompose a finite double into `m * 2^e` with integer m. */
function decompose(x) {
    scratchF64[0] = x;
    const hi = scratchU32[1 - LO];
    const lo = scratchU32[LO];
    const sign = hi >>> 31 ? -1n : 1n;
    const bexp = (hi >>> 20) & 0x7ff;
    const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
    if (bexp === 0)
        return [sign * frac, -1074];
    return [sign * (frac | TWO52), bexp - 1075];
}
/**
 * Round the exact value `m * 2^e` to the nearest value with `precision`
 * significant bits whose exponent is at least `minExp` (for subnormals),
 * ties to even. Returns a JS number (exact for float32/float64 targets).
 */
export function roundScaled(m, e, precision, minExp) {
    if (m === 0n)
        return 0;
    const neg = m < 0n;
    let mag = neg ? -m : m;
    const bits = mag.toString(2).length;
    // Exponent of the last kept bit.
    let keepExp = e + bits - precision;
    if (keepExp < minExp)
        keepExp = minExp;
    if (keepExp > e) {
        const shift = BigInt(keepExp - e);
        const q = mag >> shift;
        const r = mag - (q << shift);
        const half = 1n << (shift - 1n);
        let qq = q;
        if (r > half || (r === half && (q & 1n) === 1n))
            qq = q + 1n;
        mag = qq;
        e = keepExp;
    }
    // mag * 2^e is now representable (or overflows to Infinity below).
    let result = Number(mag) * 2 ** 0;
    // Scale carefully to avoid intermediate overflow/underflow.
    let ee = e;
    while (ee > 0) {
        const step = Math.min(ee, 1000);
        result *= 2 ** step;
        ee -= step;
    }
    while (ee < 0) {
        const step = Math.min(-ee, 1000);
        result /= 2 ** step;
        ee += step;
    }
    return neg ? -result : result;
}
/** Exact `a * b + c` rounded to float64, by BigInt arithmetic. */
export function fma64Exact(a, b, c) {
    if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c)) {
        return a * b + c;
    }
    const [ma, ea] = decompose(a);
    const [mb, eb] = decompose(b);
    const [mc, ec] = decompose(c);
    const mp = ma * mb;
    const ep = ea + eb;
    if (mp === 0n)
        return a * b + c;
    if (mc === 0n)
        return roundScaled(mp, ep, 53, -1074);
    const e = Math.min(ep, ec);
    const m = (mp << BigInt(ep - e)) + (mc << BigInt(ec - e));
    if (m === 0n)
        return (a * b) + c; // exact zero: sign follows IEEE rules
    const r = roundScaled(m, e, 53, -1074);
    return r;
}
/** Exact `a * b + c` for float32 operands rounded to float32, by BigInt arithmetic. */
export function fma32Exact(a, b, c) {
    if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c)) {
        return Math.fround(a * b + c);
    }
    const [ma, ea] = decompose(a);
    const [mb, eb] = decompose(b);
    const [mc, ec] = decompose(c);
    const mp = ma * mb;
    const ep = ea + eb;
    if (mp === 0n)
        return Math.fround(a * b + c);
    if (mc === 0n)
        return Math.fround(roundScaled(mp, ep, 24, -149));
    const e = Math.min(ep, ec);
    const m = (mp << BigInt(ep - e)) + (mc << BigInt(ec - e));
    if (m === 0n)
        return Math.fround(a * b + c);
    return Math.fround(roundScaled(m, e, 24, -149));
}
