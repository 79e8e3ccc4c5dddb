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
