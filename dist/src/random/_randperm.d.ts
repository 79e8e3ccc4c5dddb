/**
 * Mirror of ATen's `randperm_cpu` (torch 1.13): start from the identity, then
 * for i = 0 .. n-2 swap position i with i + (random() % (n - i)), one 32-bit
 * draw per swap.
 *
 * @module
 */
import type { Engine } from "./generator.js";
import { type MtState } from "./_mt19937.js";
/** Largest n handled: the result is an `Int32Array`. */
export declare const RANDPERM_MAX: number;
/**
 * A random permutation of 0..n-1, drawn exactly as `torch.randperm(n)`,
 * written to `out` (length n) when given.
 */
export declare function randpermKernel(n: number, engine: Engine, out?: Int32Array): Int32Array;
/**
 * The first `k` entries of `torch.randperm(n)`, drawn as
 * {@linkcode randpermKernel} draws them (the engine ends in the same state),
 * for callers that use only a prefix, like `sparse_`, which zeroes the rows
 * named by the first `ceil(sparsity * n)` entries of each column's
 * permutation.
 *
 * Step i of the shuffle swaps position i with one at or after it, so
 * positions below i are final after step i - 1: the first k entries are
 * final after min(k, n - 1) steps. The other draws only advance the engine:
 * their words are skipped, not tempered, and the state is twisted as often as
 * the draws would have twisted it. Each call reuses the scratch of the
 * previous one (an identity permutation, restored by undoing the swaps).
 */
export declare class RandpermPrefix {
    #private;
    /** Scratch for permutations of `n` of which the first `k` (≤ n) entries are wanted. */
    constructor(n: number, k: number);
    /**
     * The first k entries of the next permutation (valid until the next call).
     * `skip`, when given, advances `mt` by that many draws in place of the
     * loop here (the WebAssembly kernels do it a few times faster).
     */
    draw(engine: Engine | {
        mt: MtState;
    }, skip?: (mt: MtState, draws: number) => void): Int32Array;
}
/**
 * `count` permutations in a row, as `count` calls of `torch.randperm(n)`:
 * for each, `use(prefix, index)` gets its first `k` entries (valid during
 * the call). With the WebAssembly kernels the engine's state moves into the
 * module for the whole loop: the used draws are taken from it in place and
 * the skipped ones are consumed by its SIMD twist and `uniformF32` (one draw
 * per value, the values thrown away), so the state and the prefixes are the
 * same bits as {@linkcode RandpermPrefix.draw}'s loop.
 */
export declare function randpermPrefixes(n: number, k: number, count: number, engine: Engine, use: (prefix: Int32Array, index: number) => void): void;
