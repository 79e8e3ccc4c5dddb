/**
 * `torch.nn.modules.dropout._DropoutNd`.
 *
 * @module
 */
import { Module } from "./module.js";
import type { InplaceOptions } from "./relu.js";
/**
 * The base of the dropout modules, as torch's `_DropoutNd`: checks that `p`
 * is a probability (torch's `dropout probability has to be between 0 and 1`)
 * and keeps `p` and `inplace`. Nothing is drawn at construction.
 *
 * @param p Probability of an element to be zeroed, in [0, 1].
 * @param opts `inplace`.
 * @param name The class name for error messages.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If `p` is not in [0, 1].
 *
 * @example
 * ```ts
 * import { _DropoutNd, Dropout2d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * assert.ok(new Dropout2d() instanceof _DropoutNd);
 * ```
 */
export declare class _DropoutNd extends Module {
    /** Probability of an element to be zeroed. */
    p: number;
    /** Whether the operation is in place. */
    inplace: boolean;
    /**
     * Create a `_DropoutNd`; see {@linkcode _DropoutNd} for what it holds and how it is
     * initialised.
     *
     * @param p Probability of an element to be zeroed, in [0, 1].
     * @param opts `inplace`.
     * @param name The class name for error messages.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If `p` is not in [0, 1].
     */
    constructor(p: number, opts: InplaceOptions | undefined, name: string);
}
