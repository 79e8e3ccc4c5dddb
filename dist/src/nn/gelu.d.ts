/**
 * `torch.nn.GELU`.
 *
 * @module
 */
import { Module } from "./module.js";
/** Options for {@linkcode GELU}. */
export interface GELUOptions {
    /** `"none"` (exact) or `"tanh"` (the tanh approximation). Default: `"none"`. */
    approximate?: "none" | "tanh";
}
/**
 * `torch.nn.GELU(approximate='none')`: the Gaussian error linear unit. It has
 * no parameters or buffers and draws nothing; its arguments are validated and
 * kept as fields, so a state dict walks through it with torch's key names.
 *
 * @param opts `approximate`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { GELU } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new GELU();
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.approximate, "none");
 * ```
 */
export declare class GELU extends Module {
    /** `"none"` (exact) or `"tanh"` (the tanh approximation). */
    approximate: "none" | "tanh";
    /**
     * Create a `GELU`; see {@linkcode GELU} for what it holds and how it is
     * initialised.
     *
     * @param opts `approximate`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(opts?: GELUOptions);
}
