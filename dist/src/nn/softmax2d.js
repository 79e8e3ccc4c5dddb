/* @ts-self-types="./softmax2d.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.Softmax2d`.
 *
 * @module
 */
import { Module } from "./module.js";
/**
 * `torch.nn.Softmax2d()`: softmax over the channels of each location. It has
 * no parameters or buffers and draws nothing; its arguments are validated and
 * kept as fields, so a state dict walks through it with torch's key names.
 *
 * @example
 * ```ts
 * import { Softmax2d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new Softmax2d();
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual([...m.namedModules()].map(([n]) => n), [""]);
 * ```
 */
export class Softmax2d extends Module {
    /**
     * Create a `Softmax2d`; see {@linkcode Softmax2d} for what it holds and how it is
     * initialised.
     */
    constructor() {
        super();
    }
}
