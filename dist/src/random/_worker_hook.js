/* @ts-self-types="./_worker_hook.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The seam between the fills and the worker pool of `init_workers.ts`: the
 * elementwise fills ask {@linkcode parallelFill} first, which is a no-op
 * (returns false) until `initWorkers(n)` with n ≥ 2 installs the pool's
 * implementation. The fills stay free of any dependency on the pool, and the
 * workers themselves never install one, so they fill single-threaded.
 *
 * @module
 */
let impl = null;
/** Install (or, with null, remove) the pool's implementation. */
export function setParallelFill(next) {
    impl = next;
}
/** See {@linkcode ParallelFill}; false when no pool is installed. */
export function parallelFill(op, layout, params, engine, capability) {
    return impl !== null && impl(op, layout, params, engine, capability);
}
