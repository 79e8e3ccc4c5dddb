/* @ts-self-types="./tanh.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.Tanh`.
 *
 * @module
 */
import { Module } from "./module.js";
/**
 * `torch.nn.Tanh()`: the hyperbolic tangent. It has no parameters or buffers
 * and draws nothing; its arguments are validated and kept as fields, so a
 * state dict walks through it with torch's key names.
 *
 * @example
 * ```ts
 * import { Tanh } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new Tanh();
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual([...m.namedModules()].map(([n]) => n), [""]);
 * ```
 */
export class Tanh extends Module {
    /**
     * Create a `Tanh`; see {@linkcode Tanh} for what it holds and how it is
     * initialised.
     */
    constructor() {
        super();
    }
}
