// Copyright 2026 the torch-parity authors. MIT license.
// The nn-core modules (Linear … PReLU, the parameter-free modules, containers,
// custom modules and re-initialisation loops) against live torch 1.13.1, on
// CPU capabilities avx2 and default: state_dict names, order, shapes, dtypes
// and bits, the module tree, the parameter names, and the generator state
// after construction. Refused arguments: same refusal, generator untouched.
import { type LiveCase, liveTorchTest } from "./_rnn_live_torch_test.ts";
import { kaimingNormal } from "../init/kaiming_normal.ts";
import { normal } from "../init/normal.ts";
import { uniform } from "../init/uniform.ts";
import { xavierNormal } from "../init/xavier_normal.ts";
import { xavierUniform } from "../init/xavier_uniform.ts";
import { zeros } from "../init/zeros.ts";
import { constant } from "../init/constant.ts";
import { empty } from "../tensor.ts";
import * as nn from "./mod.ts";
import { Module } from "./module.ts";

const f64 = "float64" as const;

const layers: LiveCase[] = [
  // Linear
  { name: "Linear(3, 2)", py: "m = nn.Linear(3, 2)", ts: () => new nn.Linear(3, 2) },
  {
    name: "Linear(5, 4, bias=False)",
    seed: 1,
    py: "m = nn.Linear(5, 4, bias=False)",
    ts: () => new nn.Linear(5, 4, { bias: false }),
  },
  {
    name: "Linear(300, 100, bias=False, float64)",
    seed: 2,
    py: "m = nn.Linear(300, 100, bias=False, dtype=torch.float64)",
    ts: () => new nn.Linear(300, 100, { bias: false, dtype: f64 }),
  },
  {
    name: "Linear(7, 9, float64)",
    seed: 3,
    py: "m = nn.Linear(7, 9, dtype=torch.float64)",
    ts: () => new nn.Linear(7, 9, { dtype: f64 }),
  },
  { name: "Linear(17, 16)", seed: 4, py: "m = nn.Linear(17, 16)", ts: () => new nn.Linear(17, 16) },
  { name: "Linear(1, 1)", seed: 5, py: "m = nn.Linear(1, 1)", ts: () => new nn.Linear(1, 1) },
  { name: "Linear(0, 3)", seed: 6, py: "m = nn.Linear(0, 3)", ts: () => new nn.Linear(0, 3) },
  { name: "Linear(3, 0)", seed: 6, py: "m = nn.Linear(3, 0)", ts: () => new nn.Linear(3, 0) },
  // Bilinear
  { name: "Bilinear(4, 3, 2)", py: "m = nn.Bilinear(4, 3, 2)", ts: () => new nn.Bilinear(4, 3, 2) },
  {
    name: "Bilinear(5, 2, 3, bias=False, float64)",
    seed: 8,
    py: "m = nn.Bilinear(5, 2, 3, bias=False, dtype=torch.float64)",
    ts: () => new nn.Bilinear(5, 2, 3, { bias: false, dtype: f64 }),
  },
  {
    name: "Identity(54, unused=True)",
    py: "m = nn.Identity(54, unused=True)",
    ts: () => new nn.Identity(54, { unused: true }),
  },
  // Convolutions
  { name: "Conv1d(4, 6, 3)", py: "m = nn.Conv1d(4, 6, 3)", ts: () => new nn.Conv1d(4, 6, 3) },
  {
    name: "Conv1d groups, padding same, reflect, dilation, no bias",
    seed: 9,
    py: "m = nn.Conv1d(4, 8, 5, padding='same', dilation=2, groups=2, bias=False, " +
      "padding_mode='reflect')",
    ts: () =>
      new nn.Conv1d(4, 8, 5, {
        padding: "same",
        dilation: 2,
        groups: 2,
        bias: false,
        paddingMode: "reflect",
      }),
  },
  {
    name: "Conv2d(3, 16, 3, stride=2, padding=1)",
    seed: 10,
    py: "m = nn.Conv2d(3, 16, 3, stride=2, padding=1)",
    ts: () => new nn.Conv2d(3, 16, 3, { stride: 2, padding: 1 }),
  },
  {
    name: "Conv2d(4, 4, (3, 5)) depthwise, float64",
    seed: 11,
    py: "m = nn.Conv2d(4, 4, (3, 5), groups=4, padding='valid', dtype=torch.float64)",
    ts: () => new nn.Conv2d(4, 4, [3, 5], { groups: 4, padding: "valid", dtype: f64 }),
  },
  {
    name: "Conv2d(2, 5, 1, padding_mode=circular)",
    seed: 12,
    py: "m = nn.Conv2d(2, 5, 1, padding=(1, 2), padding_mode='circular')",
    ts: () => new nn.Conv2d(2, 5, 1, { padding: [1, 2], paddingMode: "circular" }),
  },
  {
    // With a bias, torch leaves it uninitialised (torch.empty, nothing drawn
    // when fanIn is 0); here it is zeros. Without one, everything is defined.
    name: "Conv2d(0, 3, 3, bias=False): zero-element weight, nothing drawn",
    seed: 13,
    py: "m = nn.Conv2d(0, 3, 3, bias=False)",
    ts: () => new nn.Conv2d(0, 3, 3, { bias: false }),
  },
  {
    name: "Conv3d(2, 4, 3)",
    seed: 14,
    py: "m = nn.Conv3d(2, 4, 3)",
    ts: () => new nn.Conv3d(2, 4, 3),
  },
  {
    name: "Conv3d(2, 2, (1, 2, 3), stride=(1, 2, 1), replicate)",
    seed: 15,
    py: "m = nn.Conv3d(2, 2, (1, 2, 3), stride=(1, 2, 1), padding_mode='replicate')",
    ts: () => new nn.Conv3d(2, 2, [1, 2, 3], { stride: [1, 2, 1], paddingMode: "replicate" }),
  },
  {
    name: "ConvTranspose1d(4, 6, 3, groups=2)",
    seed: 16,
    py: "m = nn.ConvTranspose1d(4, 6, 3, groups=2)",
    ts: () => new nn.ConvTranspose1d(4, 6, 3, { groups: 2 }),
  },
  {
    name: "ConvTranspose2d(3, 5, (2, 3), stride=2, output_padding=1)",
    seed: 17,
    py: "m = nn.ConvTranspose2d(3, 5, (2, 3), stride=2, output_padding=1, dilation=2)",
    ts: () => new nn.ConvTranspose2d(3, 5, [2, 3], { stride: 2, outputPadding: 1, dilation: 2 }),
  },
  {
    name: "ConvTranspose2d(16, 8, 4, bias=False, float64)",
    seed: 18,
    py: "m = nn.ConvTranspose2d(16, 8, 4, bias=False, dtype=torch.float64)",
    ts: () => new nn.ConvTranspose2d(16, 8, 4, { bias: false, dtype: f64 }),
  },
  {
    name: "ConvTranspose3d(2, 3, 2)",
    seed: 19,
    py: "m = nn.ConvTranspose3d(2, 3, 2, padding=1)",
    ts: () => new nn.ConvTranspose3d(2, 3, 2, { padding: 1 }),
  },
  // Embeddings
  { name: "Embedding(10, 3)", py: "m = nn.Embedding(10, 3)", ts: () => new nn.Embedding(10, 3) },
  {
    name: "Embedding padding_idx=0, max_norm, sparse",
    seed: 20,
    py: "m = nn.Embedding(6, 4, padding_idx=0, max_norm=1.0, norm_type=1.5, " +
      "scale_grad_by_freq=True, sparse=True)",
    ts: () =>
      new nn.Embedding(6, 4, {
        paddingIdx: 0,
        maxNorm: 1,
        normType: 1.5,
        scaleGradByFreq: true,
        sparse: true,
      }),
  },
  {
    name: "Embedding padding_idx=-1",
    seed: 21,
    py: "m = nn.Embedding(10, 3, padding_idx=-1)",
    ts: () => new nn.Embedding(10, 3, { paddingIdx: -1 }),
  },
  {
    name: "Embedding padding_idx=-10, float64",
    seed: 22,
    py: "m = nn.Embedding(10, 17, padding_idx=-10, dtype=torch.float64)",
    ts: () => new nn.Embedding(10, 17, { paddingIdx: -10, dtype: f64 }),
  },
  {
    name: "Embedding _weight: nothing drawn",
    seed: 23,
    py: "m = nn.Embedding(2, 3, padding_idx=1, _weight=torch.ones(2, 3))",
    ts: () => {
      const w = empty([2, 3]);
      w.data.fill(1);
      return new nn.Embedding(2, 3, { paddingIdx: 1, weight: w });
    },
  },
  {
    name: "EmbeddingBag(6, 4, mode=sum, padding_idx=2)",
    seed: 24,
    py: "m = nn.EmbeddingBag(6, 4, mode='sum', padding_idx=2, include_last_offset=True)",
    ts: () => new nn.EmbeddingBag(6, 4, { mode: "sum", paddingIdx: 2, includeLastOffset: true }),
  },
  {
    name: "EmbeddingBag(5, 3, float64)",
    seed: 25,
    py: "m = nn.EmbeddingBag(5, 3, mode='max', dtype=torch.float64)",
    ts: () => new nn.EmbeddingBag(5, 3, { mode: "max", dtype: f64 }),
  },
  // Normalisation
  { name: "LayerNorm(4)", py: "m = nn.LayerNorm(4)", ts: () => new nn.LayerNorm(4) },
  {
    name: "LayerNorm([2, 3], float64)",
    py: "m = nn.LayerNorm([2, 3], eps=1e-6, dtype=torch.float64)",
    ts: () => new nn.LayerNorm([2, 3], { eps: 1e-6, dtype: f64 }),
  },
  {
    name: "LayerNorm(5, elementwise_affine=False)",
    py: "m = nn.LayerNorm(5, elementwise_affine=False)",
    ts: () => new nn.LayerNorm(5, { elementwiseAffine: false }),
  },
  { name: "GroupNorm(2, 6)", py: "m = nn.GroupNorm(2, 6)", ts: () => new nn.GroupNorm(2, 6) },
  {
    name: "GroupNorm(3, 3, affine=False)",
    py: "m = nn.GroupNorm(3, 3, affine=False)",
    ts: () => new nn.GroupNorm(3, 3, { affine: false }),
  },
  { name: "BatchNorm1d(4)", py: "m = nn.BatchNorm1d(4)", ts: () => new nn.BatchNorm1d(4) },
  {
    name: "BatchNorm2d(3, affine=False, momentum=None)",
    py: "m = nn.BatchNorm2d(3, affine=False, momentum=None)",
    ts: () => new nn.BatchNorm2d(3, { affine: false, momentum: null }),
  },
  {
    name: "BatchNorm2d(3, track_running_stats=False)",
    py: "m = nn.BatchNorm2d(3, track_running_stats=False)",
    ts: () => new nn.BatchNorm2d(3, { trackRunningStats: false }),
  },
  {
    name: "BatchNorm3d(5, float64)",
    py: "m = nn.BatchNorm3d(5, eps=1e-3, dtype=torch.float64)",
    ts: () => new nn.BatchNorm3d(5, { eps: 1e-3, dtype: f64 }),
  },
  { name: "InstanceNorm1d(4)", py: "m = nn.InstanceNorm1d(4)", ts: () => new nn.InstanceNorm1d(4) },
  {
    name: "InstanceNorm2d(3, affine, track)",
    py: "m = nn.InstanceNorm2d(3, affine=True, track_running_stats=True)",
    ts: () => new nn.InstanceNorm2d(3, { affine: true, trackRunningStats: true }),
  },
  {
    name: "InstanceNorm3d(2, affine, float64)",
    py: "m = nn.InstanceNorm3d(2, affine=True, dtype=torch.float64)",
    ts: () => new nn.InstanceNorm3d(2, { affine: true, dtype: f64 }),
  },
  { name: "PReLU()", py: "m = nn.PReLU()", ts: () => new nn.PReLU() },
  {
    name: "PReLU(8, init=0.1, float64)",
    py: "m = nn.PReLU(8, init=0.1, dtype=torch.float64)",
    ts: () => new nn.PReLU(8, { init: 0.1, dtype: f64 }),
  },
  { name: "PReLU(3, 0.3)", py: "m = nn.PReLU(3, 0.3)", ts: () => new nn.PReLU(3, { init: 0.3 }) },
];

/** Parameter-free modules: [python constructor, our constructor]. */
const FREE: Array<[string, () => Module]> = [
  ["nn.ReLU(inplace=True)", () => new nn.ReLU({ inplace: true })],
  ["nn.ReLU6()", () => new nn.ReLU6()],
  ["nn.LeakyReLU(0.2, inplace=True)", () => new nn.LeakyReLU(0.2, { inplace: true })],
  ["nn.RReLU(0.1, 0.3)", () => new nn.RReLU(0.1, 0.3)],
  ["nn.PReLU", () => new nn.PReLU()],
  ["nn.ELU(alpha=0.5)", () => new nn.ELU(0.5)],
  ["nn.CELU()", () => new nn.CELU()],
  ["nn.SELU()", () => new nn.SELU()],
  ["nn.GELU(approximate='tanh')", () => new nn.GELU({ approximate: "tanh" })],
  ["nn.SiLU()", () => new nn.SiLU()],
  ["nn.Mish()", () => new nn.Mish()],
  ["nn.Hardswish()", () => new nn.Hardswish()],
  ["nn.Hardsigmoid()", () => new nn.Hardsigmoid()],
  ["nn.Hardtanh(-2.0, 2.0)", () => new nn.Hardtanh(-2, 2)],
  ["nn.Hardshrink(0.3)", () => new nn.Hardshrink(0.3)],
  ["nn.Softshrink()", () => new nn.Softshrink()],
  ["nn.Tanhshrink()", () => new nn.Tanhshrink()],
  ["nn.Threshold(0.1, 20.0)", () => new nn.Threshold(0.1, 20)],
  ["nn.Sigmoid()", () => new nn.Sigmoid()],
  ["nn.LogSigmoid()", () => new nn.LogSigmoid()],
  ["nn.Tanh()", () => new nn.Tanh()],
  ["nn.Softsign()", () => new nn.Softsign()],
  ["nn.Softplus(beta=2, threshold=10)", () => new nn.Softplus(2, 10)],
  ["nn.Softmax(dim=-1)", () => new nn.Softmax(-1)],
  ["nn.Softmin(1)", () => new nn.Softmin(1)],
  ["nn.LogSoftmax(dim=1)", () => new nn.LogSoftmax(1)],
  ["nn.Softmax2d()", () => new nn.Softmax2d()],
  ["nn.GLU()", () => new nn.GLU()],
  ["nn.Dropout(0.1)", () => new nn.Dropout(0.1)],
  ["nn.Dropout1d(p=0.2)", () => new nn.Dropout1d(0.2)],
  ["nn.Dropout2d(inplace=True)", () => new nn.Dropout2d(0.5, { inplace: true })],
  ["nn.Dropout3d(1.0)", () => new nn.Dropout3d(1)],
  ["nn.AlphaDropout(0.0)", () => new nn.AlphaDropout(0)],
  ["nn.FeatureAlphaDropout()", () => new nn.FeatureAlphaDropout()],
  ["nn.Flatten()", () => new nn.Flatten()],
  ["nn.Flatten(0, 2)", () => new nn.Flatten(0, 2)],
  ["nn.Unflatten(1, (2, 3))", () => new nn.Unflatten(1, [2, 3])],
  ["nn.MaxPool1d(3, stride=2)", () => new nn.MaxPool1d(3, { stride: 2 })],
  ["nn.MaxPool2d(2)", () => new nn.MaxPool2d(2)],
  [
    "nn.MaxPool3d(3, 1, 1, 2, True, True)",
    () =>
      new nn.MaxPool3d(3, {
        stride: 1,
        padding: 1,
        dilation: 2,
        returnIndices: true,
        ceilMode: true,
      }),
  ],
  ["nn.AvgPool1d(2)", () => new nn.AvgPool1d(2)],
  ["nn.AvgPool2d(3, stride=2, padding=1)", () => new nn.AvgPool2d(3, { stride: 2, padding: 1 })],
  ["nn.AvgPool3d(2, divisor_override=3)", () => new nn.AvgPool3d(2, { divisorOverride: 3 })],
  ["nn.AdaptiveAvgPool1d(4)", () => new nn.AdaptiveAvgPool1d(4)],
  ["nn.AdaptiveAvgPool2d((1, 1))", () => new nn.AdaptiveAvgPool2d([1, 1])],
  ["nn.AdaptiveAvgPool3d((None, 2, 2))", () => new nn.AdaptiveAvgPool3d([null, 2, 2])],
  ["nn.AdaptiveMaxPool1d(3)", () => new nn.AdaptiveMaxPool1d(3)],
  [
    "nn.AdaptiveMaxPool2d(1, return_indices=True)",
    () => new nn.AdaptiveMaxPool2d(1, { returnIndices: true }),
  ],
  ["nn.AdaptiveMaxPool3d(2)", () => new nn.AdaptiveMaxPool3d(2)],
  ["nn.LPPool1d(2, 3)", () => new nn.LPPool1d(2, 3)],
  ["nn.LPPool2d(1.5, 2, stride=1)", () => new nn.LPPool2d(1.5, 2, { stride: 1 })],
  ["nn.MaxUnpool1d(2)", () => new nn.MaxUnpool1d(2)],
  ["nn.MaxUnpool2d(2, stride=2)", () => new nn.MaxUnpool2d(2, { stride: 2 })],
  ["nn.MaxUnpool3d(3, padding=1)", () => new nn.MaxUnpool3d(3, { padding: 1 })],
  [
    "nn.Upsample(scale_factor=2, mode='nearest')",
    () => new nn.Upsample({ scaleFactor: 2, mode: "nearest" }),
  ],
  [
    "nn.Upsample(size=(4, 4), mode='bilinear', align_corners=True)",
    () => new nn.Upsample({ size: [4, 4], mode: "bilinear", alignCorners: true }),
  ],
  ["nn.UpsamplingNearest2d(scale_factor=2)", () => new nn.UpsamplingNearest2d({ scaleFactor: 2 })],
  ["nn.UpsamplingBilinear2d(size=3)", () => new nn.UpsamplingBilinear2d({ size: 3 })],
  ["nn.ZeroPad2d(2)", () => new nn.ZeroPad2d(2)],
  ["nn.ZeroPad2d((1, 0, 2, -1))", () => new nn.ZeroPad2d([1, 0, 2, -1])],
  ["nn.ConstantPad1d(2, 3.5)", () => new nn.ConstantPad1d(2, 3.5)],
  ["nn.ConstantPad2d((1, 1, 2, 0), 0.0)", () => new nn.ConstantPad2d([1, 1, 2, 0], 0)],
  ["nn.ConstantPad3d(1, -1.0)", () => new nn.ConstantPad3d(1, -1)],
  ["nn.ReflectionPad1d(2)", () => new nn.ReflectionPad1d(2)],
  ["nn.ReflectionPad2d((1, 1, 2, 2))", () => new nn.ReflectionPad2d([1, 1, 2, 2])],
  ["nn.ReflectionPad3d(1)", () => new nn.ReflectionPad3d(1)],
  ["nn.ReplicationPad1d((3, 1))", () => new nn.ReplicationPad1d([3, 1])],
  ["nn.ReplicationPad2d(1)", () => new nn.ReplicationPad2d(1)],
  ["nn.ReplicationPad3d(2)", () => new nn.ReplicationPad3d(2)],
  ["nn.PixelShuffle(3)", () => new nn.PixelShuffle(3)],
  ["nn.PixelUnshuffle(2)", () => new nn.PixelUnshuffle(2)],
  ["nn.ChannelShuffle(2)", () => new nn.ChannelShuffle(2)],
  ["nn.Fold(output_size=(4, 5), kernel_size=(2, 2))", () => new nn.Fold([4, 5], [2, 2])],
  [
    "nn.Unfold(kernel_size=3, padding=1, stride=2)",
    () => new nn.Unfold(3, { padding: 1, stride: 2 }),
  ],
  ["nn.CosineSimilarity(dim=0)", () => new nn.CosineSimilarity(0)],
  [
    "nn.PairwiseDistance(p=1.0, keepdim=True)",
    () => new nn.PairwiseDistance(1, 1e-6, { keepdim: true }),
  ],
  ["nn.LocalResponseNorm(2)", () => new nn.LocalResponseNorm(2)],
  ["nn.CrossMapLRN2d(3, alpha=1e-3)", () => new nn.CrossMapLRN2d(3, { alpha: 1e-3 })],
  ["nn.Identity()", () => new nn.Identity()],
];

// Each parameter-free module sits between two Linears, so the keys, the tree
// and the draws after it are checked too.
const free: LiveCase[] = FREE.map(([py, ts], i) => ({
  name: `Sequential(Linear, ${py}, Linear)`,
  seed: 100 + i,
  py: `m = nn.Sequential(nn.Linear(3, 4), ${
    py.endsWith("PReLU") ? py + "()" : py
  }, nn.Linear(4, 2))`,
  ts: () => new nn.Sequential(new nn.Linear(3, 4), ts(), new nn.Linear(4, 2)),
}));

// Custom modules, containers and re-initialisation.
class Custom_Net extends Module {
  fc1: nn.Linear;
  fc2: nn.Linear;
  fc3: nn.Linear;
  constructor() {
    super();
    this.fc1 = new nn.Linear(64, 64);
    this.fc2 = new nn.Linear(64, 32);
    this.fc3 = new nn.Linear(32, 10);
    constant(this.fc1.weight, 0.5);
    uniform(this.fc2.weight);
    xavierNormal(this.fc3.weight);
  }
}

class Fields extends Module {
  conv = new nn.Conv2d(1, 4, 3);
  bn = new nn.BatchNorm2d(4);
  act = new nn.ReLU();
  head: nn.Sequential;
  scale: nn.Parameter;
  constructor() {
    super();
    this.head = new nn.Sequential(new nn.Flatten(), new nn.Linear(16, 3));
    this.scale = new nn.Parameter(normal(empty([3]), { std: 0.1 }));
    this.registerBuffer("mask", empty([3]));
    this.registerBuffer("cache", empty([2]), { persistent: false });
  }
}
const FIELDS_PY = `
class Fields(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 4, 3)
        self.bn = nn.BatchNorm2d(4)
        self.act = nn.ReLU()
        self.head = nn.Sequential(nn.Flatten(), nn.Linear(16, 3))
        self.scale = nn.Parameter(nn.init.normal_(torch.empty(3), std=0.1))
        self.register_buffer("mask", torch.zeros(3))
        self.register_buffer("cache", torch.zeros(2), persistent=False)
m = Fields()
`;

class Block extends Module {
  conv1: nn.Conv2d;
  bn1: nn.BatchNorm2d;
  relu: nn.ReLU;
  conv2: nn.Conv2d;
  bn2: nn.BatchNorm2d;
  constructor(c: number) {
    super();
    this.conv1 = new nn.Conv2d(c, c, 3, { padding: 1, bias: false });
    this.bn1 = new nn.BatchNorm2d(c);
    this.relu = new nn.ReLU({ inplace: true });
    this.conv2 = new nn.Conv2d(c, c, 3, { padding: 1, bias: false });
    this.bn2 = new nn.BatchNorm2d(c);
  }
}
const BLOCK_PY = `
class Block(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.conv1 = nn.Conv2d(c, c, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(c)
        self.relu = nn.ReLU(inplace=True)
        self.conv2 = nn.Conv2d(c, c, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(c)
`;

const custom: LiveCase[] = [
  {
    name: "Custom_Net with constant_/uniform_/xavier_normal_ in __init__",
    seed: 0,
    py: `
class Custom_Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(64, 64)
        self.fc2 = nn.Linear(64, 32)
        self.fc3 = nn.Linear(32, 10)
        nn.init.constant_(self.fc1.weight, 0.5)
        nn.init.uniform_(self.fc2.weight)
        nn.init.xavier_normal_(self.fc3.weight)
m = Custom_Net()
`,
    ts: () => new Custom_Net(),
  },
  {
    name: "class fields, a Parameter, persistent and non-persistent buffers",
    seed: 30,
    py: FIELDS_PY,
    ts: () => new Fields(),
  },
  {
    name: "modules() loop: uniform_ on every Linear weight",
    seed: 31,
    py: `
m = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Sequential(nn.Linear(8, 8), nn.Tanh()), nn.Linear(8, 2))
for x in m.modules():
    if isinstance(x, nn.Linear):
        nn.init.uniform_(x.weight)
`,
    ts: () => {
      const m = new nn.Sequential(
        new nn.Linear(4, 8),
        new nn.ReLU(),
        new nn.Sequential(new nn.Linear(8, 8), new nn.Tanh()),
        new nn.Linear(8, 2),
      );
      for (const x of m.modules()) if (x instanceof nn.Linear) uniform(x.weight);
      return m;
    },
  },
  {
    name: "apply: xavier_uniform_ weights, zero biases (children first)",
    seed: 32,
    py: `
def init_fn(x):
    if isinstance(x, nn.Linear):
        nn.init.xavier_uniform_(x.weight)
        nn.init.zeros_(x.bias)
m = nn.Sequential(nn.Linear(5, 6), nn.Sequential(nn.Linear(6, 6), nn.Linear(6, 3))).apply(init_fn)
`,
    ts: () =>
      new nn.Sequential(
        new nn.Linear(5, 6),
        new nn.Sequential(new nn.Linear(6, 6), new nn.Linear(6, 3)),
      ).apply((x) => {
        if (x instanceof nn.Linear) {
          xavierUniform(x.weight);
          zeros(x.bias!);
        }
      }),
  },
  {
    name: "ResNet-style blocks with kaiming_normal_(mode=fan_out) loop",
    seed: 33,
    py: BLOCK_PY + `
m = nn.Sequential(nn.Conv2d(3, 4, 7, stride=2, padding=3, bias=False), nn.BatchNorm2d(4), nn.ReLU(inplace=True),
                  nn.MaxPool2d(3, stride=2, padding=1), Block(4), Block(4), nn.AdaptiveAvgPool2d((1, 1)),
                  nn.Flatten(), nn.Linear(4, 10))
for x in m.modules():
    if isinstance(x, nn.Conv2d):
        nn.init.kaiming_normal_(x.weight, mode="fan_out", nonlinearity="relu")
    elif isinstance(x, (nn.BatchNorm2d, nn.GroupNorm)):
        nn.init.constant_(x.weight, 1)
        nn.init.constant_(x.bias, 0)
`,
    ts: () => {
      const m = new nn.Sequential(
        new nn.Conv2d(3, 4, 7, { stride: 2, padding: 3, bias: false }),
        new nn.BatchNorm2d(4),
        new nn.ReLU({ inplace: true }),
        new nn.MaxPool2d(3, { stride: 2, padding: 1 }),
        new Block(4),
        new Block(4),
        new nn.AdaptiveAvgPool2d([1, 1]),
        new nn.Flatten(),
        new nn.Linear(4, 10),
      );
      for (const x of m.modules()) {
        if (x instanceof nn.Conv2d) {
          kaimingNormal(x.weight, { mode: "fan_out", nonlinearity: "relu" });
        } else if (x instanceof nn.BatchNorm2d || x instanceof nn.GroupNorm) {
          constant(x.weight!, 1);
          constant(x.bias!, 0);
        }
      }
      return m;
    },
  },
  {
    name: "Sequential(OrderedDict) with a shared module",
    seed: 34,
    py: `
from collections import OrderedDict
shared = nn.Linear(3, 3)
m = nn.Sequential(OrderedDict([("a", shared), ("act", nn.GELU()), ("b", shared), ("out", nn.Linear(3, 1))]))
`,
    ts: () => {
      const shared = new nn.Linear(3, 3);
      return new nn.Sequential(
        new Map<string, Module>([
          ["a", shared],
          ["act", new nn.GELU()],
          ["b", shared],
          ["out", new nn.Linear(3, 1)],
        ]),
      );
    },
  },
  {
    name: "ModuleList append/extend/insert, then del and renumbering",
    seed: 35,
    py: `
m = nn.ModuleList([nn.Linear(2, 2) for _ in range(3)])
m.append(nn.Linear(2, 3))
m.extend([nn.ReLU(), nn.Linear(3, 1)])
m.insert(1, nn.Linear(2, 4))
del m[0]
m.insert(len(m) - 1, nn.Conv1d(1, 1, 1))
`,
    ts: () => {
      const m = new nn.ModuleList(Array.from({ length: 3 }, () => new nn.Linear(2, 2)));
      m.append(new nn.Linear(2, 3));
      m.extend([new nn.ReLU(), new nn.Linear(3, 1)]);
      m.insert(1, new nn.Linear(2, 4));
      m.delete(0);
      m.insert(m.length - 1, new nn.Conv1d(1, 1, 1));
      return m;
    },
  },
  {
    name: "ModuleDict update and replacement keep order",
    seed: 36,
    py: `
m = nn.ModuleDict({"conv": nn.Conv2d(1, 2, 3), "act": nn.PReLU()})
m.update([("lin", nn.Linear(2, 2)), ("conv", nn.Conv2d(2, 2, 1))])
m["emb"] = nn.Embedding(4, 2)
`,
    ts: () => {
      const m = new nn.ModuleDict({ conv: new nn.Conv2d(1, 2, 3), act: new nn.PReLU() });
      m.update([["lin", new nn.Linear(2, 2)], ["conv", new nn.Conv2d(2, 2, 1)]]);
      m.set("emb", new nn.Embedding(4, 2));
      return m;
    },
  },
  {
    name: "reset_parameters() after construction draws again",
    seed: 37,
    py: `
m = nn.Sequential(nn.Linear(3, 3), nn.Conv1d(2, 2, 2), nn.Embedding(3, 2, padding_idx=1), nn.Bilinear(2, 2, 2))
for x in m:
    x.reset_parameters()
`,
    ts: () => {
      const m = new nn.Sequential(
        new nn.Linear(3, 3),
        new nn.Conv1d(2, 2, 2),
        new nn.Embedding(3, 2, { paddingIdx: 1 }),
        new nn.Bilinear(2, 2, 2),
      );
      for (const x of m) (x as nn.Linear).resetParameters();
      return m;
    },
  },
];

// Refusals: torch refuses too (before drawing anything) unless marked stricter.
const refused: LiveCase[] = [
  {
    name: "Conv2d groups must divide in_channels",
    py: "m = nn.Conv2d(3, 6, 3, groups=2)",
    ts: () => new nn.Conv2d(3, 6, 3, { groups: 2 }),
    refuses: /inChannels must be divisible by groups/,
  },
  {
    name: "Conv1d groups must divide out_channels",
    py: "m = nn.Conv1d(4, 3, 3, groups=2)",
    ts: () => new nn.Conv1d(4, 3, 3, { groups: 2 }),
    refuses: /outChannels must be divisible by groups/,
  },
  {
    name: "Conv2d groups=0",
    py: "m = nn.Conv2d(4, 4, 3, groups=0)",
    ts: () => new nn.Conv2d(4, 4, 3, { groups: 0 }),
    refuses: /groups must be positive, received 0/,
  },
  {
    name: "Conv2d padding same with stride 2",
    py: "m = nn.Conv2d(1, 1, 3, stride=2, padding='same')",
    ts: () => new nn.Conv2d(1, 1, 3, { stride: 2, padding: "same" }),
    refuses: /padding "same" is not supported for strided convolutions/,
  },
  {
    name: "Conv2d padding string unknown",
    py: "m = nn.Conv2d(1, 1, 3, padding='full')",
    ts: () => new nn.Conv2d(1, 1, 3, { padding: "full" as "same" }),
    refuses: /padding must be "same", "valid" or integers, received "full"/,
  },
  {
    name: "Conv2d padding_mode unknown",
    py: "m = nn.Conv2d(1, 1, 3, padding_mode='wrap')",
    ts: () => new nn.Conv2d(1, 1, 3, { paddingMode: "wrap" as "zeros" }),
    refuses: /paddingMode must be one of/,
  },
  {
    name: "ConvTranspose2d padding_mode reflect",
    py: "m = nn.ConvTranspose2d(1, 1, 3, padding_mode='reflect')",
    ts: () => new nn.ConvTranspose2d(1, 1, 3, { paddingMode: "reflect" as "zeros" }),
    refuses: /only paddingMode "zeros" is supported/,
  },
  {
    name: "Conv2d stride 0 (torch accepts until forward)",
    py: "m = nn.Conv2d(1, 1, 3, stride=0)",
    ts: () => new nn.Conv2d(1, 1, 3, { stride: 0 }),
    refuses: /stride must be positive, received 0/,
    stricter: true,
  },
  {
    name: "Linear negative size",
    py: "m = nn.Linear(-1, 2)",
    ts: () => new nn.Linear(-1, 2),
    refuses: /inFeatures must be at least 0, received -1/,
  },
  {
    name: "Bilinear in1_features=0 (torch divides by zero)",
    py: "m = nn.Bilinear(0, 2, 2)",
    ts: () => new nn.Bilinear(0, 2, 2),
    refuses: /in1Features must be positive, received 0/,
  },
  {
    name: "Embedding padding_idx too large",
    py: "m = nn.Embedding(5, 2, padding_idx=5)",
    ts: () => new nn.Embedding(5, 2, { paddingIdx: 5 }),
    refuses: /paddingIdx must be within numEmbeddings 5, received 5/,
  },
  {
    name: "Embedding padding_idx too small",
    py: "m = nn.Embedding(5, 2, padding_idx=-6)",
    ts: () => new nn.Embedding(5, 2, { paddingIdx: -6 }),
    refuses: /paddingIdx must be within numEmbeddings 5, received -6/,
  },
  {
    name: "Embedding _weight of the wrong shape",
    py: "m = nn.Embedding(5, 2, _weight=torch.zeros(2, 5))",
    ts: () => new nn.Embedding(5, 2, { weight: empty([2, 5]) }),
    refuses: /the shape of weight must be \[numEmbeddings, embeddingDim\]/,
  },
  {
    name: "EmbeddingBag mode unknown (torch checks at forward)",
    py: "m = nn.EmbeddingBag(5, 2, mode='median')",
    ts: () => new nn.EmbeddingBag(5, 2, { mode: "median" as "sum" }),
    refuses: /mode must be one of "sum", "mean", "max", received "median"/,
    stricter: true,
  },
  {
    name: "GroupNorm channels not divisible",
    py: "m = nn.GroupNorm(4, 6)",
    ts: () => new nn.GroupNorm(4, 6),
    refuses: /numChannels must be divisible by numGroups/,
  },
  {
    name: "Dropout p > 1",
    py: "m = nn.Dropout(1.5)",
    ts: () => new nn.Dropout(1.5),
    refuses: /p must be a probability between 0 and 1, received 1.5/,
  },
  {
    name: "Dropout2d p < 0",
    py: "m = nn.Dropout2d(-0.1)",
    ts: () => new nn.Dropout2d(-0.1),
    refuses: /p must be a probability between 0 and 1, received -0.1/,
  },
  {
    name: "Hardtanh max_val <= min_val",
    py: "m = nn.Hardtanh(1.0, 1.0)",
    ts: () => new nn.Hardtanh(1, 1),
    refuses: /maxVal must be greater than minVal/,
  },
  {
    name: "GELU approximate unknown (torch checks at forward)",
    py: "m = nn.GELU(approximate='erf')",
    ts: () => new nn.GELU({ approximate: "erf" as "none" }),
    refuses: /approximate must be one of "none", "tanh", received "erf"/,
    stricter: true,
  },
  {
    name: "Unflatten sizes must be integers",
    py: "m = nn.Unflatten(1, (2, 'x'))",
    ts: () => new nn.Unflatten(1, [2, "x" as unknown as number]),
    refuses: /unflattenedSize\[1\] must be an integer/,
  },
];

liveTorchTest("nn-core modules, containers, re-initialisation and refusals", [
  ...layers,
  ...free,
  ...custom,
  ...refused,
]);
