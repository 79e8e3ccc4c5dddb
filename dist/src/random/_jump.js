/* @ts-self-types="./_jump.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * MT19937 jump-ahead on ATen's engine state.
 *
 * The engine holds the 624-word block `x[i..i+623]` (i a multiple of 624) and
 * twists it in place when `left` reaches 1. The twist is 624 steps of the
 * one-word linear recurrence `f`. With `g = t^k mod φ` (φ the characteristic
 * polynomial, see `_jump_poly.ts`), `f^k(s) = g(f)(s)` for every state `s` in
 * the image of `f`, evaluated by Horner's rule: `acc = f^8(acc) ^ T[byte]`
 * from the polynomial's top byte down, where `T[v]` is the sum of
 * `f^b(s)` over the set bits b of v (a 256-entry table, built once per jump).
 *
 * A state straight from seeding or `setState` can carry arbitrary low bits in
 * its first word, which the recurrence never reads (it is outside the image of
 * `f`); a jump therefore twists once for real and applies the polynomials of
 * the remaining twists to the result (short distances are twisted for real).
 * Jumps by 2^j twists come from the generated table `_jump_table.ts`; others
 * combine its entries.
 *
 * @module
 */
import { MT_N, twist } from "./_mt19937.js";
import { JUMP_TWISTS_BASE64, PHI_TERMS } from "./_jump_table.js";
import { JUMP_WASM_BASE64 } from "./_jump_wasm.js";
import { decodeBase64 } from "../_base64.js";
import { MT_DEGREE, POLY_WORDS, polyFromBase64, PolyRing } from "./_jump_poly.js";
const MT_M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER = 0x80000000;
const LOWER = 0x7fffffff;
const WINDOW = 8;
const TABLE = 1 << WINDOW;
/** The decoded jump polynomials, by log2 of the number of twists. */
const jumpPolys = [];
/** The ring of polynomials modulo φ, for jumps beyond the table. */
let ring = null;
/** φ as a bit array (from the table's term list). */
export function charPoly() {
    const phi = new Uint32Array(POLY_WORDS + 1);
    for (const e of PHI_TERMS)
        phi[e >>> 5] |= 1 << (e & 31);
    return phi;
}
/** The polynomial `t^(624·2^j) mod φ` that jumps 2^j twists. */
export function jumpPolynomial(j) {
    let p = jumpPolys[j];
    if (p !== undefined)
        return p;
    if (j < JUMP_TWISTS_BASE64.length)
        p = polyFromBase64(JUMP_TWISTS_BASE64[j]);
    else {
        ring ??= new PolyRing(charPoly());
        p = ring.square(jumpPolynomial(j - 1));
    }
    jumpPolys[j] = p;
    return p;
}
/** Scratch reused by every jump: the Horner table and the accumulator ring. */
let table = null;
const ringBuf = new Uint32Array(MT_N);
/** One step of the recurrence on a ring buffer whose logical word 0 is at `h`. */
function step(buf, h) {
    const h1 = h === MT_N - 1 ? 0 : h + 1;
    const hm = h + MT_M < MT_N ? h + MT_M : h + MT_M - MT_N;
    const y = (buf[h] & UPPER) | (buf[h1] & LOWER);
    buf[h] = buf[hm] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    return h1;
}
/** The WebAssembly kernel (`_jump_wasm_build.ts`), null if unavailable, undefined before the first use. */
let kernel;
function loadKernel() {
    try {
        const bytes = decodeBase64(JUMP_WASM_BASE64);
        const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
        const e = instance.exports;
        return {
            mem: new Uint32Array(e.memory.buffer),
            combine: e.combine,
            horner: e.horner,
        };
    }
    catch {
        return null;
    }
}
const POLY_AT = 721248 / 4;
const HORNER_BYTES = Math.ceil(MT_DEGREE / WINDOW);
const base = new Uint32Array(MT_N + WINDOW);
/**
 * Replace `words` (a block in the image of the recurrence, e.g. just
 * twisted) by `g(f)(words)`: the block `k` words later when `g = t^k mod φ`.
 * Runs the WebAssembly SIMD kernel where there is one.
 */
export function applyPolynomial(words, g) {
    if (kernel === undefined)
        kernel = loadKernel();
    const k = kernel;
    if (k === null) {
        applyPolynomialTs(words, g);
        return;
    }
    const mem = k.mem;
    // Rows 2^b of the table: f^b(s) for b < 8, from a linear run of the recurrence.
    base.set(words);
    for (let i = 0; i < WINDOW; i++) {
        const y = (base[i] & UPPER) | (base[i + 1] & LOWER);
        base[MT_N + i] = base[i + MT_M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    mem.fill(0, 0, MT_N);
    for (let b = 0; b < WINDOW; b++)
        mem.set(base.subarray(b, b + MT_N), (1 << b) * MT_N);
    mem.set(g.subarray(0, POLY_WORDS), POLY_AT);
    k.combine();
    const at = k.horner(HORNER_BYTES) >>> 2;
    words.set(mem.subarray(at, at + MT_N));
}
/** {@linkcode applyPolynomial} in TypeScript (the fallback, and the tests' reference). */
export function applyPolynomialTs(words, g) {
    table ??= new Uint32Array(TABLE * MT_N);
    const t = table;
    // T[2^b] = f^b(s), in logical order; T[v] = T[v & (v - 1)] ^ T[lowest bit of v].
    const buf = ringBuf;
    buf.set(words);
    let h = 0;
    t.fill(0, 0, MT_N);
    for (let b = 0; b < WINDOW; b++) {
        const at = (1 << b) * MT_N;
        t.set(buf.subarray(h), at);
        t.set(buf.subarray(0, h), at + MT_N - h);
        h = step(buf, h);
    }
    for (let v = 3; v < TABLE; v++) {
        const low = v & -v;
        if (low === v)
            continue;
        const a = (v ^ low) * MT_N;
        const c = low * MT_N;
        const o = v * MT_N;
        for (let k = 0; k < MT_N; k++)
            t[o + k] = t[a + k] ^ t[c + k];
    }
    // Horner over the bytes of g, top first, on a zero accumulator.
    buf.fill(0);
    h = 0;
    const bytes = Math.ceil(MT_DEGREE / WINDOW);
    for (let c = bytes - 1; c >= 0; c--) {
        if (c !== bytes - 1) {
            for (let s = 0; s < WINDOW; s++)
                h = step(buf, h);
        }
        const v = (g[c >>> 2] >>> ((c & 3) << 3)) & 0xff;
        if (v === 0)
            continue;
        const o = v * MT_N;
        const split = MT_N - h;
        for (let k = 0; k < split; k++)
            buf[h + k] ^= t[o + k];
        for (let k = split; k < MT_N; k++)
            buf[k - split] ^= t[o + k];
    }
    words.set(buf.subarray(h), 0);
    words.set(buf.subarray(0, h), MT_N - h);
}
/**
 * Below this many twists a jump twists for real: one twist costs about a
 * two-hundredth of a polynomial evaluation (WebAssembly SIMD; a thousandth of
 * the TypeScript one).
 */
export const STEP_TWISTS = 256;
const STEP_BITS = 8;
/**
 * Twist `words` `count` times (a non-negative integer): once for real (which
 * brings the block into the image of the recurrence), `(count - 1) % 256`
 * more times for real, and one polynomial evaluation per set bit of
 * `floor((count - 1) / 256)`.
 */
export function jumpTwists(words, count) {
    if (count === 0)
        return;
    twist(words);
    const rest = count - 1;
    for (let i = rest % STEP_TWISTS; i > 0; i--)
        twist(words);
    let big = Math.floor(rest / STEP_TWISTS);
    for (let j = STEP_BITS; big > 0; j++) {
        if (big % 2 === 1)
            applyPolynomial(words, jumpPolynomial(j));
        big = Math.floor(big / 2);
    }
}
/** Polynomial evaluations {@linkcode jumpTwists} takes for `count` twists. */
export function jumpCost(count) {
    let big = Math.floor(Math.max(0, count - 1) / STEP_TWISTS);
    let c = 0;
    while (big > 0) {
        c += big % 2;
        big = Math.floor(big / 2);
    }
    return c;
}
/**
 * How many twists `count` draws (32-bit words) from `mt` perform, and the
 * `next` index they leave.
 */
export function twistsOf(mt, count) {
    const ready = mt.left - 1;
    if (count <= ready)
        return { twists: 0, next: mt.next + count };
    const r = count - ready;
    return { twists: Math.floor((r - 1) / MT_N) + 1, next: ((r - 1) % MT_N) + 1 };
}
/**
 * Advance `mt` by `count` 32-bit draws without drawing them: the same words,
 * `left` and `next` as `count` calls of `nextUint32` (ATen's bookkeeping).
 */
export function jumpWords(mt, count) {
    if (!Number.isSafeInteger(count) || count < 0) {
        throw new RangeError(`Cannot jump: count must be a non-negative safe integer, received ${count}`);
    }
    const { twists, next } = twistsOf(mt, count);
    if (twists === 0) {
        mt.left -= count;
        mt.next = next;
        return;
    }
    jumpTwists(mt.words, twists);
    mt.next = next;
    mt.left = MT_N + 1 - next;
}
