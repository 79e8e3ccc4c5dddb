/**
 * `torch.nn.modules.instancenorm._InstanceNorm`.
 *
 * @module
 */
import { _NormBase, type NormOptions } from "./norm_base.js";
/**
 * The base of {@linkcode InstanceNorm1d}, {@linkcode InstanceNorm2d} and
 * {@linkcode InstanceNorm3d}, as torch's `_InstanceNorm`: neither affine nor
 * tracking running statistics by default.
 *
 * @param numFeatures Number of features (channels): an integer ≥ 0.
 * @param opts `eps`, `momentum`, `affine`, `trackRunningStats`, `dtype`.
 * @param name The class name for error messages.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If `numFeatures` is negative or fractional.
 *
 * @example
 * ```ts
 * import { _InstanceNorm, InstanceNorm2d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const norm = new InstanceNorm2d(3);
 * assert.ok(norm instanceof _InstanceNorm);
 * assert.equal(norm.stateDict().size, 0);
 * ```
 */
export declare class _InstanceNorm extends _NormBase {
    /**
     * Create a `_InstanceNorm`; see {@linkcode _InstanceNorm} for what it holds and how it is
     * initialised.
     *
     * @param numFeatures Number of features (channels): an integer ≥ 0.
     * @param opts `eps`, `momentum`, `affine`, `trackRunningStats`, `dtype`.
     * @param name The class name for error messages.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If `numFeatures` is negative or fractional.
     */
    constructor(numFeatures: number, opts: NormOptions | undefined, name: string);
    /**
     * As torch's `_InstanceNorm._load_from_state_dict` for a state dict without
     * version metadata: running statistics in the state dict of a module that
     * does not track them are an error (and are not also reported as
     * unexpected keys).
     *
     * @param stateDict The entries visible to this module.
     * @param prefix This module's key prefix.
     * @param errors Error messages collected so far.
     */
    protected preloadStateDict(stateDict: Map<string, unknown>, prefix: string, errors: string[]): void;
}
