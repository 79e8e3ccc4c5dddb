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
/** Degree of the characteristic polynomial (the state has 19937 bits). */
export declare const MT_DEGREE = 19937;
/** Words of a reduced polynomial (degree < 19937). */
export declare const POLY_WORDS: any;
/**
 * `count` consecutive bits of a linear recurring sequence of MT19937: the top
 * bit of each state word from the first twist of seed 5489 on (words that the
 * recurrence computed, so they carry no unused low bits).
 */
export declare function mtBitSequence(count: number): Uint8Array;
/**
 * Berlekamp–Massey over GF(2): the shortest recurrence that generates `s`,
 * returned as its characteristic polynomial `t^L + c1 t^(L-1) + … + cL` (the
 * reciprocal of the connection polynomial `1 + c1 z + … + cL z^L`).
 */
export declare function berlekampMassey(s: Uint8Array): {
    poly: Uint32Array;
    degree: number;
};
/** The characteristic polynomial of MT19937's one-word transition, computed afresh. */
export declare function computeCharPoly(): Uint32Array;
/** Reduction modulo a monic polynomial of degree 19937 given by its lower terms. */
export declare class PolyRing {
    /** Exponents below 19937 whose coefficient in φ is 1. */
    readonly lowTerms: Int32Array;
    /** @param phi The characteristic polynomial (degree exactly 19937). */
    constructor(phi: Uint32Array);
    /** Reduce `a` (any degree below `2 * 19937`) in place; returns its low POLY_WORDS words. */
    reduce(a: Uint32Array, topBit: number): Uint32Array;
    /** `a^2 mod φ` for a reduced `a`. */
    square(a: Uint32Array): Uint32Array;
    /** `a * t mod φ` for a reduced `a`. */
    timesT(a: Uint32Array): Uint32Array;
    /** `t^k mod φ` by left-to-right square-and-multiply. */
    powT(k: bigint): Uint32Array;
}
/** Little-endian bytes of a polynomial's words, base64-encoded. */
export declare function polyToBase64(a: Uint32Array, words?: any): string;
/** The inverse of {@linkcode polyToBase64}. */
export declare function polyFromBase64(b64: string): Uint32Array;
