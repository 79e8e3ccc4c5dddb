// Copyright 2026 the torch-parity authors. MIT license.
/**
 * State dicts move between this library's modules and real PyTorch 1.13 with
 * every bit intact, for every module type, on both CPU capabilities:
 *
 * - forward: `manualSeed(s); buildModule(spec)` here, `saveSafetensors` of its
 *   stateDict, loaded by torch with `load_state_dict(strict=True)` into the
 *   same module, equals torch's own `torch.manual_seed(s); Module(...)`;
 * - reverse: torch's state_dict (seed s + 1, int64 buffers set to 2^40 + 7 + i),
 *   written by the helper's own safetensors writer, read with
 *   `loadSafetensors` and `loadStateDict` here, equals the file bit for bit.
 *
 * One python process per capability (src/nn/testdata/torch_interop.py).
 * Skipped with a notice when torch cannot be imported.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { PYTHON, torchAvailable } from "../../conformance/_torch_available.ts";
import {
  getCpuCapability,
  getTorchVersion,
  manualSeed,
  setCpuCapability,
  setTorchVersion,
} from "../mod.ts";
import type { Tensor, TensorData } from "../tensor.ts";
import { loadSafetensors, saveSafetensors } from "../io/mod.ts";
import { buildModule, type ModuleSpec } from "./build_module.ts";

const SCRIPT = new URL("./testdata/torch_interop.py", import.meta.url).pathname;

const M = (type: string, args: unknown[] = [], kwargs: Record<string, unknown> = {}) =>
  ({ type, args, kwargs }) as ModuleSpec;
const F64 = { dtype: "float64" };
const encLayer = (kw: Record<string, unknown> = {}) =>
  M("TransformerEncoderLayer", [8, 2], { dim_feedforward: 16, ...kw });
const decLayer = (kw: Record<string, unknown> = {}) =>
  M("TransformerDecoderLayer", [8, 2], { dim_feedforward: 16, ...kw });

/** At least one spec per module type (float64 too where torch takes dtype=). */
const SPECS: [string, ModuleSpec][] = [
  ["Linear", M("Linear", [5, 3])],
  ["Linear f64 no bias", M("Linear", [5, 3], { bias: false, ...F64 })],
  ["Bilinear", M("Bilinear", [3, 4, 2])],
  ["Identity", M("Identity", [7])],
  ["Conv1d", M("Conv1d", [4, 6, 3], { groups: 2 })],
  ["Conv2d f64", M("Conv2d", [3, 4, [3, 2]], { stride: 2, ...F64 })],
  ["Conv3d", M("Conv3d", [2, 3, 2], { bias: false })],
  ["ConvTranspose1d", M("ConvTranspose1d", [2, 4, 3])],
  ["ConvTranspose2d", M("ConvTranspose2d", [4, 2, [2, 3]], { groups: 2, ...F64 })],
  ["ConvTranspose3d", M("ConvTranspose3d", [2, 3, 2])],
  ["Embedding", M("Embedding", [10, 3], { padding_idx: -2 })],
  ["EmbeddingBag f64", M("EmbeddingBag", [10, 3], { mode: "sum", padding_idx: 1, ...F64 })],
  ["RNN", M("RNN", [4, 3], { num_layers: 2, nonlinearity: "relu" })],
  ["LSTM proj", M("LSTM", [4, 3], { num_layers: 2, bidirectional: true, proj_size: 2 })],
  ["GRU f64", M("GRU", [4, 3], { bidirectional: true, ...F64 })],
  ["RNNCell", M("RNNCell", [4, 3])],
  ["LSTMCell", M("LSTMCell", [4, 3], F64)],
  ["GRUCell", M("GRUCell", [4, 3], { bias: false })],
  ["MultiheadAttention", M("MultiheadAttention", [8, 2], { add_bias_kv: true })],
  ["MultiheadAttention kdim f64", M("MultiheadAttention", [8, 2], { kdim: 4, vdim: 6, ...F64 })],
  ["LayerNorm", M("LayerNorm", [[2, 3]])],
  ["GroupNorm", M("GroupNorm", [2, 4], F64)],
  ["BatchNorm1d", M("BatchNorm1d", [4])],
  ["BatchNorm2d f64", M("BatchNorm2d", [3], F64)],
  ["BatchNorm3d", M("BatchNorm3d", [2], { momentum: null })],
  ["InstanceNorm1d", M("InstanceNorm1d", [4], { affine: true, track_running_stats: true })],
  ["InstanceNorm2d", M("InstanceNorm2d", [3], { track_running_stats: true })],
  ["InstanceNorm3d", M("InstanceNorm3d", [2], { affine: true })],
  ["PReLU", M("PReLU", [3], { init: 0.1 })],
  ["TransformerEncoderLayer", encLayer({ norm_first: true })],
  ["TransformerDecoderLayer f64", decLayer({ activation: "gelu", ...F64 })],
  ["TransformerEncoder", M("TransformerEncoder", [encLayer(), 2], { norm: M("LayerNorm", [8]) })],
  ["TransformerDecoder", M("TransformerDecoder", [decLayer(), 2])],
  [
    "Transformer",
    M("Transformer", [], {
      d_model: 8,
      nhead: 2,
      num_encoder_layers: 1,
      num_decoder_layers: 1,
      dim_feedforward: 16,
    }),
  ],
  [
    "Sequential",
    M("Sequential", [M("Linear", [3, 4]), M("ReLU"), M("BatchNorm1d", [4]), M("Tanh")]),
  ],
  ["ModuleList", M("ModuleList", [[M("Conv1d", [1, 2, 3]), M("GELU"), M("Dropout", [0.1])]])],
  ["ModuleDict", M("ModuleDict", [{ emb: M("Embedding", [5, 2]), head: M("Linear", [2, 5]) }])],
  [
    "parameter-free",
    M("Sequential", [M("Sigmoid"), M("Flatten"), M("ReLU", [], { inplace: true })]),
  ],
  ["Custom re-init", {
    type: "Custom",
    name: "Net",
    children: [["conv", M("Conv2d", [1, 2, 3])], ["bn", M("BatchNorm2d", [2])], [
      "fc",
      M("Linear", [8, 2]),
    ]],
    reinit: [{
      op: "apply",
      branches: [{
        isinstance: ["Conv2d", "Linear"],
        inits: [{ param: "weight", init: "kaiming_normal_", args: { mode: "fan_out" } }],
      }],
    }],
  }],
];

const CASES = SPECS.map(([id, spec], i) => ({ id, seed: i * 7 + 1, spec }));

function bits(t: Tensor<TensorData | Uint16Array>): string {
  const n = t.shape.reduce((a, b) => a * b, 1);
  const off = t.offset ?? 0;
  const bytes = t.data.BYTES_PER_ELEMENT;
  return `${t.data.constructor.name}[${t.shape}]:${
    Array.from(new Uint8Array(t.data.buffer, t.data.byteOffset + off * bytes, n * bytes)).join(",")
  }`;
}

for (const capability of ["avx2", "default"] as const) {
  Deno.test({
    name:
      `torch interop (${capability}): state dicts load both ways bit for bit, every module type`,
    ignore: !torchAvailable,
    fn: async () => {
      const before = [getCpuCapability(), getTorchVersion()] as const;
      const dir = await Deno.makeTempDir();
      setCpuCapability(capability);
      setTorchVersion("1.13");
      try {
        await Deno.writeTextFile(`${dir}/cases.json`, JSON.stringify(CASES));
        for (const [i, c] of CASES.entries()) {
          manualSeed(c.seed);
          const net = buildModule(c.spec);
          await Deno.writeFile(
            `${dir}/ours_${i}.safetensors`,
            saveSafetensors(Object.fromEntries(net.stateDict())),
          );
        }
        const r = spawnSync(PYTHON, [SCRIPT, dir], {
          env: { ...Deno.env.toObject(), ATEN_CPU_CAPABILITY: capability, OMP_NUM_THREADS: "1" },
          encoding: "utf8",
        });
        assert.equal(r.status, 0, `torch_interop.py failed:\n${r.stdout}\n${r.stderr}`);
        const results = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
        assert.equal(results.length, CASES.length);
        const bad = results.filter((x) => !x.loaded || !x.equal);
        assert.deepEqual(bad, [], "torch could not load our state dicts bit for bit");

        // reverse: torch's files into our modules (built with another seed)
        let int64 = 0;
        for (const [i, c] of CASES.entries()) {
          const file = loadSafetensors(await Deno.readFile(`${dir}/torch_${i}.safetensors`));
          manualSeed(c.seed);
          const net = buildModule(c.spec);
          net.loadStateDict(file.tensors as Record<string, Tensor<TensorData>>);
          const sd = net.stateDict();
          assert.deepEqual([...sd.keys()].sort(), Object.keys(file.tensors).sort(), c.id);
          for (const [name, t] of sd) {
            assert.equal(
              bits(t),
              bits(file.tensors[name] as Tensor<TensorData>),
              `${c.id}: ${name}`,
            );
            if (t.data instanceof BigInt64Array) {
              assert.equal(t.data[0], 2n ** 40n + 7n + BigInt(i), `${c.id}: ${name}`);
              int64++;
            }
          }
        }
        assert.equal(int64, 7, "int64 buffers checked");
      } finally {
        setCpuCapability(before[0]);
        setTorchVersion(before[1]);
        await Deno.remove(dir, { recursive: true });
      }
    },
  });
}
