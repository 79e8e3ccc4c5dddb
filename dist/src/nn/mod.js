/* @ts-self-types="./mod.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn`'s modules with their default initialisation, bit for bit: after
 * `manualSeed(s)`, constructing a module here draws exactly what torch 1.13
 * draws in its constructor, in the same order, so the state dict holds the
 * same bits as torch's `torch.manual_seed(s); Module(...)` (for the chosen
 * CPU capability). Modules compute nothing: they hold parameters and buffers
 * named as torch's state dict keys.
 *
 * | PyTorch | here |
 * | --- | --- |
 * | `class Net(nn.Module)` with `self.fc = nn.Linear(4, 2)` | `class Net extends Module { fc = new Linear(4, 2); }` |
 * | `nn.Linear(300, 100, bias=False, dtype=torch.float64)` | `new Linear(300, 100, { bias: false, dtype: "float64" })` |
 * | `nn.Conv2d(3, 16, 3, stride=2, padding=1)` | `new Conv2d(3, 16, 3, { stride: 2, padding: 1 })` |
 * | `nn.Embedding(10, 3, padding_idx=0)` | `new Embedding(10, 3, { paddingIdx: 0 })` |
 * | `nn.Sequential(a, b)`, `nn.ModuleList([...])`, `nn.ModuleDict({...})` | `new Sequential(a, b)`, `new ModuleList([...])`, `new ModuleDict({...})` |
 * | `nn.ReLU(inplace=True)`, `nn.Dropout(0.1)` | `new ReLU({ inplace: true })`, `new Dropout(0.1)` |
 * | `m.weight`, `m.bias is None`, `bn.running_mean` | `m.weight`, `m.bias === null`, `bn.running_mean` |
 * | `net.modules()`, `net.named_parameters()`, `net.apply(fn)` | `net.modules()`, `net.namedParameters()`, `net.apply(fn)` |
 * | `net.state_dict()`, `net.load_state_dict(sd, strict=True)` | `net.stateDict()`, `net.loadStateDict(sd, { strict: true })` |
 * | `m.reset_parameters()` | `m.resetParameters({ generator })` |
 * | `nn.Parameter(t)`, `m.register_buffer(name, t)` | `new Parameter(t)`, `m.registerBuffer(name, t)` |
 *
 * Hyper-parameters are camelCase fields (`inFeatures`, `paddingIdx`);
 * parameters, buffers and submodules keep torch's names (`weight`,
 * `running_mean`, `num_batches_tracked`). Every constructor validates its
 * arguments before drawing, so a throwing constructor leaves the generator
 * untouched, and takes `generator` in its options (default: the default
 * generator).
 *
 * @example torch.manual_seed(0); a custom network, then a re-initialisation loop
 * ```ts
 * import { manualSeed, zeros } from "@torch-parity/init";
 * import { Linear, Module, ReLU, Sequential } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * class Net extends Module {
 *   body = new Sequential(new Linear(4, 8), new ReLU());
 *   head = new Linear(8, 2);
 * }
 * manualSeed(0);
 * const net = new Net();
 * assert.deepEqual([...net.stateDict().keys()], [
 *   "body.0.weight", "body.0.bias", "head.weight", "head.bias",
 * ]);
 * for (const m of net.modules()) if (m instanceof Linear && m.bias) zeros(m.bias);
 * assert.ok(net.head.bias!.data.every((x) => x === 0));
 * ```
 *
 * @module
 */
export { Module } from "./module.js";
export { Parameter } from "./parameter.js";
export { Sequential } from "./sequential.js";
export { ModuleList } from "./module_list.js";
export { ModuleDict } from "./module_dict.js";
export { Linear } from "./linear.js";
export { Bilinear } from "./bilinear.js";
export { Identity } from "./identity.js";
export { _ConvNd } from "./conv_nd.js";
export { _ConvTransposeNd } from "./conv_transpose_nd.js";
export { Conv1d } from "./conv1d.js";
export { Conv2d } from "./conv2d.js";
export { Conv3d } from "./conv3d.js";
export { ConvTranspose1d } from "./conv_transpose1d.js";
export { ConvTranspose2d } from "./conv_transpose2d.js";
export { ConvTranspose3d } from "./conv_transpose3d.js";
export { Embedding } from "./embedding.js";
export { EmbeddingBag } from "./embedding_bag.js";
export { LayerNorm } from "./layer_norm.js";
export { RMSNorm } from "./rms_norm.js";
export { GroupNorm } from "./group_norm.js";
export { _NormBase } from "./norm_base.js";
export { _BatchNorm } from "./batch_norm_base.js";
export { _InstanceNorm } from "./instance_norm_base.js";
export { BatchNorm1d } from "./batch_norm1d.js";
export { BatchNorm2d } from "./batch_norm2d.js";
export { BatchNorm3d } from "./batch_norm3d.js";
export { InstanceNorm1d } from "./instance_norm1d.js";
export { InstanceNorm2d } from "./instance_norm2d.js";
export { InstanceNorm3d } from "./instance_norm3d.js";
export { PReLU } from "./prelu.js";
export { _DropoutNd } from "./dropout_nd.js";
export { ReLU } from "./relu.js";
export { SiLU } from "./silu.js";
export { Mish } from "./mish.js";
export { Hardswish } from "./hardswish.js";
export { Hardsigmoid } from "./hardsigmoid.js";
export { SELU } from "./selu.js";
export { Sigmoid } from "./sigmoid.js";
export { Tanh } from "./tanh.js";
export { LogSigmoid } from "./log_sigmoid.js";
export { Softsign } from "./softsign.js";
export { Tanhshrink } from "./tanhshrink.js";
export { Softmax2d } from "./softmax2d.js";
export { Threshold } from "./threshold.js";
export { RReLU } from "./rrelu.js";
export { Hardtanh } from "./hardtanh.js";
export { ReLU6 } from "./relu6.js";
export { ELU } from "./elu.js";
export { CELU } from "./celu.js";
export { LeakyReLU } from "./leaky_relu.js";
export { GELU } from "./gelu.js";
export { GLU } from "./glu.js";
export { Hardshrink } from "./hardshrink.js";
export { Softshrink } from "./softshrink.js";
export { Softplus } from "./softplus.js";
export { Softmax } from "./softmax.js";
export { Softmin } from "./softmin.js";
export { LogSoftmax } from "./log_softmax.js";
export { Dropout } from "./dropout.js";
export { Dropout1d } from "./dropout1d.js";
export { Dropout2d } from "./dropout2d.js";
export { Dropout3d } from "./dropout3d.js";
export { AlphaDropout } from "./alpha_dropout.js";
export { FeatureAlphaDropout } from "./feature_alpha_dropout.js";
export { Flatten } from "./flatten.js";
export { Unflatten } from "./unflatten.js";
export { _MaxPoolNd } from "./max_pool_nd.js";
export { MaxPool1d } from "./max_pool1d.js";
export { AvgPool1d } from "./avg_pool1d.js";
export { AdaptiveAvgPool1d } from "./adaptive_avg_pool1d.js";
export { AdaptiveMaxPool1d } from "./adaptive_max_pool1d.js";
export { MaxUnpool1d } from "./max_unpool1d.js";
export { MaxPool2d } from "./max_pool2d.js";
export { AvgPool2d } from "./avg_pool2d.js";
export { AdaptiveAvgPool2d } from "./adaptive_avg_pool2d.js";
export { AdaptiveMaxPool2d } from "./adaptive_max_pool2d.js";
export { MaxUnpool2d } from "./max_unpool2d.js";
export { MaxPool3d } from "./max_pool3d.js";
export { AvgPool3d } from "./avg_pool3d.js";
export { AdaptiveAvgPool3d } from "./adaptive_avg_pool3d.js";
export { AdaptiveMaxPool3d } from "./adaptive_max_pool3d.js";
export { MaxUnpool3d } from "./max_unpool3d.js";
export { LPPool1d } from "./lp_pool1d.js";
export { LPPool2d } from "./lp_pool2d.js";
export { Upsample } from "./upsample.js";
export { UpsamplingNearest2d } from "./upsampling_nearest2d.js";
export { UpsamplingBilinear2d } from "./upsampling_bilinear2d.js";
export { ConstantPad1d } from "./constant_pad1d.js";
export { ReflectionPad1d } from "./reflection_pad1d.js";
export { ReplicationPad1d } from "./replication_pad1d.js";
export { ConstantPad2d } from "./constant_pad2d.js";
export { ReflectionPad2d } from "./reflection_pad2d.js";
export { ReplicationPad2d } from "./replication_pad2d.js";
export { ConstantPad3d } from "./constant_pad3d.js";
export { ReflectionPad3d } from "./reflection_pad3d.js";
export { ReplicationPad3d } from "./replication_pad3d.js";
export { ZeroPad2d } from "./zero_pad2d.js";
export { PixelShuffle } from "./pixel_shuffle.js";
export { PixelUnshuffle } from "./pixel_unshuffle.js";
export { ChannelShuffle } from "./channel_shuffle.js";
export { Fold } from "./fold.js";
export { Unfold } from "./unfold.js";
export { CosineSimilarity } from "./cosine_similarity.js";
export { PairwiseDistance } from "./pairwise_distance.js";
export { LocalResponseNorm } from "./local_response_norm.js";
export { CrossMapLRN2d } from "./cross_map_lrn2d.js";
export { buildModule } from "./build_module.js";
export { RNNBase } from "./rnn_base.js";
export { RNN } from "./rnn.js";
export { LSTM } from "./lstm.js";
export { GRU } from "./gru.js";
export { RNNCellBase } from "./rnn_cell_base.js";
export { RNNCell } from "./rnn_cell.js";
export { LSTMCell } from "./lstm_cell.js";
export { GRUCell } from "./gru_cell.js";
export { MultiheadAttention } from "./multihead_attention.js";
export { NonDynamicallyQuantizableLinear } from "./multihead_attention_out_proj.js";
export { TransformerEncoderLayer } from "./transformer_encoder_layer.js";
export { TransformerDecoderLayer } from "./transformer_decoder_layer.js";
export { TransformerEncoder } from "./transformer_encoder.js";
export { TransformerDecoder } from "./transformer_decoder.js";
export { Transformer } from "./transformer.js";
