/* @ts-self-types="./_mt19937.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
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
export const MT_N = 624;
const MT_M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER = 0x80000000;
const LOWER = 0x7fffffff;
/** Fill `state` from a 32-bit seed, as `init_with_uint32` does. */
export function seedState(state, seed32) {
    const w = state.words;
    w[0] = seed32 >>> 0;
    for (let j = 1; j < MT_N; j++) {
        const prev = w[j - 1];
        w[j] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + j) >>> 0;
    }
    state.left = 1;
    state.next = 0;
}
/**
 * Regenerate all 624 words in place (the "twist"). The conditional XOR with
 * the matrix is a mask (`-(y & 1) & MATRIX_A`): a branch on a random bit would
 * be mispredicted half the time.
 */
export function twist(w) {
    let k = 0;
    for (; k < MT_N - MT_M; k++) {
        const y = (w[k] & UPPER) | (w[k + 1] & LOWER);
        w[k] = w[k + MT_M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    for (; k < MT_N - 1; k++) {
        const y = (w[k] & UPPER) | (w[k + 1] & LOWER);
        w[k] = w[k + MT_M - MT_N] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    const y = (w[MT_N - 1] & UPPER) | (w[0] & LOWER);
    w[MT_N - 1] = w[MT_M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
}
/** Tempering of one state word. */
export function temper(y) {
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
}
/** One 32-bit draw (`random()`), updating `left`/`next` like ATen. */
export function nextUint32(state) {
    if (--state.left === 0) {
        twist(state.words);
        state.left = MT_N;
        state.next = 0;
    }
    return temper(state.words[state.next++]);
}
/**
 * Fill `out[0..count)` with consecutive 32-bit draws. Equivalent to calling
 * {@linkcode nextUint32} `count` times, but works a block at a time.
 */
export function fillUint32(state, out, count) {
    const w = state.words;
    let i = 0;
    while (i < count) {
        if (state.left === 1) {
            twist(w);
            state.left = MT_N + 1;
            state.next = 0;
        }
        // Words available before the next twist: left - 1.
        const avail = Math.min(state.left - 1, count - i);
        let nx = state.next;
        for (let k = 0; k < avail; k++) {
            let y = w[nx++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            out[i++] = y >>> 0;
        }
        state.next = nx;
        state.left -= avail;
    }
}
