/* @ts-self-types="./embedding_bag.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.EmbeddingBag`.
 *
 * @module
 */
import { Module } from "./module.js";
import { bool, dtypeOf, generatorOf, num, oneOf, options } from "./_options.js";
import { embeddingWeight, optionalNumber, paddingIndex, resetEmbedding } from "./_embedding.js";
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
export class EmbeddingBag extends Module {
    /** Size of the dictionary. */
    numEmbeddings;
    /** Size of each embedding vector. */
    embeddingDim;
    /** The max norm, or `null`. */
    maxNorm;
    /** The p of the p-norm for `maxNorm`. */
    normType;
    /** Whether gradients are scaled by the inverse word frequency. */
    scaleGradByFreq;
    /** The padding row (non-negative), or `null`. */
    paddingIdx;
    /** The embeddings, `[numEmbeddings, embeddingDim]`. */
    weight;
    /** How bags are reduced. */
    mode;
    /** Whether gradients are sparse. */
    sparse;
    /** Whether `offsets` has one extra element. */
    includeLastOffset;
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
    constructor(numEmbeddings, embeddingDim, opts) {
        super();
        const what = "Cannot create EmbeddingBag";
        const o = options(opts, what);
        const dtype = dtypeOf(o.dtype, what);
        const weight = embeddingWeight(o.weight, numEmbeddings, embeddingDim, dtype, what);
        const maxNorm = optionalNumber(o.maxNorm, "maxNorm", what);
        const normType = num(o.normType ?? 2, "normType", what);
        const scaleGradByFreq = bool(o.scaleGradByFreq ?? false, "scaleGradByFreq", what);
        const paddingIdx = paddingIndex(o.paddingIdx, numEmbeddings, what);
        const mode = oneOf(o.mode ?? "mean", ["sum", "mean", "max"], "mode", what);
        const sparse = bool(o.sparse ?? false, "sparse", what);
        const includeLastOffset = bool(o.includeLastOffset ?? false, "includeLastOffset", what);
        const generator = generatorOf(o.generator, what);
        this.numEmbeddings = numEmbeddings;
        this.embeddingDim = embeddingDim;
        this.maxNorm = maxNorm;
        this.normType = normType;
        this.scaleGradByFreq = scaleGradByFreq;
        this.paddingIdx = paddingIdx;
        this.weight = weight;
        if (o.weight === undefined)
            this.resetParameters({ generator });
        this.mode = mode;
        this.sparse = sparse;
        this.includeLastOffset = includeLastOffset;
    }
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
    resetParameters(opts) {
        const what = "Cannot reset EmbeddingBag";
        const generator = generatorOf(options(opts, what).generator, what);
        resetEmbedding(this.weight, this.paddingIdx, generator);
    }
}
