/**
 * The 32-bit Mersenne Twister as ATen's `at::mt19937` runs it: Knuth's
 * seeding of the 624-word state from the low 32 bits of the seed, a lazy
 * twist of the whole block when `left` reaches 0, and the standard tempering.
 * `left`/`next` follow ATen's bookkeeping exactly, because they are part of
 * the bytes `torch.get_rng_state()` returns.
 *
 * @module
 */
/** Number of 32-bit words in the state. */
export declare const MT_N = 624;
/** The engine's mutable state (ATen's `mt19937_data_pod` minus the seed). */
export interface MtState {
    /** The 624 state words. */
    readonly words: Uint32Array;
    /** Draws left before the next twist (1..624). */
    left: number;
    /** Index of the next word to temper (0..624). */
    next: number;
}
/** Fill `state` from a 32-bit seed, as `init_with_uint32` does. */
export declare function seedState(state: MtState, seed32: number): void;
/**
 * Regenerate all 624 words in place (the "twist"). The conditional XOR with
 * the matrix is a mask (`-(y & 1) & MATRIX_A`): a branch on a random bit would
 * be mispredicted half the time.
 */
export declare function twist(w: Uint32Array): void;
/** Tempering of one state word. */
export declare function temper(y: number): number;
/** One 32-bit draw (`random()`), updating `left`/`next` like ATen. */
export declare function nextUint32(state: MtState): number;
/**
 * Fill `out[0..count)` with consecutive 32-bit draws. Equivalent to calling
 * {@linkcode nextUint32} `count` times, but works a block at a time.
 */
export declare function fillUint32(state: MtState, out: Uint32Array, count: number): void;
