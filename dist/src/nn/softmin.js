/* @ts-self-types="./softmin.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.Softmin`.
 *
 * @module
 */
import { Module } from "./module.js";
import { anyInt, optional } from "./_options.js";
/**
 * `torch.nn.Softmin(dim=None)`: softmin along `dim`. It has no parameters or
 * buffers and draws nothing; its arguments are validated and kept as fields,
 * so a state dict walks through it with torch's key names.
 *
 * @param dim The dimension to normalise; `null` lets torch pick one (deprecated there). Default: `null`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { Softmin } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new Softmin();
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.dim, null);
 * ```
 */
export class Softmin extends Module {
    /** The dimension to normalise; `null` lets torch pick one (deprecated there). */
    dim;
    /**
     * Create a `Softmin`; see {@linkcode Softmin} for what it holds and how it is
     * initialised.
     *
     * @param dim The dimension to normalise; `null` lets torch pick one (deprecated there). Default: `null`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(dim = null) {
        super();
        const what = "Cannot create Softmin";
        const dimValue = optional(dim, (x) => anyInt(x, "dim", what));
        this.dim = dimValue;
    }
}
