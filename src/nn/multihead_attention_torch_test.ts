// Copyright 2026 the torch-parity authors. MIT license.
// MultiheadAttention (and its NonDynamicallyQuantizableLinear out_proj) against live torch 1.13.1.
import { type LiveCase, liveTorchTest } from "./_rnn_live_torch_test.ts";
import { MultiheadAttention } from "./multihead_attention.ts";
import { NonDynamicallyQuantizableLinear } from "./multihead_attention_out_proj.ts";
import { Linear } from "./linear.ts";
import { normal } from "../init/normal.ts";

const cases: LiveCase[] = [
  {
    name: "MultiheadAttention(8, 2)",
    py: "m = nn.MultiheadAttention(8, 2)",
    ts: () => new MultiheadAttention(8, 2),
  },
  {
    name: "MultiheadAttention(64, 4) (kernel blocks)",
    seed: 1,
    py: "m = nn.MultiheadAttention(64, 4)",
    ts: () => new MultiheadAttention(64, 4),
  },
  {
    name: "kdim/vdim differ, add_bias_kv, no bias",
    py: "m = nn.MultiheadAttention(64, 4, kdim=16, vdim=24, add_bias_kv=True, bias=False)",
    ts: () => new MultiheadAttention(64, 4, { kdim: 16, vdim: 24, addBiasKv: true, bias: false }),
  },
  {
    name: "kdim differs only",
    seed: 2,
    py: "m = nn.MultiheadAttention(6, 3, kdim=5)",
    ts: () => new MultiheadAttention(6, 3, { kdim: 5 }),
  },
  {
    name: "vdim differs only, add_bias_kv",
    seed: 3,
    py: "m = nn.MultiheadAttention(6, 1, vdim=2, add_bias_kv=True)",
    ts: () => new MultiheadAttention(6, 1, { vdim: 2, addBiasKv: true }),
  },
  {
    name: "kdim == vdim == embed_dim given explicitly",
    seed: 4,
    py: "m = nn.MultiheadAttention(4, 2, kdim=4, vdim=4)",
    ts: () => new MultiheadAttention(4, 2, { kdim: 4, vdim: 4 }),
  },
  {
    name: "kdim 0",
    seed: 5,
    py: "m = nn.MultiheadAttention(4, 2, kdim=0)",
    ts: () => new MultiheadAttention(4, 2, { kdim: 0 }),
  },
  {
    name: "add_bias_kv, add_zero_attn, batch_first, dropout",
    seed: 6,
    py: "m = nn.MultiheadAttention(12, 3, dropout=0.1, add_bias_kv=True, add_zero_attn=True, " +
      "batch_first=True)",
    ts: () =>
      new MultiheadAttention(12, 3, {
        dropout: 0.1,
        addBiasKv: true,
        addZeroAttn: true,
        batchFirst: true,
      }),
  },
  {
    name: "no bias",
    seed: 7,
    py: "m = nn.MultiheadAttention(10, 5, bias=False)",
    ts: () => new MultiheadAttention(10, 5, { bias: false }),
  },
  {
    name: "float64, kdim/vdim, add_bias_kv",
    seed: 8,
    py: "m = nn.MultiheadAttention(8, 4, kdim=3, vdim=5, add_bias_kv=True, dtype=torch.float64)",
    ts: () => new MultiheadAttention(8, 4, { kdim: 3, vdim: 5, addBiasKv: true, dtype: "float64" }),
  },
  {
    name: "float64 same dims",
    seed: 9,
    py: "m = nn.MultiheadAttention(16, 8, dtype=torch.float64)",
    ts: () => new MultiheadAttention(16, 8, { dtype: "float64" }),
  },
  {
    name: "embed_dim 1",
    seed: 10,
    py: "m = nn.MultiheadAttention(1, 1, add_bias_kv=True)",
    ts: () => new MultiheadAttention(1, 1, { addBiasKv: true }),
  },
  {
    name: "NonDynamicallyQuantizableLinear(5, 3)",
    seed: 11,
    py: "m = nn.modules.linear.NonDynamicallyQuantizableLinear(5, 3)",
    ts: () => new NonDynamicallyQuantizableLinear(5, 3),
  },
  {
    name: "a modules() loop re-initialises out_proj as a Linear",
    seed: 12,
    py: "m = nn.MultiheadAttention(8, 2)\n" +
      "for x in m.modules():\n" +
      "    if isinstance(x, nn.Linear): nn.init.normal_(x.weight)",
    ts: () => {
      const m = new MultiheadAttention(8, 2);
      for (const x of m.modules()) {
        if (x instanceof Linear) normal(x.weight);
      }
      return m;
    },
  },
  {
    name: "refused: embed_dim not divisible by num_heads",
    py: "m = nn.MultiheadAttention(4, 3)",
    ts: () => new MultiheadAttention(4, 3),
    refuses:
      /^Cannot create MultiheadAttention: embedDim must be divisible by numHeads, received embedDim 4 and numHeads 3$/,
  },
  {
    name: "refused: embed_dim 0",
    py: "m = nn.MultiheadAttention(0, 1)",
    ts: () => new MultiheadAttention(0, 1),
    refuses: /embedDim must be positive, received 0/,
  },
  {
    name: "refused: num_heads 0",
    py: "m = nn.MultiheadAttention(4, 0)",
    ts: () => new MultiheadAttention(4, 0),
    refuses: /numHeads must be positive, received 0/,
  },
  {
    name: "refused: negative num_heads (torch builds it)",
    py: "m = nn.MultiheadAttention(4, -2)",
    ts: () => new MultiheadAttention(4, -2),
    refuses: /numHeads must be positive, received -2/,
    stricter: true,
  },
  {
    name: "refused: dropout 2 (torch fails in forward only)",
    py: "m = nn.MultiheadAttention(4, 2, dropout=2.0)",
    ts: () => new MultiheadAttention(4, 2, { dropout: 2 }),
    refuses: /dropout must be in \[0, 1\], received 2/,
    stricter: true,
  },
];

liveTorchTest("MultiheadAttention matches torch 1.13.1 bit for bit", cases);
