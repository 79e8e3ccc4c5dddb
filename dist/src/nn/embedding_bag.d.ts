/**
 * `torch.nn.EmbeddingBag`.
 *
 * @module
 */
import type { DType, HalfDType, HalfTensor, Tensor } from "../tensor.js";
import type { Generator } from "../random/generator.js";
import { Module, type ResetOptions } from "./module.js";
import type { Parameter } from "./parameter.js";
/** Options for {@linkcode EmbeddingBag}. */
export interface EmbeddingBagOptions {
    /** Renormalise looked-up rows to at most this norm. Default: none. */
    maxNorm?: number | null;
    /** The p of the p-norm for `maxNorm`. Default: 2. */
    normType?: number;
    /** Scale gradients by the inverse word frequency. Default: `false`. */
    scaleGradByFreq?: boolean;
    /** How bags are reduced: `"sum"`, `"mean"` or `"max"`. Default: `"mean"`. */
    mode?: "sum" | "mean" | "max";
    /** Sparse gradients. Default: `false`. */
    sparse?: boolean;
    /** An initial weight to use as is (torch's `_weight`): nothing is drawn. */
    weight?: Tensor | HalfTensor;
    /** Whether `offsets` has one extra element (CSR format). Default: `false`. */
    includeLastOffset?: boolean;
    /** A row that is zeroed and excluded from the reduction; negative counts from the end. */
    paddingIdx?: number | null;
    /** Element type of the weight. Default: `"float32"`. */
    dtype?: DType | HalfDType;
    /** The generator to draw the initial values from. Default: the default generator. */
    generator?: Generator;
}
/**
 * `torch.nn.EmbeddingBag(num_embeddings, embedding_dim, max_norm=None,
 * norm_type=2.0, scale_grad_by_freq=False, mode='mean', sparse=False,
 * include_last_offset=False, padding_idx=None)`: a `weight` of shape
 * `[numEmbeddings, embeddingDim]` drawn from N(0, 1) as torch 1.13 does, bit
 * for bit, with the `paddingIdx` row then zeroed.
 *
 * @param numEmbeddings Size of the dictionary: an integer ≥ 0.
 * @param embeddingDim Size of each embedding vector: an integer ≥ 0.
 * @param opts `maxNorm`, `normType`, `scaleGradByFreq`, `mode`, `sparse`, `weight`, `includeLastOffset`, `paddingIdx`, `dtype`, `generator`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If `mode` is unknown, `paddingIdx` is out of range or `weight` has the wrong shape.
 *
 * @example
 * ```ts
 * import { EmbeddingBag } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const bag = new EmbeddingBag(6, 4, { mode: "sum", paddingIdx: 2 });
 * assert.deepEqual(bag.weight.shape, [6, 4]);
 * assert.deepEqual(Array.from(bag.weight.data.subarray(8, 12)), [0, 0, 0, 0]);
 * ```
 */
export declare class EmbeddingBag extends Module {
    /** Size of the dictionary. */
    numEmbeddings: number;
    /** Size of each embedding vector. */
    embeddingDim: number;
    /** The max norm, or `null`. */
    maxNorm: number | null;
    /** The p of the p-norm for `maxNorm`. */
    normType: number;
    /** Whether gradients are scaled by the inverse word frequency. */
    scaleGradByFreq: boolean;
    /** The padding row (non-negative), or `null`. */
    paddingIdx: number | null;
    /** The embeddings, `[numEmbeddings, embeddingDim]`. */
    weight: Parameter;
    /** How bags are reduced. */
    mode: "sum" | "mean" | "max";
    /** Whether gradients are sparse. */
    sparse: boolean;
    /** Whether `offsets` has one extra element. */
    includeLastOffset: boolean;
    /**
     * Create a `EmbeddingBag`; see {@linkcode EmbeddingBag} for what it holds and how it is
     * initialised.
     *
     * @param numEmbeddings Size of the dictionary: an integer ≥ 0.
     * @param embeddingDim Size of each embedding vector: an integer ≥ 0.
     * @param opts `maxNorm`, `normType`, `scaleGradByFreq`, `mode`, `sparse`, `weight`, `includeLastOffset`, `paddingIdx`, `dtype`, `generator`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If `mode` is unknown, `paddingIdx` is out of range or `weight` has the wrong shape.
     */
    constructor(numEmbeddings: number, embeddingDim: number, opts?: EmbeddingBagOptions);
    /**
     * Draw the weight again as the constructor does (torch's
     * `reset_parameters`): N(0, 1), then the padding row zeroed.
     *
     * @param opts `generator`.
     * @throws {TypeError} If `generator` is not a Generator.
     *
     * @example
     * ```ts
     * import { Generator } from "@torch-parity/init";
     * import { EmbeddingBag } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const a = new EmbeddingBag(3, 2, { generator: new Generator().manualSeed(2) });
     * const b = new EmbeddingBag(3, 2);
     * b.resetParameters({ generator: new Generator().manualSeed(2) });
     * assert.deepEqual(b.weight.data, a.weight.data);
     * ```
     */
    resetParameters(opts?: ResetOptions): void;
}
