/* @ts-self-types="./replication_pad3d.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.ReplicationPad3d`.
 *
 * @module
 */
import { Module } from "./module.js";
import { tuple } from "./_options.js";
/**
 * `torch.nn.ReplicationPad3d(padding)`: pads by replicating the border. It has
 * no parameters or buffers and draws nothing; its arguments are validated and
 * kept as fields, so a state dict walks through it with torch's key names.
 *
 * @param padding One integer, or 6 integers (left, right, …).
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { ReplicationPad3d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new ReplicationPad3d(2);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.padding, [2, 2, 2, 2, 2, 2]);
 * ```
 */
export class ReplicationPad3d extends Module {
    /** One integer, or 6 integers (left, right, …). */
    padding;
    /**
     * Create a `ReplicationPad3d`; see {@linkcode ReplicationPad3d} for what it holds and how it is
     * initialised.
     *
     * @param padding One integer, or 6 integers (left, right, …).
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(padding) {
        super();
        const what = "Cannot create ReplicationPad3d";
        const paddingTuple = tuple(padding, 6, "padding", what, -Number.MAX_SAFE_INTEGER);
        this.padding = paddingTuple;
    }
}
