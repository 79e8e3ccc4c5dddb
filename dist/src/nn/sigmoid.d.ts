/**
 * `torch.nn.Sigmoid`.
 *
 * @module
 */
import { Module } from "./module.js";
/**
 * `torch.nn.Sigmoid()`: the logistic sigmoid. It has no parameters or buffers
 * and draws nothing; its arguments are validated and kept as fields, so a
 * state dict walks through it with torch's key names.
 *
 * @example
 * ```ts
 * import { Sigmoid } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new Sigmoid();
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual([...m.namedModules()].map(([n]) => n), [""]);
 * ```
 */
export declare class Sigmoid extends Module {
    /**
     * Create a `Sigmoid`; see {@linkcode Sigmoid} for what it holds and how it is
     * initialised.
     */
    constructor();
}
