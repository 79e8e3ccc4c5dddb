/* @ts-self-types="./adaptive_max_pool2d.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.AdaptiveMaxPool2d`.
 *
 * @module
 */
import { Module } from "./module.js";
import { adaptiveSize, bool, options } from "./_options.js";
/**
 * `torch.nn.AdaptiveMaxPool2d(output_size, return_indices=False)`: adaptive
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
 * import { AdaptiveMaxPool2d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new AdaptiveMaxPool2d(2);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.outputSize, 2);
 * ```
 */
export class AdaptiveMaxPool2d extends Module {
    /** The output size; `null` entries keep the input size. */
    outputSize;
    /** Also return the argmax indices. */
    returnIndices;
    /**
     * Create a `AdaptiveMaxPool2d`; see {@linkcode AdaptiveMaxPool2d} for what it holds and how it is
     * initialised.
     *
     * @param outputSize The output size; `null` entries keep the input size.
     * @param opts `returnIndices`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(outputSize, opts) {
        super();
        const what = "Cannot create AdaptiveMaxPool2d";
        const o = options(opts, what);
        const outputSizeValue = adaptiveSize(outputSize, "outputSize", what);
        const returnIndices = bool(o.returnIndices ?? false, "returnIndices", what);
        this.outputSize = outputSizeValue;
        this.returnIndices = returnIndices;
    }
}
