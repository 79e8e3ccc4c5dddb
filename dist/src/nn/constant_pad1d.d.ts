/**
 * `torch.nn.ConstantPad1d`.
 *
 * @module
 */
import { Module } from "./module.js";
/**
 * `torch.nn.ConstantPad1d(padding, value)`: pads with a constant (negative
 * padding crops). It has no parameters or buffers and draws nothing; its
 * arguments are validated and kept as fields, so a state dict walks through it
 * with torch's key names.
 *
 * @param padding One integer, or 2 integers (left, right, …).
 * @param value The fill value.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { ConstantPad1d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new ConstantPad1d(2, 0.5);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.padding, [2, 2]);
 * ```
 */
export declare class ConstantPad1d extends Module {
    /** One integer, or 2 integers (left, right, …). */
    padding: number[];
    /** The fill value. */
    value: number;
    /**
     * Create a `ConstantPad1d`; see {@linkcode ConstantPad1d} for what it holds and how it is
     * initialised.
     *
     * @param padding One integer, or 2 integers (left, right, …).
     * @param value The fill value.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(padding: number | readonly number[], value: number);
}
