/* @ts-self-types="./transformer_decoder_layer.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.TransformerDecoderLayer`.
 *
 * @module
 */
import { Module } from "./module.js";
import { Linear } from "./linear.js";
import { LayerNorm } from "./layer_norm.js";
import { Dropout } from "./dropout.js";
import { MultiheadAttention } from "./multihead_attention.js";
import { options } from "./_options.js";
import { layerArgs, } from "./_rnn_validate.js";
/**
 * `torch.nn.TransformerDecoderLayer(d_model, nhead, dim_feedforward=2048,
 * dropout=0.1, activation=F.relu, layer_norm_eps=1e-5, batch_first=False,
 * norm_first=False, dtype=None)` with torch 1.13's submodules and
 * initialisation, bit for bit.
 *
 * Children in registration order: `self_attn`, `multihead_attn` (two
 * {@linkcode MultiheadAttention}`(dModel, nhead)`), `linear1`
 * (`Linear(dModel, dimFeedforward)`), `dropout`, `linear2`
 * (`Linear(dimFeedforward, dModel)`), `norm1`, `norm2`, `norm3`
 * (`LayerNorm(dModel, eps=layerNormEps)`), `dropout1`, `dropout2`,
 * `dropout3`, and, when `activation` is a module, `activation`. Draws happen
 * in that order.
 *
 * @param dModel Features of the model: an integer ≥ 1, divisible by `nhead`.
 * @param nhead Number of attention heads: an integer ≥ 1.
 * @param opts `dimFeedforward`, `dropout`, `activation`, `layerNormEps`, `batchFirst`, `normFirst`, `bias` (torch 2.1+), `dtype`, `generator`.
 * @throws {TypeError} If an argument has the wrong type, or `bias` is given under torch 1.13.
 * @throws {RangeError} If a size is out of range, `dModel` is not divisible by `nhead`, `dropout` is outside [0, 1] or `activation` is an unknown string.
 *
 * @example torch.manual_seed(0); nn.TransformerDecoderLayer(8, 2, 16, activation=nn.GELU())
 * ```ts
 * import { manualSeed } from "@torch-parity/init";
 * import { GELU, TransformerDecoderLayer } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * manualSeed(0);
 * const layer = new TransformerDecoderLayer(8, 2, { dimFeedforward: 16, activation: new GELU() });
 * assert.equal([...layer.namedChildren()].at(-1)?.[0], "activation");
 * // torch: layer.multihead_attn.in_proj_weight.flatten()[:2] is tensor([0.3270, 0.4328])
 * assert.equal(layer.multihead_attn.in_proj_weight?.data[0].toFixed(4), "0.3270");
 * ```
 */
export class TransformerDecoderLayer extends Module {
    /** Whether the layer norms come first. */
    normFirst;
    /** Build the module and draw its initial values; see {@linkcode TransformerDecoderLayer}. */
    constructor(dModel, nhead, opts) {
        super();
        const what = "Cannot create TransformerDecoderLayer";
        const a = layerArgs(dModel, nhead, options(opts, what), what);
        const { bias, dtype, generator } = a;
        const attn = { dropout: a.dropout, batchFirst: a.batchFirst, bias, dtype, generator };
        this.self_attn = new MultiheadAttention(dModel, nhead, attn);
        this.multihead_attn = new MultiheadAttention(dModel, nhead, attn);
        this.linear1 = new Linear(dModel, a.dimFeedforward, { bias, dtype, generator });
        this.dropout = new Dropout(a.dropout);
        this.linear2 = new Linear(a.dimFeedforward, dModel, { bias, dtype, generator });
        this.normFirst = a.normFirst;
        // (bias is passed on only when false: under torch 1.13 LayerNorm refuses the option)
        const norm = { eps: a.layerNormEps, ...(bias ? {} : { bias }), dtype };
        this.norm1 = new LayerNorm(dModel, norm);
        this.norm2 = new LayerNorm(dModel, norm);
        this.norm3 = new LayerNorm(dModel, norm);
        this.dropout1 = new Dropout(a.dropout);
        this.dropout2 = new Dropout(a.dropout);
        this.dropout3 = new Dropout(a.dropout);
        this.activation = a.activation;
    }
}
