/**
 * `torch.nn.Embedding`.
 *
 * @module
 */
import type { DType, HalfDType, HalfTensor, Tensor } from "../tensor.js";
import type { Generator } from "../random/generator.js";
import { Module, type ResetOptions } from "./module.js";
import type { Parameter } from "./parameter.js";
/** Options for {@linkcode Embedding}. */
export interface EmbeddingOptions {
    /** A row whose entries are zeroed and get no gradient; negative counts from the end. Default: none. */
    paddingIdx?: number | null;
    /** Renormalise looked-up rows to at most this norm. Default: none. */
    maxNorm?: number | null;
    /** The p of the p-norm for `maxNorm`. Default: 2. */
    normType?: number;
    /** Scale gradients by the inverse word frequency. Default: `false`. */
    scaleGradByFreq?: boolean;
    /** Sparse gradients. Default: `false`. */
    sparse?: boolean;
    /**
     * An initial weight `[numEmbeddings, embeddingDim]` to use as is (torch's
     * `_weight`): nothing is drawn and the padding row is not zeroed.
     */
    weight?: Tensor | HalfTensor;
    /** Element type of the weight. Default: `"float32"`. */
    dtype?: DType | HalfDType;
    /** The generator to draw the initial values from. Default: the default generator. */
    generator?: Generator;
}
/**
 * `torch.nn.Embedding(num_embeddings, embedding_dim, padding_idx=None,
 * max_norm=None, norm_type=2.0, scale_grad_by_freq=False, sparse=False)`: a
 * `weight` of shape `[numEmbeddings, embeddingDim]` drawn from N(0, 1) as
 * torch 1.13 does, bit for bit, with the `paddingIdx` row then zeroed. A
 * negative `paddingIdx` is stored as `numEmbeddings + paddingIdx`, as in
 * torch.
 *
 * @param numEmbeddings Size of the dictionary: an integer ≥ 0.
 * @param embeddingDim Size of each embedding vector: an integer ≥ 0.
 * @param opts `paddingIdx`, `maxNorm`, `normType`, `scaleGradByFreq`, `sparse`, `weight`, `dtype`, `generator`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If `paddingIdx` is not within `[-numEmbeddings, numEmbeddings)` or `weight` has the wrong shape.
 *
 * @example torch.manual_seed(0); nn.Embedding(10, 3, padding_idx=-1)
 * ```ts
 * import { manualSeed } from "@torch-parity/init";
 * import { Embedding } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * manualSeed(0);
 * const emb = new Embedding(10, 3, { paddingIdx: -1 });
 * assert.equal(emb.paddingIdx, 9);
 * // torch: tensor([[-1.1258, -1.1524, -0.2506], ...
 * assert.equal(emb.weight.data[0].toFixed(4), "-1.1258");
 * assert.deepEqual(Array.from(emb.weight.data.subarray(27)), [0, 0, 0]);
 * ```
 */
export declare class Embedding extends Module {
    /** Size of the dictionary. */
    numEmbeddings: number;
    /** Size of each embedding vector. */
    embeddingDim: number;
    /** The padding row (non-negative), or `null`. */
    paddingIdx: number | null;
    /** The max norm, or `null`. */
    maxNorm: number | null;
    /** The p of the p-norm for `maxNorm`. */
    normType: number;
    /** Whether gradients are scaled by the inverse word frequency. */
    scaleGradByFreq: boolean;
    /** Whether gradients are sparse. */
    sparse: boolean;
    /** The embeddings, `[numEmbeddings, embeddingDim]`. */
    weight: Parameter;
    /**
     * Create a `Embedding`; see {@linkcode Embedding} for what it holds and how it is
     * initialised.
     *
     * @param numEmbeddings Size of the dictionary: an integer ≥ 0.
     * @param embeddingDim Size of each embedding vector: an integer ≥ 0.
     * @param opts `paddingIdx`, `maxNorm`, `normType`, `scaleGradByFreq`, `sparse`, `weight`, `dtype`, `generator`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If `paddingIdx` is not within `[-numEmbeddings, numEmbeddings)` or `weight` has the wrong shape.
     */
    constructor(numEmbeddings: number, embeddingDim: number, opts?: EmbeddingOptions);
    /**
     * Draw the weight again as the constructor does (torch's
     * `reset_parameters`): N(0, 1), then the padding row zeroed.
     *
     * @param opts `generator`.
     * @throws {TypeError} If `generator` is not a Generator.
     *
     * @example
     * ```ts
     * import { Embedding } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const emb = new Embedding(4, 2, { paddingIdx: 0 });
     * emb.resetParameters();
     * assert.deepEqual(Array.from(emb.weight.data.subarray(0, 2)), [0, 0]);
     * ```
     */
    resetParameters(opts?: ResetOptions): void;
    /**
     * An embedding over given rows (torch's `Embedding.from_pretrained`):
     * nothing is drawn; `freeze` (default `true`) turns gradients off.
     *
     * @param embeddings The weight `[numEmbeddings, embeddingDim]`; its data is shared.
     * @param opts `freeze` and the constructor's options except `weight`.
     * @returns The embedding.
     * @throws {TypeError} If `embeddings` is not a 2-D tensor or an option has the wrong type.
     * @throws {RangeError} If `paddingIdx` is out of range.
     *
     * @example
     * ```ts
     * import { empty } from "@torch-parity/init";
     * import { Embedding } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const emb = Embedding.fromPretrained(empty([5, 2]));
     * assert.equal(emb.numEmbeddings, 5);
     * assert.equal(emb.weight.requiresGrad, false);
     * ```
     */
    static fromPretrained(embeddings: Tensor | HalfTensor, opts?: Omit<EmbeddingOptions, "weight"> & {
        freeze?: boolean;
    }): Embedding;
}
