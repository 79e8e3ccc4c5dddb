// Copyright 2026 the torch-parity authors. MIT license.
// TransformerEncoderLayer, TransformerDecoderLayer, TransformerEncoder, TransformerDecoder and
// Transformer against live torch 1.13.1.
import { type LiveCase, liveTorchTest } from "./_rnn_live_torch_test.ts";
import { normal } from "../init/normal.ts";
import { GELU } from "./gelu.ts";
import { LayerNorm } from "./layer_norm.ts";
import { Linear } from "./linear.ts";
import { PReLU } from "./prelu.ts";
import { ReLU } from "./relu.ts";
import type { Module } from "./module.ts";
import { TransformerEncoderLayer } from "./transformer_encoder_layer.ts";
import { TransformerDecoderLayer } from "./transformer_decoder_layer.ts";
import { TransformerEncoder } from "./transformer_encoder.ts";
import { TransformerDecoder } from "./transformer_decoder.ts";
import { Transformer } from "./transformer.ts";

const f64 = "float64" as const;
const small = { dModel: 8, nhead: 2, dimFeedforward: 16 };
const smallPy = "d_model=8, nhead=2, dim_feedforward=16";

const cases: LiveCase[] = [
  // Encoder layer
  {
    name: "TransformerEncoderLayer(8, 2, 16)",
    py: "m = nn.TransformerEncoderLayer(8, 2, 16)",
    ts: () => new TransformerEncoderLayer(8, 2, { dimFeedforward: 16 }),
  },
  {
    name: "TransformerEncoderLayer default dim_feedforward (2048)",
    seed: 1,
    py: "m = nn.TransformerEncoderLayer(4, 1)",
    ts: () => new TransformerEncoderLayer(4, 1),
  },
  {
    name: "encoder layer: gelu string, norm_first, eps, batch_first, dropout",
    seed: 2,
    py: "m = nn.TransformerEncoderLayer(12, 3, 20, 0.2, 'gelu', 1e-6, True, True)",
    ts: () =>
      new TransformerEncoderLayer(12, 3, {
        dimFeedforward: 20,
        dropout: 0.2,
        activation: "gelu",
        layerNormEps: 1e-6,
        batchFirst: true,
        normFirst: true,
      }),
  },
  {
    name: "encoder layer: GELU module activation",
    seed: 3,
    py: "m = nn.TransformerEncoderLayer(8, 2, 16, activation=nn.GELU())",
    ts: () => new TransformerEncoderLayer(8, 2, { dimFeedforward: 16, activation: new GELU() }),
  },
  {
    name: "encoder layer: PReLU module activation (has a parameter)",
    seed: 4,
    py: "m = nn.TransformerEncoderLayer(8, 2, 16, activation=nn.PReLU())",
    ts: () => new TransformerEncoderLayer(8, 2, { dimFeedforward: 16, activation: new PReLU() }),
  },
  {
    name: "encoder layer: function activation",
    seed: 5,
    py: "m = nn.TransformerEncoderLayer(8, 2, 16, activation=torch.tanh)",
    ts: () => new TransformerEncoderLayer(8, 2, { dimFeedforward: 16, activation: Math.tanh }),
  },
  {
    name: "encoder layer: float64",
    seed: 6,
    py: "m = nn.TransformerEncoderLayer(6, 3, 10, dtype=torch.float64)",
    ts: () => new TransformerEncoderLayer(6, 3, { dimFeedforward: 10, dtype: f64 }),
  },
  {
    name: "encoder layer: dim_feedforward 0",
    seed: 7,
    py: "m = nn.TransformerEncoderLayer(4, 2, 0)",
    ts: () => new TransformerEncoderLayer(4, 2, { dimFeedforward: 0 }),
  },
  // Decoder layer
  {
    name: "TransformerDecoderLayer(8, 2, 16)",
    py: "m = nn.TransformerDecoderLayer(8, 2, 16)",
    ts: () => new TransformerDecoderLayer(8, 2, { dimFeedforward: 16 }),
  },
  {
    name: "decoder layer: ReLU module, norm_first, eps, batch_first, float64",
    seed: 8,
    py: "m = nn.TransformerDecoderLayer(6, 2, 12, 0.0, nn.ReLU(), 1e-3, True, True, " +
      "dtype=torch.float64)",
    ts: () =>
      new TransformerDecoderLayer(6, 2, {
        dimFeedforward: 12,
        dropout: 0,
        activation: new ReLU(),
        layerNormEps: 1e-3,
        batchFirst: true,
        normFirst: true,
        dtype: f64,
      }),
  },
  {
    name: "decoder layer: gelu string",
    seed: 9,
    py: "m = nn.TransformerDecoderLayer(4, 4, 8, activation='gelu')",
    ts: () => new TransformerDecoderLayer(4, 4, { dimFeedforward: 8, activation: "gelu" }),
  },
  // Encoder / decoder stacks: deep copies, no new draws
  {
    name: "TransformerEncoder(layer, 3, LayerNorm)",
    py:
      "l = nn.TransformerEncoderLayer(8, 2, 16)\nm = nn.TransformerEncoder(l, 3, nn.LayerNorm(8))",
    ts: () =>
      new TransformerEncoder(new TransformerEncoderLayer(8, 2, { dimFeedforward: 16 }), 3, {
        norm: new LayerNorm(8),
      }),
  },
  {
    name: "TransformerEncoder(layer, 2) without norm, PReLU activation",
    seed: 10,
    py: "l = nn.TransformerEncoderLayer(8, 2, 16, activation=nn.PReLU(3))\n" +
      "m = nn.TransformerEncoder(l, 2, enable_nested_tensor=False, mask_check=False)",
    ts: () =>
      new TransformerEncoder(
        new TransformerEncoderLayer(8, 2, { dimFeedforward: 16, activation: new PReLU(3) }),
        2,
        { enableNestedTensor: false, maskCheck: false },
      ),
  },
  {
    name: "TransformerEncoder(layer, 0)",
    seed: 11,
    py: "m = nn.TransformerEncoder(nn.TransformerEncoderLayer(4, 2, 8), 0)",
    ts: () => new TransformerEncoder(new TransformerEncoderLayer(4, 2, { dimFeedforward: 8 }), 0),
  },
  {
    name: "TransformerEncoder of a Linear",
    seed: 12,
    py: "m = nn.TransformerEncoder(nn.Linear(3, 2), 2)",
    ts: () => new TransformerEncoder(new Linear(3, 2), 2),
  },
  {
    name: "TransformerDecoder(layer, 2)",
    py: "m = nn.TransformerDecoder(nn.TransformerDecoderLayer(8, 2, 16), 2)",
    ts: () => new TransformerDecoder(new TransformerDecoderLayer(8, 2, { dimFeedforward: 16 }), 2),
  },
  {
    name: "TransformerDecoder(layer, 3, LayerNorm), float64",
    seed: 13,
    py: "l = nn.TransformerDecoderLayer(4, 2, 6, dtype=torch.float64)\n" +
      "m = nn.TransformerDecoder(l, 3, nn.LayerNorm(4, dtype=torch.float64))",
    ts: () =>
      new TransformerDecoder(
        new TransformerDecoderLayer(4, 2, { dimFeedforward: 6, dtype: f64 }),
        3,
        { norm: new LayerNorm(4, { dtype: f64 }) },
      ),
  },
  // Transformer: builds both stacks, then xavier_uniform_ on every parameter with dim > 1
  {
    name: "Transformer(d_model=8, nhead=2, 2 encoder, 1 decoder layers, dim_feedforward=16)",
    py: `m = nn.Transformer(${smallPy}, num_encoder_layers=2, num_decoder_layers=1)`,
    ts: () => new Transformer({ ...small, numEncoderLayers: 2, numDecoderLayers: 1 }),
  },
  {
    name: "Transformer(d_model=32, nhead=4, dim_feedforward=64), 6 + 6 layers",
    seed: 14,
    py: "m = nn.Transformer(d_model=32, nhead=4, dim_feedforward=64)",
    ts: () => new Transformer({ dModel: 32, nhead: 4, dimFeedforward: 64 }),
  },
  {
    name: "Transformer gelu, norm_first, batch_first, eps, dropout, float64",
    seed: 15,
    py: `m = nn.Transformer(${smallPy}, num_encoder_layers=1, num_decoder_layers=2, ` +
      "dropout=0.3, activation='gelu', layer_norm_eps=1e-4, batch_first=True, norm_first=True, " +
      "dtype=torch.float64)",
    ts: () =>
      new Transformer({
        ...small,
        numEncoderLayers: 1,
        numDecoderLayers: 2,
        dropout: 0.3,
        activation: "gelu",
        layerNormEps: 1e-4,
        batchFirst: true,
        normFirst: true,
        dtype: f64,
      }),
  },
  {
    name: "Transformer with a PReLU activation module shared by both layers",
    seed: 16,
    py: `m = nn.Transformer(${smallPy}, num_encoder_layers=1, num_decoder_layers=1, ` +
      "activation=nn.PReLU(2))",
    ts: () =>
      new Transformer({
        ...small,
        numEncoderLayers: 1,
        numDecoderLayers: 1,
        activation: new PReLU(2),
      }),
  },
  {
    name: "Transformer with custom_encoder",
    seed: 17,
    py: `m = nn.Transformer(${smallPy}, num_decoder_layers=1, custom_encoder=nn.Linear(8, 8))`,
    ts: () => new Transformer({ ...small, numDecoderLayers: 1, customEncoder: new Linear(8, 8) }),
  },
  {
    name: "Transformer with custom_encoder and custom_decoder",
    seed: 18,
    py: "m = nn.Transformer(custom_encoder=nn.Linear(3, 4), " +
      "custom_decoder=nn.TransformerEncoder(nn.Linear(2, 2), 2))",
    ts: () =>
      new Transformer({
        customEncoder: new Linear(3, 4),
        customDecoder: new TransformerEncoder(new Linear(2, 2), 2),
      }),
  },
  {
    name: "Transformer with 0 encoder layers and dim_feedforward 0",
    seed: 19,
    py: "m = nn.Transformer(d_model=4, nhead=2, num_encoder_layers=0, num_decoder_layers=1, " +
      "dim_feedforward=0)",
    ts: () =>
      new Transformer({
        dModel: 4,
        nhead: 2,
        numEncoderLayers: 0,
        numDecoderLayers: 1,
        dimFeedforward: 0,
      }),
  },
  {
    name: "Transformer re-initialised by apply (GPT-2 style normal_(0, 0.02) on Linear)",
    seed: 20,
    py: `m = nn.Transformer(${smallPy}, num_encoder_layers=1, num_decoder_layers=1)\n` +
      "def init(x):\n" +
      "    if isinstance(x, nn.Linear):\n" +
      "        nn.init.normal_(x.weight, std=0.02)\n" +
      "m.apply(init)",
    ts: () => {
      const m: Module = new Transformer({ ...small, numEncoderLayers: 1, numDecoderLayers: 1 });
      return m.apply((x) => {
        if (x instanceof Linear) normal(x.weight, { std: 0.02 });
      });
    },
  },
  // Refused arguments
  {
    name: "refused: d_model not divisible by nhead",
    py: "m = nn.TransformerEncoderLayer(6, 4)",
    ts: () => new TransformerEncoderLayer(6, 4),
    refuses:
      /^Cannot create TransformerEncoderLayer: dModel must be divisible by nhead, received dModel 6 and nhead 4$/,
  },
  {
    name: "refused: activation 'tanh' (torch draws first, then fails)",
    py: "m = nn.TransformerEncoderLayer(4, 2, 8, activation='tanh')",
    ts: () =>
      new TransformerEncoderLayer(4, 2, { dimFeedforward: 8, activation: "tanh" as "relu" }),
    refuses: /activation should be "relu" or "gelu" \(or a module or function\), received "tanh"/,
  },
  {
    name: "refused: dropout 1.5 (torch draws first, then fails)",
    py: "m = nn.TransformerDecoderLayer(4, 2, 8, dropout=1.5)",
    ts: () => new TransformerDecoderLayer(4, 2, { dimFeedforward: 8, dropout: 1.5 }),
    refuses: /^Cannot create TransformerDecoderLayer: dropout must be in \[0, 1\], received 1.5$/,
  },
  {
    name: "refused: negative dim_feedforward",
    py: "m = nn.TransformerEncoderLayer(4, 2, -1)",
    ts: () => new TransformerEncoderLayer(4, 2, { dimFeedforward: -1 }),
    refuses: /dimFeedforward must be at least 0, received -1/,
  },
  {
    name: "refused: Transformer d_model not divisible by nhead",
    py: "m = nn.Transformer(d_model=10, nhead=4)",
    ts: () => new Transformer({ dModel: 10, nhead: 4 }),
    refuses: /^Cannot create Transformer: dModel must be divisible by nhead/,
  },
  {
    name: "refused: negative num_layers (torch builds an empty stack)",
    py: "m = nn.TransformerEncoder(nn.LayerNorm(4), -1)",
    ts: () => new TransformerEncoder(new LayerNorm(4), -1),
    refuses: /numLayers must be at least 0, received -1/,
    stricter: true,
  },
];

liveTorchTest("Transformer modules match torch 1.13.1 bit for bit", cases);
