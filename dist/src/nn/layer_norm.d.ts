/**
 * `torch.nn.LayerNorm`.
 *
 * @module
 */
import type { DType, HalfDType } from "../tensor.js";
import { Module, type ResetOptions } from "./module.js";
import type { Parameter } from "./parameter.js";
/** Options for {@linkcode LayerNorm}. */
export interface LayerNormOptions {
    /** Added to the variance for numerical stability. Default: 1e-5. */
    eps?: number;
    /** Whether to learn a per-element `weight` and `bias`. Default: `true`. */
    elementwiseAffine?: boolean;
    /**
     * Whether to learn `bias` (with `elementwiseAffine`); `false` leaves it `null`.
     * Default: `true`. torch 2.1+: refused under `setTorchVersion("1.13")`.
     */
    bias?: boolean;
    /** Element type of the parameters. Default: `"float32"`. */
    dtype?: DType | HalfDType;
}
/**
 * `torch.nn.LayerNorm(normalized_shape, eps=1e-05, elementwise_affine=True,
 * bias=True)`: `weight` (ones) and `bias` (zeros) of shape `normalizedShape`,
 * or both `null` with `{ elementwiseAffine: false }`; `{ bias: false }`
 * (torch 2.1+) keeps the weight and sets `bias` to `null`. Nothing is drawn.
 *
 * @param normalizedShape The trailing shape to normalise over: an integer or an array of integers.
 * @param opts `eps`, `elementwiseAffine`, `bias`, `dtype`.
 * @throws {TypeError} If an argument has the wrong type, or `bias` is given under torch 1.13.
 * @throws {RangeError} If a size is negative or fractional.
 *
 * @example
 * ```ts
 * import { LayerNorm } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const ln = new LayerNorm([2, 3]);
 * assert.deepEqual(ln.normalizedShape, [2, 3]);
 * assert.deepEqual(Array.from(ln.weight!.data), [1, 1, 1, 1, 1, 1]);
 * assert.equal(new LayerNorm(4, { elementwiseAffine: false }).bias, null);
 * assert.deepEqual([...new LayerNorm(4, { bias: false }).stateDict().keys()], ["weight"]);
 * ```
 */
export declare class LayerNorm extends Module {
    /** The normalised trailing shape. */
    normalizedShape: number[];
    /** Added to the variance for numerical stability. */
    eps: number;
    /** Whether `weight` and `bias` are learnt. */
    elementwiseAffine: boolean;
    /** The scale (ones), or `null`. */
    weight: Parameter | null;
    /** The shift (zeros), or `null`. */
    bias: Parameter | null;
    /**
     * Create a `LayerNorm`; see {@linkcode LayerNorm} for what it holds and how it is
     * initialised.
     *
     * @param normalizedShape The trailing shape to normalise over: an integer or an array of integers.
     * @param opts `eps`, `elementwiseAffine`, `bias`, `dtype`.
     * @throws {TypeError} If an argument has the wrong type, or `bias` is given under torch 1.13.
     * @throws {RangeError} If a size is negative or fractional.
     */
    constructor(normalizedShape: number | readonly number[], opts?: LayerNormOptions);
    /**
     * Set `weight` to ones and `bias` to zeros (torch's `reset_parameters`).
     * Nothing is drawn; `opts` is accepted for uniformity with the other modules.
     *
     * @param _opts Ignored.
     *
     * @example
     * ```ts
     * import { LayerNorm } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const ln = new LayerNorm(2);
     * ln.weight!.data.fill(5);
     * ln.resetParameters();
     * assert.deepEqual(Array.from(ln.weight!.data), [1, 1]);
     * ```
     */
    resetParameters(_opts?: ResetOptions): void;
}
