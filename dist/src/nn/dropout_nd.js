/* @ts-self-types="./dropout_nd.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.modules.dropout._DropoutNd`.
 *
 * @module
 */
import { Module } from "./module.js";
import { bool, options, probability } from "./_options.js";
/**
 * The base of the dropout modules, as torch's `_DropoutNd`: checks that `p`
 * is a probability (torch's `dropout probability has to be between 0 and 1`)
 * and keeps `p` and `inplace`. Nothing is drawn at construction.
 *
 * @param p Probability of an element to be zeroed, in [0, 1].
 * @param opts `inplace`.
 * @param name The class name for error messages.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If `p` is not in [0, 1].
 *
 * @example
 * ```ts
 * import { _DropoutNd, Dropout2d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * assert.ok(new Dropout2d() instanceof _DropoutNd);
 * ```
 */
export class _DropoutNd extends Module {
    /** Probability of an element to be zeroed. */
    p;
    /** Whether the operation is in place. */
    inplace;
    /**
     * Create a `_DropoutNd`; see {@linkcode _DropoutNd} for what it holds and how it is
     * initialised.
     *
     * @param p Probability of an element to be zeroed, in [0, 1].
     * @param opts `inplace`.
     * @param name The class name for error messages.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If `p` is not in [0, 1].
     */
    constructor(p, opts, name) {
        super();
        const what = `Cannot create ${name}`;
        const o = options(opts, what);
        const prob = probability(p, what);
        const inplace = bool(o.inplace ?? false, "inplace", what);
        this.p = prob;
        this.inplace = inplace;
    }
}
