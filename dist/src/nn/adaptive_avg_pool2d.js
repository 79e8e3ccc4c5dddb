/* @ts-self-types="./adaptive_avg_pool2d.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.AdaptiveAvgPool2d`.
 *
 * @module
 */
import { Module } from "./module.js";
import { adaptiveSize } from "./_options.js";
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
export class AdaptiveAvgPool2d extends Module {
    /** The output size; `null` entries keep the input size. */
    outputSize;
    /**
     * Create a `AdaptiveAvgPool2d`; see {@linkcode AdaptiveAvgPool2d} for what it holds and how it is
     * initialised.
     *
     * @param outputSize The output size; `null` entries keep the input size.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(outputSize) {
        super();
        const what = "Cannot create AdaptiveAvgPool2d";
        const outputSizeValue = adaptiveSize(outputSize, "outputSize", what);
        this.outputSize = outputSizeValue;
    }
}
