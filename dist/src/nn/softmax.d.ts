/**
 * `torch.nn.Softmax`.
 *
 * @module
 */
import { Module } from "./module.js";
/**
 * `torch.nn.Softmax(dim=None)`: softmax along `dim`. It has no parameters or
 * buffers and draws nothing; its arguments are validated and kept as fields,
 * so a state dict walks through it with torch's key names.
 *
 * @param dim The dimension to normalise; `null` lets torch pick one (deprecated there). Default: `null`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { Softmax } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new Softmax();
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.dim, null);
 * ```
 */
export declare class Softmax extends Module {
    /** The dimension to normalise; `null` lets torch pick one (deprecated there). */
    dim: number | null;
    /**
     * Create a `Softmax`; see {@linkcode Softmax} for what it holds and how it is
     * initialised.
     *
     * @param dim The dimension to normalise; `null` lets torch pick one (deprecated there). Default: `null`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(dim?: number | null);
}
