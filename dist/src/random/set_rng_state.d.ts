/**
 * `torch.set_rng_state`.
 *
 * @module
 */
/**
 * Restore the default generator from state bytes, like
 * `torch.set_rng_state(state)`; accepts bytes saved by torch.
 *
 * @param state 5056 bytes (or torch 1.x's legacy 5048).
 * @throws {TypeError} If `state` is not a `Uint8Array`.
 * @throws {RangeError} If the length or the encoded state is invalid; the generator is then unchanged.
 *
 * @example
 * ```ts
 * import { getRngState, manualSeed, setRngState } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * manualSeed(1);
 * const s = getRngState();
 * manualSeed(2);
 * setRngState(s);
 * assert.deepEqual(getRngState(), s);
 * ```
 */
export declare function setRngState(state: Uint8Array): void;
