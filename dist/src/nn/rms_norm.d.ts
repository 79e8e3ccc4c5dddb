/**
 * `torch.nn.RMSNorm` (torch 2.4 and later).
 *
 * @module
 */
import type { DType, HalfDType } from "../tensor.js";
import { Module, type ResetOptions } from "./module.js";
import type { Parameter } from "./parameter.js";
/** Options for {@linkcode RMSNorm}. */
export interface RMSNormOptions {
    /** Added to the mean square; `null` (the default) means the dtype's machine epsilon at run time. */
    eps?: number | null;
    /** Whether to learn a per-element `weight`. Default: `true`. */
    elementwiseAffine?: boolean;
    /** Element type of the parameter. Default: `"float32"`. */
    dtype?: DType | HalfDType;
}
/**
 * `torch.nn.RMSNorm(normalized_shape, eps=None, elementwise_affine=True)`, new
 * in torch 2.4: a `weight` of ones of shape `normalizedShape` (no bias), or
 * `null` with `{ elementwiseAffine: false }`. Nothing is drawn. Under
 * `setTorchVersion("1.13")` it is refused, as torch 1.13 has no `nn.RMSNorm`.
 *
 * @param normalizedShape The trailing shape to normalise over: an integer or an array of integers.
 * @param opts `eps`, `elementwiseAffine`, `dtype`.
 * @throws {TypeError} If an argument has the wrong type, or the torch version is 1.13.
 * @throws {RangeError} If a size is negative or fractional.
 *
 * @example
 * ```ts
 * import { RMSNorm } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const norm = new RMSNorm([2, 3]);
 * assert.deepEqual([...norm.stateDict().keys()], ["weight"]);
 * assert.deepEqual(Array.from(norm.weight!.data), [1, 1, 1, 1, 1, 1]);
 * assert.equal(norm.eps, null);
 * ```
 */
export declare class RMSNorm extends Module {
    /** The normalised trailing shape. */
    normalizedShape: number[];
    /** Added to the mean square, or `null` for the dtype's epsilon. */
    eps: number | null;
    /** Whether `weight` is learnt. */
    elementwiseAffine: boolean;
    /** The scale (ones), or `null`. */
    weight: Parameter | null;
    /**
     * Create an `RMSNorm`; see {@linkcode RMSNorm} for what it holds.
     *
     * @param normalizedShape The trailing shape to normalise over.
     * @param opts `eps`, `elementwiseAffine`, `dtype`.
     */
    constructor(normalizedShape: number | readonly number[], opts?: RMSNormOptions);
    /**
     * Set `weight` to ones (torch's `reset_parameters`). Nothing is drawn.
     *
     * @param _opts Ignored.
     *
     * @example
     * ```ts
     * import { RMSNorm } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const norm = new RMSNorm(2);
     * norm.weight!.data.fill(3);
     * norm.resetParameters();
     * assert.deepEqual(Array.from(norm.weight!.data), [1, 1]);
     * ```
     */
    resetParameters(_opts?: ResetOptions): void;
}
