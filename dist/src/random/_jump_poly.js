/* @ts-self-types="./_jump_poly.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Polynomial arithmetic over GF(2) for MT19937 jump-ahead.
 *
 * A polynomial is a `Uint32Array` bit array: bit `i` (word `i >> 5`, bit
 * `i & 31`) is the coefficient of `t^i`. The state transition of MT19937 (one
 * word of the recurrence `x[i+624] = x[i+397] ^ mix(x[i], x[i+1])`) is linear
 * on a 19937-bit space; its characteristic polynomial `φ` has degree 19937 and
 * is found here by Berlekamp–Massey on one bit of the engine's output. Since
 * `φ(f) = 0`, stepping `k` words is the same as applying the polynomial
 * `t^k mod φ` to the state (see `_jump.ts`); `t^k mod φ` comes from
 * square-and-multiply, where multiplying by `t` is a shift and squaring is a
 * bit spread, each followed by a reduction modulo the sparse `φ` (135 terms).
 *
 * @module
 */
import { decodeBase64 } from "../_base64.js";
import { MT_N, twist } from "./_mt19937.js";
/** Degree of the characteristic polynomial (the state has 19937 bits). */
export const MT_DEGREE = 19937;
/** Words of a reduced polynomial (degree < 19937). */
export const POLY_WORDS = Math.ceil(MT_DEGREE / 32);
/** A bit array of `bits` zero bits. */
function bits(count) {
    return new Uint32Array((count >> 5) + 2);
}
function getBit(a, i) {
    return (a[i >>> 5] >>> (i & 31)) & 1;
}
function flipBit(a, i) {
    a[i >>> 5] ^= 1 << (i & 31);
}
function parity(x) {
    x ^= x >>> 16;
    x ^= x >>> 8;
    x ^= x >>> 4;
    x ^= x >>> 2;
    x ^= x >>> 1;
    return x & 1;
}
/** `c ^= b << shift` for bit arrays (`c` long enough). */
function xorShifted(c, b, shift, bWords) {
    const ws = shift >>> 5;
    const bs = shift & 31;
    if (bs === 0) {
        for (let w = 0; w < bWords; w++)
            c[w + ws] ^= b[w];
        return;
    }
    const back = 32 - bs;
    for (let w = 0; w < bWords; w++) {
        const v = b[w];
        if (v === 0)
            continue;
        c[w + ws] ^= v << bs;
        c[w + ws + 1] ^= v >>> back;
    }
}
/**
 * `count` consecutive bits of a linear recurring sequence of MT19937: the top
 * bit of each state word from the first twist of seed 5489 on (words that the
 * recurrence computed, so they carry no unused low bits).
 */
export function mtBitSequence(count) {
    const w = new Uint32Array(MT_N);
    w[0] = 5489;
    for (let j = 1; j < MT_N; j++) {
        w[j] = (Math.imul(1812433253, w[j - 1] ^ (w[j - 1] >>> 30)) + j) >>> 0;
    }
    const out = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
        if (i % MT_N === 0)
            twist(w);
        out[i] = w[i % MT_N] >>> 31;
    }
    return out;
}
/**
 * Berlekamp–Massey over GF(2): the shortest recurrence that generates `s`,
 * returned as its characteristic polynomial `t^L + c1 t^(L-1) + … + cL` (the
 * reciprocal of the connection polynomial `1 + c1 z + … + cL z^L`).
 */
export function berlekampMassey(s) {
    const n = s.length;
    // The sequence reversed and packed: bit (n - 1 - j) is s[j], so the window
    // s[k], s[k-1], … starts at bit n - 1 - k.
    const r = bits(n + 64);
    for (let j = 0; j < n; j++)
        if (s[j] !== 0)
            flipBit(r, n - 1 - j);
    const c = bits(n + 64);
    let b = bits(n + 64);
    c[0] = 1;
    b[0] = 1;
    let len = 0;
    let m = 1;
    let bDeg = 0;
    for (let k = 0; k < n; k++) {
        // d = sum over i in [0, len] of c_i s[k - i]
        const o = n - 1 - k;
        const base = o >>> 5;
        const sh = o & 31;
        const words = (len >>> 5) + 1;
        let acc = 0;
        if (sh === 0) {
            for (let w = 0; w < words; w++)
                acc ^= c[w] & r[base + w];
        }
        else {
            const back = 32 - sh;
            for (let w = 0; w < words; w++) {
                acc ^= c[w] & ((r[base + w] >>> sh) | (r[base + w + 1] << back));
            }
        }
        if (parity(acc) === 0) {
            m++;
            continue;
        }
        const bWords = (bDeg >>> 5) + 1;
        if (2 * len <= k) {
            const t = c.slice();
            xorShifted(c, b, m, bWords);
            const oldLen = len;
            len = k + 1 - len;
            b = t;
            bDeg = oldLen;
            m = 1;
        }
        else {
            xorShifted(c, b, m, bWords);
            m++;
        }
    }
    const poly = bits(len + 1);
    for (let i = 0; i <= len; i++)
        if (getBit(c, i))
            flipBit(poly, len - i);
    return { poly: poly.slice(0, (len >> 5) + 1), degree: len };
}
/** The characteristic polynomial of MT19937's one-word transition, computed afresh. */
export function computeCharPoly() {
    const { poly, degree } = berlekampMassey(mtBitSequence(2 * MT_DEGREE));
    if (degree !== MT_DEGREE) {
        throw new Error(`Berlekamp–Massey found degree ${degree}, expected ${MT_DEGREE}`);
    }
    return poly;
}
/** Reduction modulo a monic polynomial of degree 19937 given by its lower terms. */
export class PolyRing {
    /** Exponents below 19937 whose coefficient in φ is 1. */
    lowTerms;
    /** @param phi The characteristic polynomial (degree exactly 19937). */
    constructor(phi) {
        if (getBit(phi, MT_DEGREE) !== 1)
            throw new Error("φ must have degree 19937");
        const terms = [];
        for (let i = 0; i < MT_DEGREE; i++)
            if (getBit(phi, i))
                terms.push(i);
        this.lowTerms = Int32Array.from(terms);
    }
    /** Reduce `a` (any degree below `2 * 19937`) in place; returns its low POLY_WORDS words. */
    reduce(a, topBit) {
        const low = this.lowTerms;
        for (let i = topBit; i >= MT_DEGREE; i--) {
            if (((a[i >>> 5] >>> (i & 31)) & 1) === 0)
                continue;
            a[i >>> 5] ^= 1 << (i & 31);
            const shift = i - MT_DEGREE;
            for (let k = 0; k < low.length; k++) {
                const p = low[k] + shift;
                a[p >>> 5] ^= 1 << (p & 31);
            }
        }
        const out = a.slice(0, POLY_WORDS);
        // Bits 19937.. of the last word are zero after the reduction.
        return out;
    }
    /** `a^2 mod φ` for a reduced `a`. */
    square(a) {
        const wide = new Uint32Array(2 * POLY_WORDS + 2);
        for (let w = 0; w < POLY_WORDS; w++) {
            const v = a[w];
            if (v === 0)
                continue;
            wide[2 * w] = spread16(v & 0xffff);
            wide[2 * w + 1] = spread16(v >>> 16);
        }
        return this.reduce(wide, 2 * MT_DEGREE - 2);
    }
    /** `a * t mod φ` for a reduced `a`. */
    timesT(a) {
        const wide = new Uint32Array(POLY_WORDS + 1);
        let carry = 0;
        for (let w = 0; w < POLY_WORDS; w++) {
            const v = a[w];
            wide[w] = (v << 1) | carry;
            carry = v >>> 31;
        }
        wide[POLY_WORDS] = carry;
        return this.reduce(wide, MT_DEGREE);
    }
    /** `t^k mod φ` by left-to-right square-and-multiply. */
    powT(k) {
        let r = new Uint32Array(POLY_WORDS);
        r[0] = 1;
        if (k === 0n)
            return r;
        const digits = k.toString(2);
        for (let i = 0; i < digits.length; i++) {
            r = this.square(r);
            if (digits[i] === "1")
                r = this.timesT(r);
        }
        return r;
    }
}
/** Spread the 16 bits of `x` to the even bits of a 32-bit word (squaring over GF(2)). */
function spread16(x) {
    x = (x | (x << 8)) & 0x00ff00ff;
    x = (x | (x << 4)) & 0x0f0f0f0f;
    x = (x | (x << 2)) & 0x33333333;
    x = (x | (x << 1)) & 0x55555555;
    return x >>> 0;
}
/** Little-endian bytes of a polynomial's words, base64-encoded. */
export function polyToBase64(a, words = POLY_WORDS) {
    const bytes = new Uint8Array(words * 4);
    const v = new DataView(bytes.buffer);
    for (let w = 0; w < words; w++)
        v.setUint32(4 * w, a[w] ?? 0, true);
    let s = "";
    for (let i = 0; i < bytes.length; i++)
        s += String.fromCharCode(bytes[i]);
    return btoa(s);
}
/** The inverse of {@linkcode polyToBase64}. */
export function polyFromBase64(b64) {
    const s = decodeBase64(b64);
    const out = new Uint32Array(Math.ceil(s.length / 4));
    for (let i = 0; i < s.length; i++)
        out[i >> 2] |= s[i] << (8 * (i & 3));
    return out;
}
