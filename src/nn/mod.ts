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

export type { AnyDType, DType, FloatData, Tensor, TensorData } from "../tensor.ts";
export type { Generator } from "../random/generator.ts";
export type {
  IncompatibleKeys,
  LoadStateDictOptions,
  NamedMembersOptions,
  NamedModulesOptions,
  RegisterBufferOptions,
  ResetOptions,
  StateDictOptions,
  TensorLike,
} from "./module.ts";
export { Module } from "./module.ts";
export type { ParameterOptions } from "./parameter.ts";
export { Parameter } from "./parameter.ts";
export { Sequential } from "./sequential.ts";
export { ModuleList } from "./module_list.ts";
export type { ModuleDictInput } from "./module_dict.ts";
export { ModuleDict } from "./module_dict.ts";
export type { LinearOptions } from "./linear.ts";
export { Linear } from "./linear.ts";
export { Bilinear } from "./bilinear.ts";
export { Identity } from "./identity.ts";
export type { ConvNdSettings, PaddingMode } from "./conv_nd.ts";
export { _ConvNd } from "./conv_nd.ts";
export { _ConvTransposeNd } from "./conv_transpose_nd.ts";
export type { ConvOptions } from "./conv1d.ts";
export { Conv1d } from "./conv1d.ts";
export { Conv2d } from "./conv2d.ts";
export { Conv3d } from "./conv3d.ts";
export type { ConvTransposeOptions } from "./conv_transpose1d.ts";
export { ConvTranspose1d } from "./conv_transpose1d.ts";
export { ConvTranspose2d } from "./conv_transpose2d.ts";
export { ConvTranspose3d } from "./conv_transpose3d.ts";
export type { EmbeddingOptions } from "./embedding.ts";
export { Embedding } from "./embedding.ts";
export type { EmbeddingBagOptions } from "./embedding_bag.ts";
export { EmbeddingBag } from "./embedding_bag.ts";
export type { LayerNormOptions } from "./layer_norm.ts";
export { LayerNorm } from "./layer_norm.ts";
export type { RMSNormOptions } from "./rms_norm.ts";
export { RMSNorm } from "./rms_norm.ts";
export type { GroupNormOptions } from "./group_norm.ts";
export { GroupNorm } from "./group_norm.ts";
export type { NormOptions } from "./norm_base.ts";
export { _NormBase } from "./norm_base.ts";
export { _BatchNorm } from "./batch_norm_base.ts";
export { _InstanceNorm } from "./instance_norm_base.ts";
export { BatchNorm1d } from "./batch_norm1d.ts";
export { BatchNorm2d } from "./batch_norm2d.ts";
export { BatchNorm3d } from "./batch_norm3d.ts";
export { InstanceNorm1d } from "./instance_norm1d.ts";
export { InstanceNorm2d } from "./instance_norm2d.ts";
export { InstanceNorm3d } from "./instance_norm3d.ts";
export type { PReLUOptions } from "./prelu.ts";
export { PReLU } from "./prelu.ts";
export { _DropoutNd } from "./dropout_nd.ts";
export type { InplaceOptions } from "./relu.ts";
export { ReLU } from "./relu.ts";
export { SiLU } from "./silu.ts";
export { Mish } from "./mish.ts";
export { Hardswish } from "./hardswish.ts";
export { Hardsigmoid } from "./hardsigmoid.ts";
export { SELU } from "./selu.ts";
export { Sigmoid } from "./sigmoid.ts";
export { Tanh } from "./tanh.ts";
export { LogSigmoid } from "./log_sigmoid.ts";
export { Softsign } from "./softsign.ts";
export { Tanhshrink } from "./tanhshrink.ts";
export { Softmax2d } from "./softmax2d.ts";
export { Threshold } from "./threshold.ts";
export { RReLU } from "./rrelu.ts";
export { Hardtanh } from "./hardtanh.ts";
export { ReLU6 } from "./relu6.ts";
export { ELU } from "./elu.ts";
export { CELU } from "./celu.ts";
export { LeakyReLU } from "./leaky_relu.ts";
export type { GELUOptions } from "./gelu.ts";
export { GELU } from "./gelu.ts";
export { GLU } from "./glu.ts";
export { Hardshrink } from "./hardshrink.ts";
export { Softshrink } from "./softshrink.ts";
export { Softplus } from "./softplus.ts";
export { Softmax } from "./softmax.ts";
export { Softmin } from "./softmin.ts";
export { LogSoftmax } from "./log_softmax.ts";
export { Dropout } from "./dropout.ts";
export { Dropout1d } from "./dropout1d.ts";
export { Dropout2d } from "./dropout2d.ts";
export { Dropout3d } from "./dropout3d.ts";
export { AlphaDropout } from "./alpha_dropout.ts";
export { FeatureAlphaDropout } from "./feature_alpha_dropout.ts";
export { Flatten } from "./flatten.ts";
export { Unflatten } from "./unflatten.ts";
export type { MaxPoolOptions } from "./max_pool_nd.ts";
export { _MaxPoolNd } from "./max_pool_nd.ts";
export { MaxPool1d } from "./max_pool1d.ts";
export type { AvgPool1dOptions } from "./avg_pool1d.ts";
export { AvgPool1d } from "./avg_pool1d.ts";
export { AdaptiveAvgPool1d } from "./adaptive_avg_pool1d.ts";
export type { AdaptiveMaxPoolOptions } from "./adaptive_max_pool1d.ts";
export { AdaptiveMaxPool1d } from "./adaptive_max_pool1d.ts";
export type { MaxUnpoolOptions } from "./max_unpool1d.ts";
export { MaxUnpool1d } from "./max_unpool1d.ts";
export { MaxPool2d } from "./max_pool2d.ts";
export type { AvgPoolOptions } from "./avg_pool2d.ts";
export { AvgPool2d } from "./avg_pool2d.ts";
export { AdaptiveAvgPool2d } from "./adaptive_avg_pool2d.ts";
export { AdaptiveMaxPool2d } from "./adaptive_max_pool2d.ts";
export { MaxUnpool2d } from "./max_unpool2d.ts";
export { MaxPool3d } from "./max_pool3d.ts";
export { AvgPool3d } from "./avg_pool3d.ts";
export { AdaptiveAvgPool3d } from "./adaptive_avg_pool3d.ts";
export { AdaptiveMaxPool3d } from "./adaptive_max_pool3d.ts";
export { MaxUnpool3d } from "./max_unpool3d.ts";
export type { LPPoolOptions } from "./lp_pool1d.ts";
export { LPPool1d } from "./lp_pool1d.ts";
export { LPPool2d } from "./lp_pool2d.ts";
export type { UpsampleOptions } from "./upsample.ts";
export type { UpsampleMode } from "./_upsample_mode.ts";
export { Upsample } from "./upsample.ts";
export type { Upsampling2dOptions } from "./upsampling_nearest2d.ts";
export { UpsamplingNearest2d } from "./upsampling_nearest2d.ts";
export { UpsamplingBilinear2d } from "./upsampling_bilinear2d.ts";
export { ConstantPad1d } from "./constant_pad1d.ts";
export { ReflectionPad1d } from "./reflection_pad1d.ts";
export { ReplicationPad1d } from "./replication_pad1d.ts";
export { ConstantPad2d } from "./constant_pad2d.ts";
export { ReflectionPad2d } from "./reflection_pad2d.ts";
export { ReplicationPad2d } from "./replication_pad2d.ts";
export { ConstantPad3d } from "./constant_pad3d.ts";
export { ReflectionPad3d } from "./reflection_pad3d.ts";
export { ReplicationPad3d } from "./replication_pad3d.ts";
export { ZeroPad2d } from "./zero_pad2d.ts";
export { PixelShuffle } from "./pixel_shuffle.ts";
export { PixelUnshuffle } from "./pixel_unshuffle.ts";
export { ChannelShuffle } from "./channel_shuffle.ts";
export type { FoldOptions } from "./fold.ts";
export { Fold } from "./fold.ts";
export { Unfold } from "./unfold.ts";
export { CosineSimilarity } from "./cosine_similarity.ts";
export type { PairwiseDistanceOptions } from "./pairwise_distance.ts";
export { PairwiseDistance } from "./pairwise_distance.ts";
export type { LocalResponseNormOptions } from "./local_response_norm.ts";
export { LocalResponseNorm } from "./local_response_norm.ts";
export { CrossMapLRN2d } from "./cross_map_lrn2d.ts";
export type {
  BuildModuleOptions,
  ModuleSpec,
  ParameterMatch,
  ReinitBranch,
  ReinitInit,
  ReinitStep,
  SpecValue,
} from "./build_module.ts";
export { buildModule } from "./build_module.ts";
export type { RNNBaseOptions, RNNMode } from "./rnn_base.ts";
export { RNNBase } from "./rnn_base.ts";
export type { RNNOptions } from "./rnn.ts";
export { RNN } from "./rnn.ts";
export type { LSTMOptions } from "./lstm.ts";
export { LSTM } from "./lstm.ts";
export type { GRUOptions } from "./gru.ts";
export { GRU } from "./gru.ts";
export type { RNNCellBaseOptions } from "./rnn_cell_base.ts";
export { RNNCellBase } from "./rnn_cell_base.ts";
export type { RNNCellOptions } from "./rnn_cell.ts";
export { RNNCell } from "./rnn_cell.ts";
export type { LSTMCellOptions } from "./lstm_cell.ts";
export { LSTMCell } from "./lstm_cell.ts";
export type { GRUCellOptions } from "./gru_cell.ts";
export { GRUCell } from "./gru_cell.ts";
export type { MultiheadAttentionOptions } from "./multihead_attention.ts";
export { MultiheadAttention } from "./multihead_attention.ts";
export { NonDynamicallyQuantizableLinear } from "./multihead_attention_out_proj.ts";
export type {
  TransformerActivation,
  TransformerEncoderLayerOptions,
  TransformerLayerArgs,
} from "./transformer_encoder_layer.ts";
export { TransformerEncoderLayer } from "./transformer_encoder_layer.ts";
export type { TransformerDecoderLayerOptions } from "./transformer_decoder_layer.ts";
export { TransformerDecoderLayer } from "./transformer_decoder_layer.ts";
export type { TransformerEncoderOptions } from "./transformer_encoder.ts";
export { TransformerEncoder } from "./transformer_encoder.ts";
export type { TransformerDecoderOptions } from "./transformer_decoder.ts";
export { TransformerDecoder } from "./transformer_decoder.ts";
export type { TransformerOptions } from "./transformer.ts";
export { Transformer } from "./transformer.ts";
