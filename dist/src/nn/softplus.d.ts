/**
 * `torch.nn.Softplus`.
 *
 * @module
 */
import { Module } from "./module.js";
/**
 * `torch.nn.Softplus(beta=1, threshold=20)`: (1/β)·log(1 + exp(β·x)). It has
 * no parameters or buffers and draws nothing; its arguments are validated and
 * kept as fields, so a state dict walks through it with torch's key names.
 *
 * @param beta The β of the formula. Default: `1`.
 * @param threshold Above β·x > threshold the function is linear. Default: `20`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { Softplus } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new Softplus();
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.beta, 1);
 * ```
 */
export declare class Softplus extends Module {
    /** The β of the formula. */
    beta: number;
    /** Above β·x > threshold the function is linear. */
    threshold: number;
    /**
     * Create a `Softplus`; see {@linkcode Softplus} for what it holds and how it is
     * initialised.
     *
     * @param beta The β of the formula. Default: `1`.
     * @param threshold Above β·x > threshold the function is linear. Default: `20`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(beta?: number, threshold?: number);
}
