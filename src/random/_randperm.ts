// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Mirror of ATen's `randperm_cpu` (torch 1.13): start from the identity, then
 * for i = 0 .. n-2 swap position i with i + (random() % (n - i)), one 32-bit
 * draw per swap.
 *
 * @module
 */

import type { Engine } from "./generator.ts";
import { nextUint32 } from "./_mt19937.ts";

/** Largest n handled: the result is an `Int32Array`. */
export const RANDPERM_MAX = 2 ** 31 - 1;

/**
 * A random permutation of 0..n-1, drawn exactly as `torch.randperm(n)`,
 * written to `out` (length n) when given.
 */
export function randpermKernel(n: number, engine: Engine, out?: Int32Array): Int32Array {
  const p = out ?? new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = 0; i < n - 1; i++) {
    const z = nextUint32(engine.mt) % (n - i);
    const tmp = p[i];
    p[i] = p[i + z];
    p[i + z] = tmp;
  }
  return p;
}
