/**
 * `torch.nn.AdaptiveAvgPool2d`.
 *
 * @module
 */
import { Module } from "./module.js";
/**
 * `torch.nn.AdaptiveAvgPool2d(output_size)`: adaptive average pooling to
 * `outputSize`. It has no parameters or buffers and draws nothing; its
 * arguments are validated and kept as fields, so a state dict walks through it
 * with torch's key names.
 *
 * @param outputSize The output size; `null` entries keep the input size.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { AdaptiveAvgPool2d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new AdaptiveAvgPool2d(2);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.outputSize, 2);
 * ```
 */
export declare class AdaptiveAvgPool2d extends Module {
    /** The output size; `null` entries keep the input size. */
    outputSize: number | Array<number | null>;
    /**
     * Create a `AdaptiveAvgPool2d`; see {@linkcode AdaptiveAvgPool2d} for what it holds and how it is
     * initialised.
     *
     * @param outputSize The output size; `null` entries keep the input size.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(outputSize: number | readonly (number | null)[]);
}
