/* @ts-self-types="./adaptive_avg_pool3d.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.AdaptiveAvgPool3d`.
 *
 * @module
 */
import { Module } from "./module.js";
import { adaptiveSize } from "./_options.js";
/**
 * `torch.nn.AdaptiveAvgPool3d(output_size)`: adaptive average pooling to
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
 * import { AdaptiveAvgPool3d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new AdaptiveAvgPool3d(2);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.outputSize, 2);
 * ```
 */
export class AdaptiveAvgPool3d extends Module {
    /** The output size; `null` entries keep the input size. */
    outputSize;
    /**
     * Create a `AdaptiveAvgPool3d`; see {@linkcode AdaptiveAvgPool3d} for what it holds and how it is
     * initialised.
     *
     * @param outputSize The output size; `null` entries keep the input size.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(outputSize) {
        super();
        const what = "Cannot create AdaptiveAvgPool3d";
        const outputSizeValue = adaptiveSize(outputSize, "outputSize", what);
        this.outputSize = outputSizeValue;
    }
}
