/**
 * `torch.nn.PairwiseDistance`.
 *
 * @module
 */
import { Module } from "./module.js";
/** Options for {@linkcode PairwiseDistance}. */
export interface PairwiseDistanceOptions {
    /** Keep the reduced dimension. Default: `false`. */
    keepdim?: boolean;
}
/**
 * `torch.nn.PairwiseDistance(p=2.0, eps=1e-06, keepdim=False)`: the p-norm
 * distance (torch stores p as `norm`). It has no parameters or buffers and
 * draws nothing; its arguments are validated and kept as fields, so a state
 * dict walks through it with torch's key names.
 *
 * @param p The norm degree. Default: `2`.
 * @param eps Added to the difference. Default: `1e-6`.
 * @param opts `keepdim`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { PairwiseDistance } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new PairwiseDistance();
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.norm, 2);
 * ```
 */
export declare class PairwiseDistance extends Module {
    /** The norm degree. */
    norm: number;
    /** Added to the difference. */
    eps: number;
    /** Keep the reduced dimension. */
    keepdim: boolean;
    /**
     * Create a `PairwiseDistance`; see {@linkcode PairwiseDistance} for what it holds and how it is
     * initialised.
     *
     * @param p The norm degree. Default: `2`.
     * @param eps Added to the difference. Default: `1e-6`.
     * @param opts `keepdim`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(p?: number, eps?: number, opts?: PairwiseDistanceOptions);
}
