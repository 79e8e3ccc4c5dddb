/**
 * `torch.nn.Identity`.
 *
 * @module
 */
import { Module } from "./module.js";
/**
 * `torch.nn.Identity(*args, **kwargs)`: a placeholder module without
 * parameters; any arguments are accepted and ignored, as in torch.
 *
 * @param _args Ignored.
 *
 * @example Replace a classifier head, keeping the state dict keys of the rest
 * ```ts
 * import { Identity, Linear, Sequential } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const net = new Sequential(new Linear(2, 2), new Identity(54, { unused: true }));
 * assert.deepEqual([...net.stateDict().keys()], ["0.weight", "0.bias"]);
 * ```
 */
export declare class Identity extends Module {
    /**
     * Create a `Identity`; see {@linkcode Identity} for what it holds and how it is
     * initialised.
     *
     * @param _args Ignored.
     */
    constructor(..._args: unknown[]);
}
