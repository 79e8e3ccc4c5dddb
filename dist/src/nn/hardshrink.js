/* @ts-self-types="./hardshrink.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.Hardshrink`.
 *
 * @module
 */
import { Module } from "./module.js";
import { num } from "./_options.js";
/**
 * `torch.nn.Hardshrink(lambd=0.5)`: the hard shrinkage. It has no parameters
 * or buffers and draws nothing; its arguments are validated and kept as
 * fields, so a state dict walks through it with torch's key names.
 *
 * @param lambd The λ of the formula. Default: `0.5`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { Hardshrink } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new Hardshrink();
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.lambd, 0.5);
 * ```
 */
export class Hardshrink extends Module {
    /** The λ of the formula. */
    lambd;
    /**
     * Create a `Hardshrink`; see {@linkcode Hardshrink} for what it holds and how it is
     * initialised.
     *
     * @param lambd The λ of the formula. Default: `0.5`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(lambd = 0.5) {
        super();
        const what = "Cannot create Hardshrink";
        const lambdValue = num(lambd, "lambd", what);
        this.lambd = lambdValue;
    }
}
