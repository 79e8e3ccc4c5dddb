/**
 * `torch.nn.ReflectionPad3d`.
 *
 * @module
 */
import { Module } from "./module.js";
/**
 * `torch.nn.ReflectionPad3d(padding)`: pads with the reflection of the input.
 * It has no parameters or buffers and draws nothing; its arguments are
 * validated and kept as fields, so a state dict walks through it with torch's
 * key names.
 *
 * @param padding One integer, or 6 integers (left, right, …).
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { ReflectionPad3d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new ReflectionPad3d(2);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.padding, [2, 2, 2, 2, 2, 2]);
 * ```
 */
export declare class ReflectionPad3d extends Module {
    /** One integer, or 6 integers (left, right, …). */
    padding: number[];
    /**
     * Create a `ReflectionPad3d`; see {@linkcode ReflectionPad3d} for what it holds and how it is
     * initialised.
     *
     * @param padding One integer, or 6 integers (left, right, …).
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(padding: number | readonly number[]);
}
