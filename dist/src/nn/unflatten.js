/* @ts-self-types="./unflatten.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.Unflatten`.
 *
 * @module
 */
import { Module } from "./module.js";
import { unflattenArgs } from "./_unflatten.js";
/**
 * `torch.nn.Unflatten(dim, unflattened_size)`: expands dimension `dim` into
 * `unflattenedSize`. It has no parameters or buffers and draws nothing; its
 * arguments are validated and kept as fields, so a state dict walks through it
 * with torch's key names.
 *
 * @param dimArg The dimension (an integer, or a name for named tensors).
 * @param unflattenedSizeArg The new sizes: integers, or `[name, size]` pairs when `dim` is a name.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { Unflatten } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new Unflatten(1, [2, 3]);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.dim, 1);
 * ```
 */
export class Unflatten extends Module {
    /** The dimension (an integer, or a name for named tensors). */
    dim;
    /** The new sizes: integers, or `[name, size]` pairs when `dim` is a name. */
    unflattenedSize;
    /**
     * Create a `Unflatten`; see {@linkcode Unflatten} for what it holds and how it is
     * initialised.
     *
     * @param dimArg The dimension (an integer, or a name for named tensors).
     * @param unflattenedSizeArg The new sizes: integers, or `[name, size]` pairs when `dim` is a name.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(dimArg, unflattenedSizeArg) {
        super();
        const what = "Cannot create Unflatten";
        const [dim, unflattenedSize] = unflattenArgs(dimArg, unflattenedSizeArg, what);
        this.dim = dim;
        this.unflattenedSize = unflattenedSize;
    }
}
