/* @ts-self-types="./_randperm.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Mirror of ATen's `randperm_cpu` (torch 1.13): start from the identity, then
 * for i = 0 .. n-2 swap position i with i + (random() % (n - i)), one 32-bit
 * draw per swap.
 *
 * @module
 */
import { MT_N, twist } from "./_mt19937.js";
import { wasmKernels } from "./_wasm.js";
/** Largest n handled: the result is an `Int32Array`. */
export const RANDPERM_MAX = 2 ** 31 - 1;
/**
 * A random permutation of 0..n-1, drawn exactly as `torch.randperm(n)`,
 * written to `out` (length n) when given.
 */
export function randpermKernel(n, engine, out) {
    const p = out ?? new Int32Array(n);
    for (let i = 0; i < n; i++)
        p[i] = i;
    const mt = engine.mt;
    const w = mt.words;
    let left = mt.left;
    let next = mt.next;
    for (let i = 0; i < n - 1; i++) {
        // nextUint32, with the engine's bookkeeping kept in locals.
        if (--left === 0) {
            twist(w);
            left = MT_N;
            next = 0;
        }
        let y = w[next++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        // The remainder of two uint32 values, exactly, without a float remainder:
        // q = floor(y / m) is exact because y < 2^32 keeps the quotient's rounding
        // error below 1 / m.
        const u = y >>> 0;
        const m = n - i;
        const z = u - Math.floor(u / m) * m;
        const tmp = p[i];
        p[i] = p[i + z];
        p[i + z] = tmp;
    }
    mt.left = left;
    mt.next = next;
    return p;
}
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
export class RandpermPrefix {
    /** The identity permutation between calls. */
    #work;
    /** Each step's offset, to undo the swaps. */
    #steps;
    /** The prefix of the last permutation. */
    #out;
    #n;
    /** Scratch for permutations of `n` of which the first `k` (≤ n) entries are wanted. */
    constructor(n, k) {
        this.#n = n;
        this.#work = new Int32Array(n);
        for (let i = 0; i < n; i++)
            this.#work[i] = i;
        this.#steps = new Int32Array(Math.max(0, Math.min(k, n - 1)));
        this.#out = new Int32Array(k);
    }
    /**
     * The first k entries of the next permutation (valid until the next call).
     * `skip`, when given, advances `mt` by that many draws in place of the
     * loop here (the WebAssembly kernels do it a few times faster).
     */
    draw(engine, skip) {
        const n = this.#n;
        const p = this.#work;
        const zs = this.#steps;
        const s = zs.length;
        const mt = engine.mt;
        const w = mt.words;
        let left = mt.left;
        let next = mt.next;
        for (let i = 0; i < s; i++) {
            if (--left === 0) {
                twist(w);
                left = MT_N;
                next = 0;
            }
            let y = w[next++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            const u = y >>> 0;
            const m = n - i;
            const z = u - Math.floor(u / m) * m;
            zs[i] = z;
            const tmp = p[i];
            p[i] = p[i + z];
            p[i + z] = tmp;
        }
        // The remaining n - 1 - s draws: skip their words, twisting on the way.
        let d = n - 1 - s;
        if (skip !== undefined && d > 0) {
            mt.left = left;
            mt.next = next;
            skip(mt, d);
            left = mt.left;
            next = mt.next;
            d = 0;
        }
        while (d > 0) {
            const free = left - 1;
            if (d <= free) {
                left -= d;
                next += d;
                break;
            }
            d -= free + 1;
            twist(w);
            left = MT_N;
            next = 1;
        }
        mt.left = left;
        mt.next = next;
        const out = this.#out;
        out.set(p.subarray(0, out.length));
        for (let i = s - 1; i >= 0; i--) {
            const z = zs[i];
            const tmp = p[i];
            p[i] = p[i + z];
            p[i + z] = tmp;
        }
        return out;
    }
}
/** Fewer skipped draws than this per permutation stay in TypeScript. */
const WASM_MIN_SKIP = 64;
/**
 * `count` permutations in a row, as `count` calls of `torch.randperm(n)`:
 * for each, `use(prefix, index)` gets its first `k` entries (valid during
 * the call). With the WebAssembly kernels the engine's state moves into the
 * module for the whole loop: the used draws are taken from it in place and
 * the skipped ones are consumed by its SIMD twist and `uniformF32` (one draw
 * per value, the values thrown away), so the state and the prefixes are the
 * same bits as {@linkcode RandpermPrefix.draw}'s loop.
 */
export function randpermPrefixes(n, k, count, engine, use) {
    const perms = new RandpermPrefix(n, k);
    const kernels = count > 0 && n - 1 - Math.min(k, n - 1) >= WASM_MIN_SKIP ? wasmKernels() : null;
    if (kernels === null) {
        for (let c = 0; c < count; c++)
            use(perms.draw(engine), c);
        return;
    }
    kernels.load(engine.mt);
    const words = kernels.words;
    const state = {
        words: words.subarray(0, MT_N),
        left: words[MT_N],
        next: words[MT_N + 1],
    };
    const skip = (mt, draws) => {
        words[MT_N] = mt.left;
        words[MT_N + 1] = mt.next;
        for (let d = draws; d > 0; d -= kernels.chunk) {
            kernels.uniformF32(Math.min(d, kernels.chunk), 0, 0, 0);
        }
        mt.left = words[MT_N];
        mt.next = words[MT_N + 1];
    };
    try {
        for (let c = 0; c < count; c++)
            use(perms.draw({ mt: state }, skip), c);
    }
    finally {
        words[MT_N] = state.left;
        words[MT_N + 1] = state.next;
        kernels.store(engine.mt);
    }
}
