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
import { type TransformerActivation, type TransformerLayerArgs } from "./_rnn_validate.js";
/** Options for {@linkcode TransformerDecoderLayer} (torch's keyword arguments, camelCase). */
export type TransformerDecoderLayerOptions = TransformerLayerArgs;
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
export declare class TransformerDecoderLayer extends Module {
    /** Self-attention over the target. */
    self_attn: MultiheadAttention;
    /** Attention from the target to the memory. */
    multihead_attn: MultiheadAttention;
    /** First feed-forward projection, `dModel → dimFeedforward`. */
    linear1: Linear;
    /** Dropout inside the feed-forward block. */
    dropout: Dropout;
    /** Second feed-forward projection, `dimFeedforward → dModel`. */
    linear2: Linear;
    /** Whether the layer norms come first. */
    normFirst: boolean;
    /** Layer norm of the self-attention block. */
    norm1: LayerNorm;
    /** Layer norm of the cross-attention block. */
    norm2: LayerNorm;
    /** Layer norm of the feed-forward block. */
    norm3: LayerNorm;
    /** Dropout after self-attention. */
    dropout1: Dropout;
    /** Dropout after cross-attention. */
    dropout2: Dropout;
    /** Dropout after the feed-forward block. */
    dropout3: Dropout;
    /** The activation: `"relu"`, `"gelu"`, a registered child module, or a function. */
    activation: TransformerActivation;
    /** Build the module and draw its initial values; see {@linkcode TransformerDecoderLayer}. */
    constructor(dModel: number, nhead: number, opts?: TransformerDecoderLayerOptions);
}
