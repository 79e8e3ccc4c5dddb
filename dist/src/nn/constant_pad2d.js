/* @ts-self-types="./constant_pad2d.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.ConstantPad2d`.
 *
 * @module
 */
import { Module } from "./module.js";
import { num, tuple } from "./_options.js";
/**
 * `torch.nn.ConstantPad2d(padding, value)`: pads with a constant (negative
 * padding crops). It has no parameters or buffers and draws nothing; its
 * arguments are validated and kept as fields, so a state dict walks through it
 * with torch's key names.
 *
 * @param padding One integer, or 4 integers (left, right, …).
 * @param value The fill value.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { ConstantPad2d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new ConstantPad2d(2, 0.5);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.padding, [2, 2, 2, 2]);
 * ```
 */
export class ConstantPad2d extends Module {
    /** One integer, or 4 integers (left, right, …). */
    padding;
    /** The fill value. */
    value;
    /**
     * Create a `ConstantPad2d`; see {@linkcode ConstantPad2d} for what it holds and how it is
     * initialised.
     *
     * @param padding One integer, or 4 integers (left, right, …).
     * @param value The fill value.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(padding, value) {
        super();
        const what = "Cannot create ConstantPad2d";
        const valueValue = num(value, "value", what);
        const paddingTuple = tuple(padding, 4, "padding", what, -Number.MAX_SAFE_INTEGER);
        this.padding = paddingTuple;
        this.value = valueValue;
    }
}
