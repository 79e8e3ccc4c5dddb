// Copyright 2026 the torch-parity authors. MIT license.
// Constructor options and argument binding that depend on the torch release
// (torch 2.1+'s bias on LayerNorm and the Transformer classes, torch 2.14's
// keyword-only bias on the norms, RNN's positional nonlinearity in 2.x, ...).
// The numbers themselves are checked against real torch 2.6 / 2.14 by
// golden/module_replay_test.ts.
import assert from "node:assert/strict";
import {
  getRngState,
  getTorchVersion,
  manualSeed,
  setTorchVersion,
  setWarningHandler,
  type TorchVersion,
} from "../mod.ts";
import { BatchNorm2d } from "./batch_norm2d.ts";
import { buildModule } from "./build_module.ts";
import { Conv1d } from "./conv1d.ts";
import { GroupNorm } from "./group_norm.ts";
import { InstanceNorm1d } from "./instance_norm1d.ts";
import { LayerNorm } from "./layer_norm.ts";
import { LSTM } from "./lstm.ts";
import { Transformer } from "./transformer.ts";
import { TransformerDecoderLayer } from "./transformer_decoder_layer.ts";
import { TransformerEncoder } from "./transformer_encoder.ts";
import { TransformerEncoderLayer } from "./transformer_encoder_layer.ts";

function under<T>(version: TorchVersion, fn: () => T): T {
  const before = getTorchVersion();
  setTorchVersion(version);
  try {
    return fn();
  } finally {
    setTorchVersion(before);
  }
}

function keys(m: { stateDict(): Map<string, unknown> }): string[] {
  return [...m.stateDict().keys()];
}

/** Throws a TypeError naming `bias`, with the generator untouched. */
function refusedBeforeDraw(fn: () => unknown, pattern = /bias is not an option in torch/): void {
  manualSeed(3);
  const before = getRngState();
  assert.throws(fn, (e) => e instanceof TypeError && pattern.test(e.message));
  assert.deepEqual(getRngState(), before);
}

Deno.test("LayerNorm bias=False: torch 2.x only", () => {
  for (const v of ["2.6", "2.14"] as const) {
    under(v, () => {
      const ln = new LayerNorm([2, 3], { bias: false });
      assert.deepEqual(keys(ln), ["weight"]);
      assert.equal(ln.bias, null);
      assert.deepEqual(keys(new LayerNorm(4, { bias: true })), ["weight", "bias"]);
      assert.deepEqual(keys(new LayerNorm(4, { elementwiseAffine: false, bias: false })), []);
    });
  }
  under("1.13", () => {
    refusedBeforeDraw(() => new LayerNorm(4, { bias: false }));
    refusedBeforeDraw(() => new LayerNorm(4, { bias: true }));
    assert.deepEqual(keys(new LayerNorm(4)), ["weight", "bias"]);
  });
});

Deno.test("Transformer layers bias=False drop every bias (attention, linears, norms)", () => {
  under("2.6", () => {
    const enc = new TransformerEncoderLayer(4, 2, { dimFeedforward: 8, bias: false });
    assert.deepEqual(keys(enc), [
      "self_attn.in_proj_weight",
      "self_attn.out_proj.weight",
      "linear1.weight",
      "linear2.weight",
      "norm1.weight",
      "norm2.weight",
    ]);
    const dec = new TransformerDecoderLayer(4, 2, { dimFeedforward: 8, bias: false });
    assert.ok(keys(dec).every((k) => !k.endsWith("bias")));
    assert.ok(keys(dec).includes("norm3.weight"));
    const prev = setWarningHandler(() => {});
    try {
      const t = new Transformer({
        dModel: 4,
        nhead: 2,
        numEncoderLayers: 1,
        numDecoderLayers: 1,
        dimFeedforward: 8,
        bias: false,
      });
      assert.ok(keys(t).every((k) => !k.endsWith("bias")));
      assert.ok(keys(t).includes("encoder.norm.weight"));
    } finally {
      setWarningHandler(prev);
    }
  });
  under("1.13", () => {
    refusedBeforeDraw(() => new TransformerEncoderLayer(4, 2, { bias: false }));
    refusedBeforeDraw(() => new TransformerDecoderLayer(4, 2, { bias: true }));
    refusedBeforeDraw(() => new Transformer({ dModel: 4, nhead: 2, bias: false }));
  });
});

Deno.test("BatchNorm / InstanceNorm / GroupNorm bias=False: torch 2.14 only", () => {
  under("2.14", () => {
    assert.deepEqual(keys(new BatchNorm2d(3, { bias: false })), [
      "weight",
      "running_mean",
      "running_var",
      "num_batches_tracked",
    ]);
    assert.deepEqual(keys(new InstanceNorm1d(3, { affine: true, bias: false })), ["weight"]);
    assert.deepEqual(keys(new GroupNorm(1, 3, { bias: false })), ["weight"]);
  });
  for (const v of ["1.13", "2.6"] as const) {
    under(v, () => {
      refusedBeforeDraw(() => new BatchNorm2d(3, { bias: false }));
      refusedBeforeDraw(() => new GroupNorm(1, 3, { bias: true }));
    });
  }
});

Deno.test("TransformerEncoder warns about the nested-tensor fast path under torch 2.x", () => {
  const seen: string[] = [];
  const prev = setWarningHandler((m) => seen.push(m));
  try {
    const layer = new TransformerEncoderLayer(4, 2, { dimFeedforward: 8 });
    under("1.13", () => new TransformerEncoder(layer, 1));
    assert.deepEqual(seen, []);
    const e = under("2.6", () => new TransformerEncoder(layer, 1));
    assert.equal(e.useNestedTensor, false);
    assert.deepEqual(seen, [
      "enable_nested_tensor is True, but self.use_nested_tensor is False because " +
      "encoder_layer.self_attn.batch_first was not True(use batch_first for better inference performance)",
    ]);
    seen.length = 0;
    const fast = new TransformerEncoderLayer(4, 2, { dimFeedforward: 8, batchFirst: true });
    assert.equal(under("2.14", () => new TransformerEncoder(fast, 1)).useNestedTensor, true);
    under("2.14", () => new TransformerEncoder(layer, 1, { enableNestedTensor: false }));
    assert.deepEqual(seen, []);
    const odd = new TransformerEncoderLayer(3, 3, { dimFeedforward: 8, batchFirst: true });
    under("2.14", () => new TransformerEncoder(odd, 1));
    assert.match(seen[0], /encoder_layer\.self_attn\.num_heads is odd$/);
  } finally {
    setWarningHandler(prev);
  }
});

Deno.test("torch 2.14 refuses RNN input size 0; Conv with fan_in 0 draws its bias", () => {
  under("2.6", () => assert.deepEqual(new LSTM(0, 3).weight_ih_l0.shape, [12, 0]));
  under("2.14", () => assert.throws(() => new LSTM(0, 3), RangeError));
  const prev = setWarningHandler(() => {});
  try {
    for (const [v, draws] of [["2.6", false], ["2.14", true]] as const) {
      under(v, () => {
        manualSeed(0);
        const before = getRngState();
        const conv = new Conv1d(0, 2, 3);
        assert.deepEqual(Array.from(conv.bias!.data), [0, 0]);
        assert.equal(getRngState().some((b, i) => b !== before[i]), draws);
      });
    }
  } finally {
    setWarningHandler(prev);
  }
});

Deno.test("buildModule binds arguments as the chosen torch release", () => {
  const rnn = { type: "RNN", args: [4, 3, 2, "relu", false] };
  under("2.6", () => {
    const m = buildModule(rnn) as unknown as { nonlinearity: string; bias: boolean };
    assert.equal(m.nonlinearity, "relu");
    assert.equal(m.bias, false);
  });
  // torch 1.13: the 4th positional argument is bias; "relu" is not a bool
  under("1.13", () => assert.throws(() => buildModule(rnn), TypeError));
  const ln = { type: "LayerNorm", args: [4, 1e-5, true, false] };
  assert.deepEqual(under("2.14", () => keys(buildModule(ln))), ["weight"]);
  under("1.13", () => assert.throws(() => buildModule(ln), /only device "cpu"/)); // 4th: device
  const rms = { type: "RMSNorm", args: [[2, 2]] };
  assert.deepEqual(under("2.6", () => keys(buildModule(rms))), ["weight"]);
  under("1.13", () => assert.throws(() => buildModule(rms), /torch 1\.13 has no nn\.RMSNorm/));
  const bn = { type: "BatchNorm1d", args: [3], kwargs: { bias: false } };
  assert.deepEqual(under("2.14", () => keys(buildModule(bn))).length, 4);
  under("2.6", () => assert.throws(() => buildModule(bn), /no keyword argument "bias"/));
});
