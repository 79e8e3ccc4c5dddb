/**
 * MT19937's characteristic polynomial and its jump polynomials
 * `t^(624·2^j) mod φ`, j = 0..24, as base64 of little-endian 32-bit words
 * (bit i of the array is the coefficient of t^i).
 *
 * @module
 */
/** The exponents of φ's 135 terms (degree 19937, φ(0) = 1). */
export declare const PHI_TERMS: readonly number[];
/** Entry j: the polynomial that jumps 2^j twists (624·2^j words). */
export declare const JUMP_TWISTS_BASE64: readonly string[];
