/**
 * `torch.nn.TransformerDecoder`.
 *
 * @module
 */
import { Module } from "./module.js";
import { ModuleList } from "./module_list.js";
import type { TransformerDecoderLayer } from "./transformer_decoder_layer.js";
/** Options for {@linkcode TransformerDecoder}. */
export interface TransformerDecoderOptions {
    /** A final normalisation module (registered as `norm`), or `null`. Default: `null`. */
    norm?: Module | null;
}
/**
 * `torch.nn.TransformerDecoder(decoder_layer, num_layers, norm=None)` as in
 * torch 1.13: `layers` is a `ModuleList` of `numLayers` deep copies of
 * `decoderLayer` (`copy.deepcopy`: bit-identical clones, nothing is drawn,
 * and the given layer itself is not one of them), then `norm` when given
 * (registered after `layers`; `null` stays a plain property, as torch's
 * `None`).
 *
 * @typeParam L The layer's class.
 * @param decoderLayer The layer to clone: usually a {@linkcode TransformerDecoderLayer}, any module works.
 * @param numLayers Number of clones: an integer ≥ 0.
 * @param opts `norm`.
 * @throws {TypeError} If `decoderLayer` or `norm` is not a module.
 * @throws {RangeError} If `numLayers` is negative or fractional.
 *
 * @example torch.manual_seed(0); nn.TransformerDecoder(nn.TransformerDecoderLayer(8, 2, 16), 2)
 * ```ts
 * import { manualSeed } from "@torch-parity/init";
 * import { TransformerDecoder, TransformerDecoderLayer } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * manualSeed(0);
 * const decoder = new TransformerDecoder(new TransformerDecoderLayer(8, 2, { dimFeedforward: 16 }), 2);
 * assert.equal(decoder.stateDict().size, 36);
 * assert.equal(decoder.norm, null);
 * // torch: decoder.layers[1].linear2.weight.flatten()[:2] is tensor([-0.0439,  0.0810])
 * assert.equal(decoder.layers[1].linear2.weight.data[1].toFixed(4), "0.0810");
 * ```
 */
export declare class TransformerDecoder<L extends Module = TransformerDecoderLayer> extends Module {
    /** The `numLayers` clones of the layer. */
    layers: ModuleList<L>;
    /** Number of layers. */
    numLayers: number;
    /** The final normalisation, or `null`. */
    norm: Module | null;
    /** Build the module and draw its initial values; see {@linkcode TransformerDecoder}. */
    constructor(decoderLayer: L, numLayers: number, opts?: TransformerDecoderOptions);
}
