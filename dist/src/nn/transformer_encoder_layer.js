/* @ts-self-types="./transformer_encoder_layer.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.TransformerEncoderLayer`.
 *
 * @module
 */
import { Module } from "./module.js";
import { Linear } from "./linear.js";
import { LayerNorm } from "./layer_norm.js";
import { Dropout } from "./dropout.js";
import { ReLU } from "./relu.js";
import { GELU } from "./gelu.js";
import { MultiheadAttention } from "./multihead_attention.js";
import { options } from "./_options.js";
import { layerArgs, } from "./_rnn_validate.js";
/**
 * `torch.nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward=2048,
 * dropout=0.1, activation=F.relu, layer_norm_eps=1e-5, batch_first=False,
 * norm_first=False, dtype=None)` with torch 1.13's submodules and
 * initialisation, bit for bit.
 *
 * Children in registration order: `self_attn` (a
 * {@linkcode MultiheadAttention}`(dModel, nhead)`), `linear1`
 * (`Linear(dModel, dimFeedforward)`), `dropout`, `linear2`
 * (`Linear(dimFeedforward, dModel)`), `norm1`, `norm2` (`LayerNorm(dModel,
 * eps=layerNormEps)`), `dropout1`, `dropout2`, and, when `activation` is a
 * module, `activation`. Draws happen in that order (`self_attn`, then the two
 * Linears; the layer norms and dropouts draw nothing).
 *
 * `activation` `"relu"` or `"gelu"` stays a string property (torch keeps
 * `F.relu`/`F.gelu`); a function stays a plain property.
 *
 * @param dModel Features of the model: an integer ≥ 1, divisible by `nhead`.
 * @param nhead Number of attention heads: an integer ≥ 1.
 * @param opts `dimFeedforward`, `dropout`, `activation`, `layerNormEps`, `batchFirst`, `normFirst`, `bias` (torch 2.1+), `dtype`, `generator`.
 * @throws {TypeError} If an argument has the wrong type, or `bias` is given under torch 1.13.
 * @throws {RangeError} If a size is out of range, `dModel` is not divisible by `nhead`, `dropout` is outside [0, 1] or `activation` is an unknown string.
 *
 * @example torch.manual_seed(0); nn.TransformerEncoderLayer(8, 2, 16)
 * ```ts
 * import { manualSeed } from "@torch-parity/init";
 * import { TransformerEncoderLayer } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * manualSeed(0);
 * const layer = new TransformerEncoderLayer(8, 2, { dimFeedforward: 16 });
 * assert.deepEqual([...layer.namedChildren()].map(([name]) => name), [
 *   "self_attn", "linear1", "dropout", "linear2", "norm1", "norm2", "dropout1", "dropout2",
 * ]);
 * // torch: layer.linear1.weight.flatten()[:2] is tensor([ 0.1282, -0.1181])
 * assert.equal(layer.linear1.weight.data[0].toFixed(4), "0.1282");
 * ```
 */
export class TransformerEncoderLayer extends Module {
    /** Whether the layer norms come first. */
    normFirst;
    /** torch's `activation_relu_or_gelu`: 1 for ReLU, 2 for GELU (string or module), else 0. */
    activationReluOrGelu;
    /** Build the module and draw its initial values; see {@linkcode TransformerEncoderLayer}. */
    constructor(dModel, nhead, opts) {
        super();
        const what = "Cannot create TransformerEncoderLayer";
        const a = layerArgs(dModel, nhead, options(opts, what), what);
        const { bias, dtype, generator } = a;
        this.self_attn = new MultiheadAttention(dModel, nhead, {
            dropout: a.dropout,
            bias,
            batchFirst: a.batchFirst,
            dtype,
            generator,
        });
        this.linear1 = new Linear(dModel, a.dimFeedforward, { bias, dtype, generator });
        this.dropout = new Dropout(a.dropout);
        this.linear2 = new Linear(a.dimFeedforward, dModel, { bias, dtype, generator });
        this.normFirst = a.normFirst;
        // (bias is passed on only when false: under torch 1.13 LayerNorm refuses the option)
        const norm = { eps: a.layerNormEps, ...(bias ? {} : { bias }), dtype };
        this.norm1 = new LayerNorm(dModel, norm);
        this.norm2 = new LayerNorm(dModel, norm);
        this.dropout1 = new Dropout(a.dropout);
        this.dropout2 = new Dropout(a.dropout);
        const act = a.activation;
        this.activationReluOrGelu = act === "relu" || act instanceof ReLU
            ? 1
            : act === "gelu" || act instanceof GELU
                ? 2
                : 0;
        this.activation = act;
    }
}
