/**
 * `torch.nn.LocalResponseNorm`.
 *
 * @module
 */
import { Module } from "./module.js";
/** Options for {@linkcode LocalResponseNorm}. */
export interface LocalResponseNormOptions {
    /** Multiplicative factor. Default: `1e-4`. */
    alpha?: number;
    /** Exponent. Default: `0.75`. */
    beta?: number;
    /** Additive factor. Default: `1`. */
    k?: number;
}
/**
 * `torch.nn.LocalResponseNorm(size, alpha=0.0001, beta=0.75, k=1.0)`: local
 * response normalisation across channels. It has no parameters or buffers and
 * draws nothing; its arguments are validated and kept as fields, so a state
 * dict walks through it with torch's key names.
 *
 * @param size Number of neighbouring channels.
 * @param opts `alpha`, `beta`, `k`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { LocalResponseNorm } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new LocalResponseNorm(2);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.size, 2);
 * ```
 */
export declare class LocalResponseNorm extends Module {
    /** Number of neighbouring channels. */
    size: number;
    /** Multiplicative factor. */
    alpha: number;
    /** Exponent. */
    beta: number;
    /** Additive factor. */
    k: number;
    /**
     * Create a `LocalResponseNorm`; see {@linkcode LocalResponseNorm} for what it holds and how it is
     * initialised.
     *
     * @param size Number of neighbouring channels.
     * @param opts `alpha`, `beta`, `k`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(size: number, opts?: LocalResponseNormOptions);
}
