/**
 * The seam between the fills and the worker pool of `init_workers.ts`: the
 * elementwise fills ask {@linkcode parallelFill} first, which is a no-op
 * (returns false) until `initWorkers(n)` with n ≥ 2 installs the pool's
 * implementation. The fills stay free of any dependency on the pool, and the
 * workers themselves never install one, so they fill single-threaded.
 *
 * @module
 */
import type { CpuCapability } from "./capability.js";
import type { Engine } from "./generator.js";
import type { Layout } from "../_layout.js";
/** The elementwise fills that can be split across workers. */
export type ParallelOp = "uniform" | "normal" | "trunc_normal";
/**
 * Fill `layout` as the single-threaded `op` would with these parameters
 * (uniform: from, to; normal: mean, std; trunc_normal: mean, std, a, b), and
 * leave `engine` where the single-threaded fill leaves it. Returns false (and
 * touches nothing) when the fill should run on the calling thread instead.
 */
export type ParallelFill = (op: ParallelOp, layout: Layout, params: readonly number[], engine: Engine, capability: CpuCapability) => boolean;
/** Install (or, with null, remove) the pool's implementation. */
export declare function setParallelFill(next: ParallelFill | null): void;
/** See {@linkcode ParallelFill}; false when no pool is installed. */
export declare function parallelFill(op: ParallelOp, layout: Layout, params: readonly number[], engine: Engine, capability: CpuCapability): boolean;
