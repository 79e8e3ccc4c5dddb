/**
 * `torch.nn.AdaptiveMaxPool1d`.
 *
 * @module
 */
import { Module } from "./module.js";
/** Options for {@linkcode AdaptiveMaxPool1d}. */
export interface AdaptiveMaxPoolOptions {
    /** Also return the argmax indices. Default: `false`. */
    returnIndices?: boolean;
}
/**
 * `torch.nn.AdaptiveMaxPool1d(output_size, return_indices=False)`: adaptive
 * max pooling to `outputSize`. It has no parameters or buffers and draws
 * nothing; its arguments are validated and kept as fields, so a state dict
 * walks through it with torch's key names.
 *
 * @param outputSize The output size; `null` entries keep the input size.
 * @param opts `returnIndices`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { AdaptiveMaxPool1d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new AdaptiveMaxPool1d(2);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.outputSize, 2);
 * ```
 */
export declare class AdaptiveMaxPool1d extends Module {
    /** The output size; `null` entries keep the input size. */
    outputSize: number | Array<number | null>;
    /** Also return the argmax indices. */
    returnIndices: boolean;
    /**
     * Create a `AdaptiveMaxPool1d`; see {@linkcode AdaptiveMaxPool1d} for what it holds and how it is
     * initialised.
     *
     * @param outputSize The output size; `null` entries keep the input size.
     * @param opts `returnIndices`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(outputSize: number | readonly (number | null)[], opts?: AdaptiveMaxPoolOptions);
}
