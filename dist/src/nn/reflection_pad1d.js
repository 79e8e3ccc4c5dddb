/* @ts-self-types="./reflection_pad1d.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.ReflectionPad1d`.
 *
 * @module
 */
import { Module } from "./module.js";
import { tuple } from "./_options.js";
/**
 * `torch.nn.ReflectionPad1d(padding)`: pads with the reflection of the input.
 * It has no parameters or buffers and draws nothing; its arguments are
 * validated and kept as fields, so a state dict walks through it with torch's
 * key names.
 *
 * @param padding One integer, or 2 integers (left, right, …).
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { ReflectionPad1d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new ReflectionPad1d(2);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.padding, [2, 2]);
 * ```
 */
export class ReflectionPad1d extends Module {
    /** One integer, or 2 integers (left, right, …). */
    padding;
    /**
     * Create a `ReflectionPad1d`; see {@linkcode ReflectionPad1d} for what it holds and how it is
     * initialised.
     *
     * @param padding One integer, or 2 integers (left, right, …).
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(padding) {
        super();
        const what = "Cannot create ReflectionPad1d";
        const paddingTuple = tuple(padding, 2, "padding", what, -Number.MAX_SAFE_INTEGER);
        this.padding = paddingTuple;
    }
}
