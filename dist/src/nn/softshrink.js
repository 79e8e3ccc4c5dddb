/* @ts-self-types="./softshrink.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.Softshrink`.
 *
 * @module
 */
import { Module } from "./module.js";
import { num } from "./_options.js";
/**
 * `torch.nn.Softshrink(lambd=0.5)`: the soft shrinkage. It has no parameters
 * or buffers and draws nothing; its arguments are validated and kept as
 * fields, so a state dict walks through it with torch's key names.
 *
 * @param lambd The λ of the formula. Default: `0.5`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { Softshrink } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new Softshrink();
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.lambd, 0.5);
 * ```
 */
export class Softshrink extends Module {
    /** The λ of the formula. */
    lambd;
    /**
     * Create a `Softshrink`; see {@linkcode Softshrink} for what it holds and how it is
     * initialised.
     *
     * @param lambd The λ of the formula. Default: `0.5`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(lambd = 0.5) {
        super();
        const what = "Cannot create Softshrink";
        const lambdValue = num(lambd, "lambd", what);
        this.lambd = lambdValue;
    }
}
