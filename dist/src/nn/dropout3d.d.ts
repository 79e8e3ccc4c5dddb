/**
 * `torch.nn.Dropout3d`.
 *
 * @module
 */
import { _DropoutNd } from "./dropout_nd.js";
import type { InplaceOptions } from "./relu.js";
/**
 * `torch.nn.Dropout3d(p=0.5, inplace=False)`: zeroes whole channels of (N, C,
 * D, H, W) inputs (no draws at construction). It has no parameters or buffers
 * and draws nothing; its arguments are validated and kept as fields, so a
 * state dict walks through it with torch's key names.
 *
 * @param p Probability of an element to be zeroed, in [0, 1]. Default: `0.5`.
 * @param opts `inplace`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { Dropout3d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new Dropout3d(0.2, { inplace: true });
 * assert.equal(m.p, 0.2);
 * assert.equal(m.stateDict().size, 0);
 * assert.throws(() => new Dropout3d(1.5), RangeError);
 * ```
 */
export declare class Dropout3d extends _DropoutNd {
    /**
     * Create a `Dropout3d`; see {@linkcode Dropout3d} for what it holds and how it is
     * initialised.
     *
     * @param p Probability of an element to be zeroed, in [0, 1]. Default: `0.5`.
     * @param opts `inplace`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(p?: number, opts?: InplaceOptions);
}
