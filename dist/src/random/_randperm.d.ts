/**
 * Mirror of ATen's `randperm_cpu` (torch 1.13): start from the identity, then
 * for i = 0 .. n-2 swap position i with i + (random() % (n - i)), one 32-bit
 * draw per swap.
 *
 * @module
 */
import type { Engine } from "./generator.js";
/** Largest n handled: the result is an `Int32Array`. */
export declare const RANDPERM_MAX: number;
/**
 * A random permutation of 0..n-1, drawn exactly as `torch.randperm(n)`,
 * written to `out` (length n) when given.
 */
export declare function randpermKernel(n: number, engine: Engine, out?: Int32Array): Int32Array;
