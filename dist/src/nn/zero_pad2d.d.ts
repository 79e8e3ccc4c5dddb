/**
 * `torch.nn.ZeroPad2d`.
 *
 * @module
 */
import { ConstantPad2d } from "./constant_pad2d.js";
/**
 * `torch.nn.ZeroPad2d(padding)`: pads with zeros: a ConstantPad2d with value
 * 0, as in torch. It has no parameters or buffers and draws nothing; its
 * arguments are validated and kept as fields, so a state dict walks through it
 * with torch's key names.
 *
 * @param padding One integer, or 4 integers (left, right, top, bottom).
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { ZeroPad2d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new ZeroPad2d(2);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.padding, [2, 2, 2, 2]);
 * assert.equal(m.value, 0);
 * ```
 */
export declare class ZeroPad2d extends ConstantPad2d {
    /**
     * Create a `ZeroPad2d`; see {@linkcode ZeroPad2d} for what it holds and how it is
     * initialised.
     *
     * @param padding One integer, or 4 integers (left, right, top, bottom).
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(padding: number | readonly number[]);
}
