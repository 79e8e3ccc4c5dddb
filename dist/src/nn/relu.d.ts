/**
 * `torch.nn.ReLU`.
 *
 * @module
 */
import { Module } from "./module.js";
/** Options of the activations whose only option is `inplace`. */
export interface InplaceOptions {
    /** Do the operation in place (accepted for parity; nothing is computed here). Default: `false`. */
    inplace?: boolean;
}
/**
 * `torch.nn.ReLU(inplace=False)`: the rectified linear unit max(0, x). It has
 * no parameters or buffers and draws nothing; its arguments are validated and
 * kept as fields, so a state dict walks through it with torch's key names.
 *
 * @param opts `inplace`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { ReLU } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new ReLU({ inplace: true });
 * assert.equal(m.inplace, true);
 * assert.equal(m.stateDict().size, 0);
 * ```
 */
export declare class ReLU extends Module {
    /** Do the operation in place (accepted for parity; nothing is computed here). */
    inplace: boolean;
    /**
     * Create a `ReLU`; see {@linkcode ReLU} for what it holds and how it is
     * initialised.
     *
     * @param opts `inplace`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(opts?: InplaceOptions);
}
