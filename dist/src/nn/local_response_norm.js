/* @ts-self-types="./local_response_norm.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.LocalResponseNorm`.
 *
 * @module
 */
import { Module } from "./module.js";
import { int, num, options } from "./_options.js";
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
export class LocalResponseNorm extends Module {
    /** Number of neighbouring channels. */
    size;
    /** Multiplicative factor. */
    alpha;
    /** Exponent. */
    beta;
    /** Additive factor. */
    k;
    /**
     * Create a `LocalResponseNorm`; see {@linkcode LocalResponseNorm} for what it holds and how it is
     * initialised.
     *
     * @param size Number of neighbouring channels.
     * @param opts `alpha`, `beta`, `k`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(size, opts) {
        super();
        const what = "Cannot create LocalResponseNorm";
        const o = options(opts, what);
        const sizeValue = int(size, "size", what, 1);
        const alpha = num(o.alpha ?? 1e-4, "alpha", what);
        const beta = num(o.beta ?? 0.75, "beta", what);
        const k = num(o.k ?? 1, "k", what);
        this.size = sizeValue;
        this.alpha = alpha;
        this.beta = beta;
        this.k = k;
    }
}
