/**
 * `torch.nn.RReLU`.
 *
 * @module
 */
import { Module } from "./module.js";
import type { InplaceOptions } from "./relu.js";
/**
 * `torch.nn.RReLU(lower=1/8, upper=1/3, inplace=False)`: the randomized leaky
 * ReLU (its slopes are drawn at forward time, never at construction). It has
 * no parameters or buffers and draws nothing; its arguments are validated and
 * kept as fields, so a state dict walks through it with torch's key names.
 *
 * @param lower Lower bound of the slope distribution. Default: `1 / 8`.
 * @param upper Upper bound of the slope distribution. Default: `1 / 3`.
 * @param opts `inplace`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { RReLU } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new RReLU();
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.lower, 0.125);
 * ```
 */
export declare class RReLU extends Module {
    /** Lower bound of the slope distribution. */
    lower: number;
    /** Upper bound of the slope distribution. */
    upper: number;
    /** Do the operation in place (accepted for parity; nothing is computed here). */
    inplace: boolean;
    /**
     * Create a `RReLU`; see {@linkcode RReLU} for what it holds and how it is
     * initialised.
     *
     * @param lower Lower bound of the slope distribution. Default: `1 / 8`.
     * @param upper Upper bound of the slope distribution. Default: `1 / 3`.
     * @param opts `inplace`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(lower?: number, upper?: number, opts?: InplaceOptions);
}
