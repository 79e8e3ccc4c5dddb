/**
 * `torch.nn.SELU`.
 *
 * @module
 */
import { Module } from "./module.js";
import type { InplaceOptions } from "./relu.js";
/**
 * `torch.nn.SELU(inplace=False)`: the scaled exponential linear unit. It has
 * no parameters or buffers and draws nothing; its arguments are validated and
 * kept as fields, so a state dict walks through it with torch's key names.
 *
 * @param opts `inplace`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { SELU } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new SELU({ inplace: true });
 * assert.equal(m.inplace, true);
 * assert.equal(m.stateDict().size, 0);
 * ```
 */
export declare class SELU extends Module {
    /** Do the operation in place (accepted for parity; nothing is computed here). */
    inplace: boolean;
    /**
     * Create a `SELU`; see {@linkcode SELU} for what it holds and how it is
     * initialised.
     *
     * @param opts `inplace`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(opts?: InplaceOptions);
}
