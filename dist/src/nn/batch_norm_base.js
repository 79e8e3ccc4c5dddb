/* @ts-self-types="./batch_norm_base.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.modules.batchnorm._BatchNorm`.
 *
 * @module
 */
import { _NormBase } from "./norm_base.js";
/**
 * The base of {@linkcode BatchNorm1d}, {@linkcode BatchNorm2d} and
 * {@linkcode BatchNorm3d}, as torch's `_BatchNorm` (affine and tracking
 * running statistics by default). Use it for `instanceof` checks that torch
 * code writes as `isinstance(m, nn.modules.batchnorm._BatchNorm)`.
 *
 * @param numFeatures Number of features (channels): an integer ≥ 0.
 * @param opts `eps`, `momentum`, `affine`, `trackRunningStats`, `dtype`.
 * @param name The class name for error messages.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If `numFeatures` is negative or fractional.
 *
 * @example
 * ```ts
 * import { _BatchNorm, BatchNorm3d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * assert.ok(new BatchNorm3d(2) instanceof _BatchNorm);
 * ```
 */
export class _BatchNorm extends _NormBase {
    /**
     * Create a `_BatchNorm`; see {@linkcode _BatchNorm} for what it holds and how it is
     * initialised.
     *
     * @param numFeatures Number of features (channels): an integer ≥ 0.
     * @param opts `eps`, `momentum`, `affine`, `trackRunningStats`, `dtype`.
     * @param name The class name for error messages.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If `numFeatures` is negative or fractional.
     */
    constructor(numFeatures, opts, name) {
        super(numFeatures, opts, { affine: true, trackRunningStats: true, name });
    }
}
