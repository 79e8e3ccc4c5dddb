/* @ts-self-types="./cosine_similarity.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.CosineSimilarity`.
 *
 * @module
 */
import { Module } from "./module.js";
import { anyInt, num } from "./_options.js";
/**
 * `torch.nn.CosineSimilarity(dim=1, eps=1e-08)`: cosine similarity along
 * `dim`. It has no parameters or buffers and draws nothing; its arguments are
 * validated and kept as fields, so a state dict walks through it with torch's
 * key names.
 *
 * @param dim The dimension. Default: `1`.
 * @param eps Guards against division by zero. Default: `1e-8`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { CosineSimilarity } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new CosineSimilarity();
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.dim, 1);
 * ```
 */
export class CosineSimilarity extends Module {
    /** The dimension. */
    dim;
    /** Guards against division by zero. */
    eps;
    /**
     * Create a `CosineSimilarity`; see {@linkcode CosineSimilarity} for what it holds and how it is
     * initialised.
     *
     * @param dim The dimension. Default: `1`.
     * @param eps Guards against division by zero. Default: `1e-8`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(dim = 1, eps = 1e-8) {
        super();
        const what = "Cannot create CosineSimilarity";
        const dimValue = anyInt(dim, "dim", what);
        const epsValue = num(eps, "eps", what);
        this.dim = dimValue;
        this.eps = epsValue;
    }
}
