/**
 * `torch.nn.Threshold`.
 *
 * @module
 */
import { Module } from "./module.js";
import type { InplaceOptions } from "./relu.js";
/**
 * `torch.nn.Threshold(threshold, value, inplace=False)`: y = x if x >
 * threshold else value. It has no parameters or buffers and draws nothing; its
 * arguments are validated and kept as fields, so a state dict walks through it
 * with torch's key names.
 *
 * @param threshold The threshold.
 * @param value The value that replaces x ≤ threshold.
 * @param opts `inplace`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { Threshold } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new Threshold(0.1, 0.5);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.threshold, 0.1);
 * ```
 */
export declare class Threshold extends Module {
    /** The threshold. */
    threshold: number;
    /** The value that replaces x ≤ threshold. */
    value: number;
    /** Do the operation in place (accepted for parity; nothing is computed here). */
    inplace: boolean;
    /**
     * Create a `Threshold`; see {@linkcode Threshold} for what it holds and how it is
     * initialised.
     *
     * @param threshold The threshold.
     * @param value The value that replaces x ≤ threshold.
     * @param opts `inplace`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(threshold: number, value: number, opts?: InplaceOptions);
}
