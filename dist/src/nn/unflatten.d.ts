/**
 * `torch.nn.Unflatten`.
 *
 * @module
 */
import { Module } from "./module.js";
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
export declare class Unflatten extends Module {
    /** The dimension (an integer, or a name for named tensors). */
    dim: number | string;
    /** The new sizes: integers, or `[name, size]` pairs when `dim` is a name. */
    unflattenedSize: number[] | ReadonlyArray<[string, number]>;
    /**
     * Create a `Unflatten`; see {@linkcode Unflatten} for what it holds and how it is
     * initialised.
     *
     * @param dimArg The dimension (an integer, or a name for named tensors).
     * @param unflattenedSizeArg The new sizes: integers, or `[name, size]` pairs when `dim` is a name.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(dimArg: number | string, unflattenedSizeArg: readonly number[] | ReadonlyArray<readonly [string, number]>);
}
