/* @ts-self-types="./log_sigmoid.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.LogSigmoid`.
 *
 * @module
 */
import { Module } from "./module.js";
/**
 * `torch.nn.LogSigmoid()`: log σ(x). It has no parameters or buffers and draws
 * nothing; its arguments are validated and kept as fields, so a state dict
 * walks through it with torch's key names.
 *
 * @example
 * ```ts
 * import { LogSigmoid } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new LogSigmoid();
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual([...m.namedModules()].map(([n]) => n), [""]);
 * ```
 */
export class LogSigmoid extends Module {
    /**
     * Create a `LogSigmoid`; see {@linkcode LogSigmoid} for what it holds and how it is
     * initialised.
     */
    constructor() {
        super();
    }
}
