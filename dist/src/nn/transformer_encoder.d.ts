/**
 * `torch.nn.TransformerEncoder`.
 *
 * @module
 */
import { Module } from "./module.js";
import { ModuleList } from "./module_list.js";
import { TransformerEncoderLayer } from "./transformer_encoder_layer.js";
/** Options for {@linkcode TransformerEncoder}. */
export interface TransformerEncoderOptions {
    /** A final normalisation module (registered as `norm`), or `null`. Default: `null`. */
    norm?: Module | null;
    /** torch's `enable_nested_tensor` (kept as a property only). Default: `true`. */
    enableNestedTensor?: boolean;
    /** torch's `mask_check` (kept as a property only). Default: `true`. */
    maskCheck?: boolean;
}
/**
 * `torch.nn.TransformerEncoder(encoder_layer, num_layers, norm=None,
 * enable_nested_tensor=True, mask_check=True)` as in torch 1.13: `layers`
 * is a `ModuleList` of `numLayers` deep copies of `encoderLayer`
 * (`copy.deepcopy`: bit-identical clones, nothing is drawn, and the given
 * layer itself is not one of them), then `norm` when given (registered
 * after `layers`; `null` stays a plain property, as torch's `None`).
 *
 * Under torch 2.x (`setTorchVersion("2.6")` / `"2.14"`) it also sets
 * `useNestedTensor` as torch does, and when `enableNestedTensor` is true but
 * the layer cannot take torch's nested-tensor fast path (not a
 * `TransformerEncoderLayer`, `normFirst`, not `batchFirst`, different
 * `kdim`/`vdim`, `bias: false`, an activation other than ReLU/GELU, different
 * norm eps, an odd number of heads) it warns with torch's message
 * ("enable_nested_tensor is True, but self.use_nested_tensor is False because
 * ...", through `setWarningHandler`). torch 1.13 does neither.
 *
 * @typeParam L The layer's class.
 * @param encoderLayer The layer to clone: usually a {@linkcode TransformerEncoderLayer}, any module works.
 * @param numLayers Number of clones: an integer ≥ 0.
 * @param opts `norm`, `enableNestedTensor`, `maskCheck`.
 * @throws {TypeError} If `encoderLayer` or `norm` is not a module, or an option has the wrong type.
 * @throws {RangeError} If `numLayers` is negative or fractional.
 *
 * @example torch.manual_seed(0); nn.TransformerEncoder(nn.TransformerEncoderLayer(8, 2, 16), 3, nn.LayerNorm(8))
 * ```ts
 * import { manualSeed } from "@torch-parity/init";
 * import { LayerNorm, TransformerEncoder, TransformerEncoderLayer } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * manualSeed(0);
 * const layer = new TransformerEncoderLayer(8, 2, { dimFeedforward: 16 });
 * const encoder = new TransformerEncoder(layer, 3, { norm: new LayerNorm(8) });
 * assert.equal(encoder.layers.length, 3);
 * assert.notEqual(encoder.layers[0], layer);
 * assert.deepEqual(encoder.layers[2].linear1.weight.data, layer.linear1.weight.data);
 * assert.deepEqual([...encoder.stateDict().keys()].slice(-2), ["norm.weight", "norm.bias"]);
 * ```
 */
export declare class TransformerEncoder<L extends Module = TransformerEncoderLayer> extends Module {
    /** The `numLayers` clones of the layer. */
    layers: ModuleList<L>;
    /** Number of layers. */
    numLayers: number;
    /** The final normalisation, or `null`. */
    norm: Module | null;
    /** torch's `enable_nested_tensor`. */
    enableNestedTensor: boolean;
    /** torch's `mask_check`. */
    maskCheck: boolean;
    /** torch 2.x's `use_nested_tensor` (under torch 1.13: `enableNestedTensor`). */
    useNestedTensor: boolean;
    /** Build the module and draw its initial values; see {@linkcode TransformerEncoder}. */
    constructor(encoderLayer: L, numLayers: number, opts?: TransformerEncoderOptions);
}
