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
import { type MtState } from "./_mt19937.js";
/** φ as a bit array (from the table's term list). */
export declare function charPoly(): Uint32Array;
/** The polynomial `t^(624·2^j) mod φ` that jumps 2^j twists. */
export declare function jumpPolynomial(j: number): Uint32Array;
/**
 * Replace `words` (a block in the image of the recurrence, e.g. just
 * twisted) by `g(f)(words)`: the block `k` words later when `g = t^k mod φ`.
 * Runs the WebAssembly SIMD kernel where there is one.
 */
export declare function applyPolynomial(words: Uint32Array, g: Uint32Array): void;
/** {@linkcode applyPolynomial} in TypeScript (the fallback, and the tests' reference). */
export declare function applyPolynomialTs(words: Uint32Array, g: Uint32Array): void;
/**
 * Below this many twists a jump twists for real: one twist costs about a
 * two-hundredth of a polynomial evaluation (WebAssembly SIMD; a thousandth of
 * the TypeScript one).
 */
export declare const STEP_TWISTS = 256;
/**
 * Twist `words` `count` times (a non-negative integer): once for real (which
 * brings the block into the image of the recurrence), `(count - 1) % 256`
 * more times for real, and one polynomial evaluation per set bit of
 * `floor((count - 1) / 256)`.
 */
export declare function jumpTwists(words: Uint32Array, count: number): void;
/** Polynomial evaluations {@linkcode jumpTwists} takes for `count` twists. */
export declare function jumpCost(count: number): number;
/**
 * How many twists `count` draws (32-bit words) from `mt` perform, and the
 * `next` index they leave.
 */
export declare function twistsOf(mt: MtState, count: number): {
    twists: number;
    next: number;
};
/**
 * Advance `mt` by `count` 32-bit draws without drawing them: the same words,
 * `left` and `next` as `count` calls of `nextUint32` (ATen's bookkeeping).
 */
export declare function jumpWords(mt: MtState, count: number): void;
