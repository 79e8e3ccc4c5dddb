/**
 * `torch.nn.CrossMapLRN2d`.
 *
 * @module
 */
import { Module } from "./module.js";
import type { LocalResponseNormOptions } from "./local_response_norm.js";
/**
 * `torch.nn.CrossMapLRN2d(size, alpha=0.0001, beta=0.75, k=1)`: cross-map
 * local response normalisation. It has no parameters or buffers and draws
 * nothing; its arguments are validated and kept as fields, so a state dict
 * walks through it with torch's key names.
 *
 * @param size Number of neighbouring channels.
 * @param opts `alpha`, `beta`, `k`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { CrossMapLRN2d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new CrossMapLRN2d(2);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.size, 2);
 * ```
 */
export declare class CrossMapLRN2d extends Module {
    /** Number of neighbouring channels. */
    size: number;
    /** Multiplicative factor. */
    alpha: number;
    /** Exponent. */
    beta: number;
    /** Additive factor. */
    k: number;
    /**
     * Create a `CrossMapLRN2d`; see {@linkcode CrossMapLRN2d} for what it holds and how it is
     * initialised.
     *
     * @param size Number of neighbouring channels.
     * @param opts `alpha`, `beta`, `k`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(size: number, opts?: LocalResponseNormOptions);
}
