/**
 * `torch.get_rng_state`.
 *
 * @module
 */
/**
 * The default generator's state, the same 5056 bytes as `torch.get_rng_state()`.
 *
 * @returns A fresh `Uint8Array`.
 *
 * @example Save and restore, like `torch.get_rng_state()` / `torch.set_rng_state()`
 * ```ts
 * import { empty, getRngState, normal, setRngState } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * const saved = getRngState();
 * const first = normal(empty([5]));
 * setRngState(saved);
 * assert.deepEqual(normal(empty([5])), first);
 * ```
 */
export declare function getRngState(): Uint8Array;
