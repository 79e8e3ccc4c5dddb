/* @ts-self-types="./dropout1d.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.Dropout1d`.
 *
 * @module
 */
import { _DropoutNd } from "./dropout_nd.js";
/**
 * `torch.nn.Dropout1d(p=0.5, inplace=False)`: zeroes whole channels of (N, C,
 * L) inputs (no draws at construction). It has no parameters or buffers and
 * draws nothing; its arguments are validated and kept as fields, so a state
 * dict walks through it with torch's key names.
 *
 * @param p Probability of an element to be zeroed, in [0, 1]. Default: `0.5`.
 * @param opts `inplace`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { Dropout1d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new Dropout1d(0.2, { inplace: true });
 * assert.equal(m.p, 0.2);
 * assert.equal(m.stateDict().size, 0);
 * assert.throws(() => new Dropout1d(1.5), RangeError);
 * ```
 */
export class Dropout1d extends _DropoutNd {
    /**
     * Create a `Dropout1d`; see {@linkcode Dropout1d} for what it holds and how it is
     * initialised.
     *
     * @param p Probability of an element to be zeroed, in [0, 1]. Default: `0.5`.
     * @param opts `inplace`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(p = 0.5, opts) {
        super(p, opts, "Dropout1d");
    }
}
