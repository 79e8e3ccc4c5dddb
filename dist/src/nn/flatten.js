/* @ts-self-types="./flatten.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.Flatten`.
 *
 * @module
 */
import { Module } from "./module.js";
import { anyInt } from "./_options.js";
/**
 * `torch.nn.Flatten(start_dim=1, end_dim=-1)`: flattens dimensions `startDim`
 * to `endDim`. It has no parameters or buffers and draws nothing; its
 * arguments are validated and kept as fields, so a state dict walks through it
 * with torch's key names.
 *
 * @param startDim First dimension to flatten. Default: `1`.
 * @param endDim Last dimension to flatten. Default: `-1`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { Flatten } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new Flatten();
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.startDim, 1);
 * ```
 */
export class Flatten extends Module {
    /** First dimension to flatten. */
    startDim;
    /** Last dimension to flatten. */
    endDim;
    /**
     * Create a `Flatten`; see {@linkcode Flatten} for what it holds and how it is
     * initialised.
     *
     * @param startDim First dimension to flatten. Default: `1`.
     * @param endDim Last dimension to flatten. Default: `-1`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(startDim = 1, endDim = -1) {
        super();
        const what = "Cannot create Flatten";
        const startDimValue = anyInt(startDim, "startDim", what);
        const endDimValue = anyInt(endDim, "endDim", what);
        this.startDim = startDimValue;
        this.endDim = endDimValue;
    }
}
