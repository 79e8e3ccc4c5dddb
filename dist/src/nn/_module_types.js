/* @ts-self-types="./_module_types.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The module types {@linkcode buildModule} knows: torch 1.13's constructor
 * signature of each (parameter names in positional order), how many of them
 * this library's constructor takes positionally, torch's base classes (for
 * `isinstance` filters) and the constructor call; and where torch 2.6 / 2.14
 * read their arguments differently (a new parameter in the middle of the
 * positional order, RNN's positional `nonlinearity`, a new keyword-only one, a
 * new class), the signature of that release ({@linkcode moduleType} follows
 * `setTorchVersion`).
 *
 * @module
 */
import { getTorchVersion, TORCH_VERSIONS } from "../random/torch_version.js";
import { RMSNorm } from "./rms_norm.js";
import { BatchNorm1d } from "./batch_norm1d.js";
import { BatchNorm2d } from "./batch_norm2d.js";
import { BatchNorm3d } from "./batch_norm3d.js";
import { Bilinear } from "./bilinear.js";
import { Conv1d } from "./conv1d.js";
import { Conv2d } from "./conv2d.js";
import { Conv3d } from "./conv3d.js";
import { ConvTranspose1d } from "./conv_transpose1d.js";
import { ConvTranspose2d } from "./conv_transpose2d.js";
import { ConvTranspose3d } from "./conv_transpose3d.js";
import { Embedding } from "./embedding.js";
import { EmbeddingBag } from "./embedding_bag.js";
import { GroupNorm } from "./group_norm.js";
import { GRU } from "./gru.js";
import { GRUCell } from "./gru_cell.js";
import { Identity } from "./identity.js";
import { InstanceNorm1d } from "./instance_norm1d.js";
import { InstanceNorm2d } from "./instance_norm2d.js";
import { InstanceNorm3d } from "./instance_norm3d.js";
import { LayerNorm } from "./layer_norm.js";
import { Linear } from "./linear.js";
import { LSTM } from "./lstm.js";
import { LSTMCell } from "./lstm_cell.js";
import { PReLU } from "./prelu.js";
import { RNN } from "./rnn.js";
import { RNNCell } from "./rnn_cell.js";
import { Sequential } from "./sequential.js";
import { MultiheadAttention } from "./multihead_attention.js";
import { NonDynamicallyQuantizableLinear } from "./multihead_attention_out_proj.js";
import { ModuleList } from "./module_list.js";
import { ModuleDict } from "./module_dict.js";
import { ReLU } from "./relu.js";
import { GELU } from "./gelu.js";
import { Tanh } from "./tanh.js";
import { Sigmoid } from "./sigmoid.js";
import { Dropout } from "./dropout.js";
import { Flatten } from "./flatten.js";
import { TransformerEncoderLayer } from "./transformer_encoder_layer.js";
import { TransformerDecoderLayer } from "./transformer_decoder_layer.js";
import { TransformerEncoder } from "./transformer_encoder.js";
import { TransformerDecoder } from "./transformer_decoder.js";
import { Transformer } from "./transformer.js";
/** `names` with `name` inserted before `before` (torch added a parameter there). */
function insert(names, name, before) {
    const i = names.indexOf(before);
    return [...names.slice(0, i), name, ...names.slice(i)];
}
function plain(cls, params, positional, extra = {}) {
    return {
        cls,
        params,
        positional,
        required: positional,
        create: (pos, opts) => new cls(...pos, opts),
        ...extra,
    };
}
const CONV = [
    "in_channels",
    "out_channels",
    "kernel_size",
    "stride",
    "padding",
    "dilation",
    "groups",
    "bias",
    "padding_mode",
    "device",
    "dtype",
];
const CONV_T = [
    "in_channels",
    "out_channels",
    "kernel_size",
    "stride",
    "padding",
    "output_padding",
    "groups",
    "bias",
    "dilation",
    "padding_mode",
    "device",
    "dtype",
];
const RNN_BASE = [
    "input_size",
    "hidden_size",
    "num_layers",
    "bias",
    "batch_first",
    "dropout",
    "bidirectional",
    "proj_size",
    "device",
    "dtype",
];
const LAYER = [
    "d_model",
    "nhead",
    "dim_feedforward",
    "dropout",
    "activation",
    "layer_norm_eps",
    "batch_first",
    "norm_first",
    "device",
    "dtype",
];
const NORM = [
    "num_features",
    "eps",
    "momentum",
    "affine",
    "track_running_stats",
    "device",
    "dtype",
];
const CELL = ["input_size", "hidden_size", "bias", "device", "dtype"];
const conv = { bases: ["_ConvNd"], draws: true };
const convT = { bases: ["_ConvTransposeNd", "_ConvNd"], draws: true };
/** torch 2.14's keyword-only `bias` of `_NormBase` and `GroupNorm`. */
const normBias = [{ since: "2.14", keywordOnly: ["bias"] }];
const bn = { bases: ["_BatchNorm", "_NormBase"], changes: normBias };
const inorm = { bases: ["_InstanceNorm", "_NormBase"], changes: normBias };
/** torch 2.1+'s `bias` of the transformer layers, before `device`. */
const layerBias = [{ since: "2.6", params: insert(LAYER, "bias", "device") }];
/** Every type a spec may name, by torch class name. */
export const MODULE_TYPES = {
    Linear: plain(Linear, ["in_features", "out_features", "bias", "device", "dtype"], 2, {
        draws: true,
    }),
    Bilinear: plain(Bilinear, ["in1_features", "in2_features", "out_features", "bias", "device", "dtype"], 3, { draws: true }),
    Identity: {
        cls: Identity,
        params: [],
        positional: 0,
        ignoresArguments: true,
        create: () => new Identity(),
    },
    Conv1d: plain(Conv1d, CONV, 3, conv),
    Conv2d: plain(Conv2d, CONV, 3, conv),
    Conv3d: plain(Conv3d, CONV, 3, conv),
    ConvTranspose1d: plain(ConvTranspose1d, CONV_T, 3, convT),
    ConvTranspose2d: plain(ConvTranspose2d, CONV_T, 3, convT),
    ConvTranspose3d: plain(ConvTranspose3d, CONV_T, 3, convT),
    Embedding: plain(Embedding, [
        "num_embeddings",
        "embedding_dim",
        "padding_idx",
        "max_norm",
        "norm_type",
        "scale_grad_by_freq",
        "sparse",
        "_weight",
        "device",
        "dtype",
    ], 2, {
        draws: true,
        unsupported: ["_weight"],
        changes: [{
                since: "2.6",
                params: [
                    "num_embeddings",
                    "embedding_dim",
                    "padding_idx",
                    "max_norm",
                    "norm_type",
                    "scale_grad_by_freq",
                    "sparse",
                    "_weight",
                    "_freeze",
                    "device",
                    "dtype",
                ],
                unsupported: ["_weight", "_freeze"],
            }],
    }),
    EmbeddingBag: plain(EmbeddingBag, [
        "num_embeddings",
        "embedding_dim",
        "max_norm",
        "norm_type",
        "scale_grad_by_freq",
        "mode",
        "sparse",
        "_weight",
        "include_last_offset",
        "padding_idx",
        "device",
        "dtype",
    ], 2, { draws: true, unsupported: ["_weight"] }),
    RNN: plain(RNN, RNN_BASE, 2, {
        keywordOnly: ["nonlinearity"],
        bases: ["RNNBase"],
        draws: true,
        // torch 2.x's RNN.__init__ takes a 4th positional argument as nonlinearity
        changes: [{
                since: "2.6",
                params: insert(RNN_BASE, "nonlinearity", "bias"),
                keywordOnly: [],
            }],
    }),
    LSTM: plain(LSTM, RNN_BASE, 2, { bases: ["RNNBase"], draws: true }),
    GRU: plain(GRU, RNN_BASE, 2, { bases: ["RNNBase"], draws: true }),
    RNNCell: plain(RNNCell, ["input_size", "hidden_size", "bias", "nonlinearity", "device", "dtype"], 2, { bases: ["RNNCellBase"], draws: true }),
    LSTMCell: plain(LSTMCell, CELL, 2, { bases: ["RNNCellBase"], draws: true }),
    GRUCell: plain(GRUCell, CELL, 2, { bases: ["RNNCellBase"], draws: true }),
    LayerNorm: plain(LayerNorm, ["normalized_shape", "eps", "elementwise_affine", "device", "dtype"], 1, {
        changes: [{
                since: "2.6",
                params: ["normalized_shape", "eps", "elementwise_affine", "bias", "device", "dtype"],
            }],
    }),
    RMSNorm: plain(RMSNorm, ["normalized_shape", "eps", "elementwise_affine", "device", "dtype"], 1, { since: "2.6" }),
    GroupNorm: plain(GroupNorm, ["num_groups", "num_channels", "eps", "affine", "device", "dtype"], 2, { changes: normBias }),
    BatchNorm1d: plain(BatchNorm1d, NORM, 1, bn),
    BatchNorm2d: plain(BatchNorm2d, NORM, 1, bn),
    BatchNorm3d: plain(BatchNorm3d, NORM, 1, bn),
    InstanceNorm1d: plain(InstanceNorm1d, NORM, 1, inorm),
    InstanceNorm2d: plain(InstanceNorm2d, NORM, 1, inorm),
    InstanceNorm3d: plain(InstanceNorm3d, NORM, 1, inorm),
    PReLU: plain(PReLU, ["num_parameters", "init", "device", "dtype"], 1, { required: 0 }),
    MultiheadAttention: plain(MultiheadAttention, [
        "embed_dim",
        "num_heads",
        "dropout",
        "bias",
        "add_bias_kv",
        "add_zero_attn",
        "kdim",
        "vdim",
        "batch_first",
        "device",
        "dtype",
    ], 2, { draws: true }),
    NonDynamicallyQuantizableLinear: plain(NonDynamicallyQuantizableLinear, ["in_features", "out_features", "bias", "device", "dtype"], 2, { bases: ["Linear"], draws: true, internal: true }),
    ModuleList: plain(ModuleList, ["modules"], 1, { required: 0 }),
    ModuleDict: plain(ModuleDict, ["modules"], 1, { required: 0 }),
    ReLU: plain(ReLU, ["inplace"], 0),
    GELU: plain(GELU, ["approximate"], 0),
    Tanh: plain(Tanh, [], 0, { create: () => new Tanh() }),
    Sigmoid: plain(Sigmoid, [], 0, { create: () => new Sigmoid() }),
    Dropout: plain(Dropout, ["p", "inplace"], 1, { required: 0, bases: ["_DropoutNd"] }),
    Flatten: plain(Flatten, ["start_dim", "end_dim"], 2, {
        required: 0,
        create: (pos) => new Flatten(...pos),
    }),
    TransformerEncoderLayer: plain(TransformerEncoderLayer, LAYER, 2, {
        draws: true,
        changes: layerBias,
    }),
    TransformerDecoderLayer: plain(TransformerDecoderLayer, LAYER, 2, {
        draws: true,
        changes: layerBias,
    }),
    TransformerEncoder: plain(TransformerEncoder, [
        "encoder_layer",
        "num_layers",
        "norm",
        "enable_nested_tensor",
        "mask_check",
    ], 2),
    TransformerDecoder: plain(TransformerDecoder, ["decoder_layer", "num_layers", "norm"], 2),
    Transformer: plain(Transformer, [
        "d_model",
        "nhead",
        "num_encoder_layers",
        "num_decoder_layers",
        "dim_feedforward",
        "dropout",
        "activation",
        "custom_encoder",
        "custom_decoder",
        "layer_norm_eps",
        "batch_first",
        "norm_first",
        "device",
        "dtype",
    ], 0, {
        draws: true,
        changes: [{
                since: "2.6",
                params: [
                    "d_model",
                    "nhead",
                    "num_encoder_layers",
                    "num_decoder_layers",
                    "dim_feedforward",
                    "dropout",
                    "activation",
                    "custom_encoder",
                    "custom_decoder",
                    "layer_norm_eps",
                    "batch_first",
                    "norm_first",
                    "bias",
                    "device",
                    "dtype",
                ],
            }],
    }),
    Sequential: {
        cls: Sequential,
        params: [],
        positional: 0,
        variadic: true,
        create: (pos) => new Sequential(...pos),
    },
};
const resolved = new Map();
/**
 * The type `name` as the given torch release (default: the current one, see
 * `setTorchVersion`) reads its arguments, or `undefined` when that release
 * has no such class (or it is not a spec type).
 */
export function moduleType(name, version = getTorchVersion()) {
    const key = `${version}\u0000${name}`;
    let t = resolved.get(key);
    if (t === undefined) {
        const base = Object.hasOwn(MODULE_TYPES, name) ? MODULE_TYPES[name] : undefined;
        const at = TORCH_VERSIONS.indexOf(version);
        if (base === undefined || (base.since !== undefined && TORCH_VERSIONS.indexOf(base.since) > at)) {
            t = null;
        }
        else {
            t = { ...base };
            for (const { since, ...change } of base.changes ?? []) {
                if (TORCH_VERSIONS.indexOf(since) <= at)
                    Object.assign(t, change);
            }
        }
        resolved.set(key, t);
    }
    return t ?? undefined;
}
