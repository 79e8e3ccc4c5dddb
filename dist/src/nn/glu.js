/* @ts-self-types="./glu.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.GLU`.
 *
 * @module
 */
import { Module } from "./module.js";
import { anyInt } from "./_options.js";
/**
 * `torch.nn.GLU(dim=-1)`: the gated linear unit. It has no parameters or
 * buffers and draws nothing; its arguments are validated and kept as fields,
 * so a state dict walks through it with torch's key names.
 *
 * @param dim The dimension to split in halves. Default: `-1`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { GLU } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new GLU();
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.dim, -1);
 * ```
 */
export class GLU extends Module {
    /** The dimension to split in halves. */
    dim;
    /**
     * Create a `GLU`; see {@linkcode GLU} for what it holds and how it is
     * initialised.
     *
     * @param dim The dimension to split in halves. Default: `-1`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(dim = -1) {
        super();
        const what = "Cannot create GLU";
        const dimValue = anyInt(dim, "dim", what);
        this.dim = dimValue;
    }
}
