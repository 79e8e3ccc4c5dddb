/* @ts-self-types="./transformer.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.Transformer`.
 *
 * @module
 */
import { xavierUniform } from "../init/xavier_uniform.js";
import { Module } from "./module.js";
import { LayerNorm } from "./layer_norm.js";
import { TransformerEncoderLayer } from "./transformer_encoder_layer.js";
import { TransformerDecoderLayer } from "./transformer_decoder_layer.js";
import { TransformerEncoder } from "./transformer_encoder.js";
import { TransformerDecoder } from "./transformer_decoder.js";
import { generatorOf, int, options, show } from "./_options.js";
import { layerArgs } from "./_rnn_validate.js";
/**
 * `torch.nn.Transformer(d_model=512, nhead=8, num_encoder_layers=6,
 * num_decoder_layers=6, dim_feedforward=2048, dropout=0.1,
 * activation=F.relu, custom_encoder=None, custom_decoder=None,
 * layer_norm_eps=1e-5, batch_first=False, norm_first=False, dtype=None)`
 * with torch 1.13's submodules and initialisation, bit for bit.
 *
 * Construction, as torch: a {@linkcode TransformerEncoderLayer} is built
 * (it draws), then `encoder` = {@linkcode TransformerEncoder}`(layer,
 * numEncoderLayers, norm=LayerNorm(dModel))` (deep copies, no draws); the
 * same for the decoder; then {@linkcode Transformer._resetParameters}
 * re-draws every parameter with more than one dimension with
 * `xavierUniform`, in `parameters()` order. Biases keep the values the first
 * layer drew (every clone has the same), attention biases stay zero.
 * `customEncoder` / `customDecoder` replace the built parts (and are
 * re-initialised too, as in torch).
 *
 * @typeParam E The class of `encoder`: {@linkcode TransformerEncoder} unless `customEncoder` is given.
 * @typeParam D The class of `decoder`: {@linkcode TransformerDecoder} unless `customDecoder` is given.
 * @param opts `dModel`, `nhead`, `numEncoderLayers`, `numDecoderLayers`, `dimFeedforward`, `dropout`, `activation`, `customEncoder`, `customDecoder`, `layerNormEps`, `batchFirst`, `normFirst`, `bias` (torch 2.1+), `dtype`, `generator`.
 * @throws {TypeError} If an argument has the wrong type, or `bias` is given under torch 1.13.
 * @throws {RangeError} If a size is out of range, `dModel` is not divisible by `nhead`, `dropout` is outside [0, 1] or `activation` is an unknown string.
 *
 * @example torch.manual_seed(0); nn.Transformer(d_model=8, nhead=2, num_encoder_layers=2, num_decoder_layers=1, dim_feedforward=16)
 * ```ts
 * import { manualSeed } from "@torch-parity/init";
 * import { Transformer } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * manualSeed(0);
 * const model = new Transformer({
 *   dModel: 8,
 *   nhead: 2,
 *   numEncoderLayers: 2,
 *   numDecoderLayers: 1,
 *   dimFeedforward: 16,
 * });
 * assert.equal(model.stateDict().size, 46);
 * // torch: model.encoder.layers[0].self_attn.in_proj_weight.flatten()[:2] is tensor([0.3842, 0.4028])
 * assert.equal(model.encoder.layers[0].self_attn.in_proj_weight?.data[0].toFixed(4), "0.3842");
 * ```
 */
export class Transformer extends Module {
    /** Features of the model. */
    dModel;
    /** Number of attention heads. */
    nhead;
    /** Whether inputs are batch-first. */
    batchFirst;
    /** Build the module and draw its initial values; see {@linkcode Transformer}. */
    constructor(opts) {
        super();
        const what = "Cannot create Transformer";
        const o = options(opts, what);
        const dModel = o.dModel ?? 512;
        const nhead = o.nhead ?? 8;
        const a = layerArgs(dModel, nhead, o, what);
        const numEncoderLayers = int(o.numEncoderLayers ?? 6, "numEncoderLayers", what);
        const numDecoderLayers = int(o.numDecoderLayers ?? 6, "numDecoderLayers", what);
        const customEncoder = o.customEncoder ?? null;
        const customDecoder = o.customDecoder ?? null;
        for (const [name, m] of [["customEncoder", customEncoder], ["customDecoder", customDecoder]]) {
            if (m !== null && !(m instanceof Module)) {
                throw new TypeError(`${what}: ${name} must be a Module or null, received ${show(m)}`);
            }
        }
        const layerOpts = {
            dimFeedforward: a.dimFeedforward,
            dropout: a.dropout,
            activation: a.activation,
            layerNormEps: a.layerNormEps,
            batchFirst: a.batchFirst,
            normFirst: a.normFirst,
            ...(a.bias ? {} : { bias: false }), // refused under torch 1.13 even when true
            dtype: a.dtype,
            generator: a.generator,
        };
        const normOpts = { eps: a.layerNormEps, ...(a.bias ? {} : { bias: false }), dtype: a.dtype };
        if (customEncoder !== null) {
            this.encoder = customEncoder;
        }
        else {
            const layer = new TransformerEncoderLayer(dModel, nhead, layerOpts);
            const norm = new LayerNorm(dModel, normOpts);
            this.encoder = new TransformerEncoder(layer, numEncoderLayers, { norm });
        }
        if (customDecoder !== null) {
            this.decoder = customDecoder;
        }
        else {
            const layer = new TransformerDecoderLayer(dModel, nhead, layerOpts);
            const norm = new LayerNorm(dModel, normOpts);
            this.decoder = new TransformerDecoder(layer, numDecoderLayers, { norm });
        }
        this._resetParameters({ generator: a.generator });
        this.dModel = dModel;
        this.nhead = nhead;
        this.batchFirst = a.batchFirst;
    }
    /**
     * torch's `Transformer._reset_parameters`: `xavierUniform` on every
     * parameter with more than one dimension, in `parameters()` order (each
     * shared parameter once); the others are left alone.
     *
     * @param opts `generator`: the generator to draw from (default: the default generator).
     * @throws {TypeError} If `generator` is not a Generator.
     *
     * @example
     * ```ts
     * import { Transformer } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const model = new Transformer({ dModel: 4, nhead: 1, numEncoderLayers: 1, numDecoderLayers: 1, dimFeedforward: 4 });
     * const bias = [...model.encoder.layers[0].linear1.bias!.data];
     * const weight = [...model.encoder.layers[0].linear1.weight.data];
     * model._resetParameters();
     * assert.deepEqual([...model.encoder.layers[0].linear1.bias!.data], bias);
     * assert.notDeepEqual([...model.encoder.layers[0].linear1.weight.data], weight);
     * ```
     */
    _resetParameters(opts) {
        const what = "Cannot reset Transformer";
        const generator = generatorOf(options(opts, what).generator, what);
        for (const p of this.parameters())
            if (p.shape.length > 1)
                xavierUniform(p, { generator });
    }
}
