/* @ts-self-types="./rrelu.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.RReLU`.
 *
 * @module
 */
import { Module } from "./module.js";
import { bool, num, options } from "./_options.js";
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
export class RReLU extends Module {
    /** Lower bound of the slope distribution. */
    lower;
    /** Upper bound of the slope distribution. */
    upper;
    /** Do the operation in place (accepted for parity; nothing is computed here). */
    inplace;
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
    constructor(lower = 1 / 8, upper = 1 / 3, opts) {
        super();
        const what = "Cannot create RReLU";
        const o = options(opts, what);
        const lowerValue = num(lower, "lower", what);
        const upperValue = num(upper, "upper", what);
        const inplace = bool(o.inplace ?? false, "inplace", what);
        this.lower = lowerValue;
        this.upper = upperValue;
        this.inplace = inplace;
    }
}
