/* @ts-self-types="./transformer_encoder.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.TransformerEncoder`.
 *
 * @module
 */
import { Module } from "./module.js";
import { ModuleList } from "./module_list.js";
import { TransformerEncoderLayer } from "./transformer_encoder_layer.js";
import { bool, int, options, show } from "./_options.js";
import { torchAtLeast } from "./_torch_options.js";
import { warn } from "../init/warnings.js";
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
export class TransformerEncoder extends Module {
    /** Number of layers. */
    numLayers;
    /** torch's `enable_nested_tensor`. */
    enableNestedTensor;
    /** torch's `mask_check`. */
    maskCheck;
    /** torch 2.x's `use_nested_tensor` (under torch 1.13: `enableNestedTensor`). */
    useNestedTensor;
    /** Build the module and draw its initial values; see {@linkcode TransformerEncoder}. */
    constructor(encoderLayer, numLayers, opts) {
        super();
        const what = "Cannot create TransformerEncoder";
        const o = options(opts, what);
        if (!(encoderLayer instanceof Module)) {
            throw new TypeError(`${what}: encoderLayer must be a Module, received ${show(encoderLayer)}`);
        }
        int(numLayers, "numLayers", what);
        const norm = o.norm ?? null;
        if (norm !== null && !(norm instanceof Module)) {
            throw new TypeError(`${what}: norm must be a Module or null, received ${show(norm)}`);
        }
        const enableNestedTensor = bool(o.enableNestedTensor ?? true, "enableNestedTensor", what);
        const maskCheck = bool(o.maskCheck ?? true, "maskCheck", what);
        this.layers = new ModuleList(Array.from({ length: numLayers }, () => Module.deepCopy(encoderLayer)));
        this.numLayers = numLayers;
        this.norm = norm;
        this.enableNestedTensor = enableNestedTensor;
        this.maskCheck = maskCheck;
        this.useNestedTensor = enableNestedTensor;
        if (torchAtLeast("2.6")) {
            const why = whyNotSparsityFastPath(encoderLayer);
            if (enableNestedTensor && why !== "") {
                warn(`enable_nested_tensor is True, but self.use_nested_tensor is False because ${why}`);
                this.useNestedTensor = false;
            }
        }
    }
}
/** torch 2.x's `why_not_sparsity_fast_path` of `TransformerEncoder.__init__` ("" if none). */
function whyNotSparsityFastPath(layer) {
    const l = "encoder_layer";
    if (!(layer instanceof TransformerEncoderLayer))
        return `${l} was not TransformerEncoderLayer`;
    const attn = layer.self_attn;
    if (layer.normFirst)
        return `${l}.norm_first was True`;
    if (!attn.batchFirst) {
        return `${l}.self_attn.batch_first was not True(use batch_first for better inference performance)`;
    }
    if (!attn.qkvSameEmbedDim)
        return `${l}.self_attn._qkv_same_embed_dim was not True`;
    if (attn.in_proj_bias === null)
        return `${l}.self_attn was passed bias=False`;
    if (!layer.activationReluOrGelu)
        return `${l}.activation_relu_or_gelu was not True`;
    if (layer.norm1.eps !== layer.norm2.eps) {
        return `${l}.norm1.eps was not equal to ${l}.norm2.eps`;
    }
    if (attn.numHeads % 2 === 1)
        return `${l}.self_attn.num_heads is odd`;
    return "";
}
