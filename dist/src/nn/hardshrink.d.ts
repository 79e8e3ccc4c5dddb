/**
 * `torch.nn.Hardshrink`.
 *
 * @module
 */
import { Module } from "./module.js";
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
export declare class Hardshrink extends Module {
    /** The λ of the formula. */
    lambd: number;
    /**
     * Create a `Hardshrink`; see {@linkcode Hardshrink} for what it holds and how it is
     * initialised.
     *
     * @param lambd The λ of the formula. Default: `0.5`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(lambd?: number);
}
