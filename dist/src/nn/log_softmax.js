/* @ts-self-types="./log_softmax.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.LogSoftmax`.
 *
 * @module
 */
import { Module } from "./module.js";
import { anyInt, optional } from "./_options.js";
/**
 * `torch.nn.LogSoftmax(dim=None)`: log-softmax along `dim`. It has no
 * parameters or buffers and draws nothing; its arguments are validated and
 * kept as fields, so a state dict walks through it with torch's key names.
 *
 * @param dim The dimension to normalise; `null` lets torch pick one (deprecated there). Default: `null`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { LogSoftmax } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new LogSoftmax();
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.dim, null);
 * ```
 */
export class LogSoftmax extends Module {
    /** The dimension to normalise; `null` lets torch pick one (deprecated there). */
    dim;
    /**
     * Create a `LogSoftmax`; see {@linkcode LogSoftmax} for what it holds and how it is
     * initialised.
     *
     * @param dim The dimension to normalise; `null` lets torch pick one (deprecated there). Default: `null`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(dim = null) {
        super();
        const what = "Cannot create LogSoftmax";
        const dimValue = optional(dim, (x) => anyInt(x, "dim", what));
        this.dim = dimValue;
    }
}
