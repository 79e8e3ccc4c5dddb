/**
 * `torch.nn.Transformer`.
 *
 * @module
 */
import { Module, type ResetOptions } from "./module.js";
import { TransformerEncoder } from "./transformer_encoder.js";
import { TransformerDecoder } from "./transformer_decoder.js";
import { type TransformerLayerArgs } from "./_rnn_validate.js";
/**
 * Options for {@linkcode Transformer} (torch's keyword arguments, camelCase).
 *
 * @typeParam E The class of `customEncoder`.
 * @typeParam D The class of `customDecoder`.
 */
export interface TransformerOptions<E extends Module = TransformerEncoder, D extends Module = TransformerDecoder> extends TransformerLayerArgs {
    /** Features of the model: an integer ≥ 1, divisible by `nhead`. Default: `512`. */
    dModel?: number;
    /** Number of attention heads: an integer ≥ 1. Default: `8`. */
    nhead?: number;
    /** Number of encoder layers: an integer ≥ 0. Default: `6`. */
    numEncoderLayers?: number;
    /** Number of decoder layers: an integer ≥ 0. Default: `6`. */
    numDecoderLayers?: number;
    /** A module used as `encoder` instead of the built one. Default: `null`. */
    customEncoder?: E | null;
    /** A module used as `decoder` instead of the built one. Default: `null`. */
    customDecoder?: D | null;
}
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
export declare class Transformer<E extends Module = TransformerEncoder, D extends Module = TransformerDecoder> extends Module {
    /** The encoder: a {@linkcode TransformerEncoder}, or `customEncoder`. */
    encoder: E;
    /** The decoder: a {@linkcode TransformerDecoder}, or `customDecoder`. */
    decoder: D;
    /** Features of the model. */
    dModel: number;
    /** Number of attention heads. */
    nhead: number;
    /** Whether inputs are batch-first. */
    batchFirst: boolean;
    /** Build the module and draw its initial values; see {@linkcode Transformer}. */
    constructor(opts?: TransformerOptions<E, D>);
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
    _resetParameters(opts?: ResetOptions): void;
}
