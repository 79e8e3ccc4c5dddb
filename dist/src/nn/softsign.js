/* @ts-self-types="./softsign.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.Softsign`.
 *
 * @module
 */
import { Module } from "./module.js";
/**
 * `torch.nn.Softsign()`: x / (1 + |x|). It has no parameters or buffers and
 * draws nothing; its arguments are validated and kept as fields, so a state
 * dict walks through it with torch's key names.
 *
 * @example
 * ```ts
 * import { Softsign } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new Softsign();
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual([...m.namedModules()].map(([n]) => n), [""]);
 * ```
 */
export class Softsign extends Module {
    /**
     * Create a `Softsign`; see {@linkcode Softsign} for what it holds and how it is
     * initialised.
     */
    constructor() {
        super();
    }
}
