/**
 * `torch.nn.ELU`.
 *
 * @module
 */
import { Module } from "./module.js";
import type { InplaceOptions } from "./relu.js";
/**
 * `torch.nn.ELU(alpha=1.0, inplace=False)`: the exponential linear unit. It
 * has no parameters or buffers and draws nothing; its arguments are validated
 * and kept as fields, so a state dict walks through it with torch's key names.
 *
 * @param alpha The α of the negative part. Default: `1`.
 * @param opts `inplace`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { ELU } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new ELU();
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.alpha, 1);
 * ```
 */
export declare class ELU extends Module {
    /** The α of the negative part. */
    alpha: number;
    /** Do the operation in place (accepted for parity; nothing is computed here). */
    inplace: boolean;
    /**
     * Create a `ELU`; see {@linkcode ELU} for what it holds and how it is
     * initialised.
     *
     * @param alpha The α of the negative part. Default: `1`.
     * @param opts `inplace`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(alpha?: number, opts?: InplaceOptions);
}
