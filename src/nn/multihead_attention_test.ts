// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { defaultGenerator, Generator } from "../random/generator.ts";
import { manualSeed } from "../random/manual_seed.ts";
import { kaimingUniform } from "../init/kaiming_uniform.ts";
import { uniform } from "../init/uniform.ts";
import { xavierNormal } from "../init/xavier_normal.ts";
import { xavierUniform } from "../init/xavier_uniform.ts";
import { empty } from "../tensor.ts";
import { Linear } from "./linear.ts";
import { MultiheadAttention } from "./multihead_attention.ts";
import { NonDynamicallyQuantizableLinear } from "./multihead_attention_out_proj.ts";

function refuses(call: () => unknown, cls: typeof TypeError, message: RegExp): void {
  manualSeed(3);
  const before = defaultGenerator.getState();
  assert.throws(call, (e: unknown) => {
    assert.ok(e instanceof cls, `expected ${cls.name}, got ${e}`);
    assert.match((e as Error).message, message);
    return true;
  });
  assert.deepEqual(defaultGenerator.getState(), before);
}

Deno.test("MultiheadAttention: same dims register in_proj_weight and empty q/k/v slots", () => {
  const m = new MultiheadAttention(8, 2);
  assert.deepEqual([...m.stateDict().keys()], [
    "in_proj_weight",
    "in_proj_bias",
    "out_proj.weight",
    "out_proj.bias",
  ]);
  assert.deepEqual(m.in_proj_weight?.shape, [24, 8]);
  assert.equal(m.q_proj_weight, null);
  assert.equal(m.k_proj_weight, null);
  assert.equal(m.v_proj_weight, null);
  assert.equal(m.bias_k, null);
  assert.equal(m.bias_v, null);
  assert.deepEqual(
    [m.embedDim, m.kdim, m.vdim, m.qkvSameEmbedDim, m.numHeads, m.headDim, m.dropout],
    [8, 8, 8, true, 2, 4, 0],
  );
  assert.deepEqual([m.batchFirst, m.addZeroAttn], [false, false]);
  assert.ok(m.out_proj instanceof NonDynamicallyQuantizableLinear);
  assert.ok(m.out_proj instanceof Linear);
  assert.deepEqual([...m.namedModules()].map(([k, v]) => [k, v.constructor.name]), [
    ["", "MultiheadAttention"],
    ["out_proj", "NonDynamicallyQuantizableLinear"],
  ]);
});

Deno.test("MultiheadAttention: kdim/vdim register q/k/v_proj_weight; bias_k/bias_v are parameters", () => {
  const m = new MultiheadAttention(6, 3, { kdim: 4, vdim: 5, addBiasKv: true, bias: false });
  assert.deepEqual(
    [...m.stateDict()].map(([k, v]) => [k, [...v.shape]]),
    [
      ["q_proj_weight", [6, 6]],
      ["k_proj_weight", [6, 4]],
      ["v_proj_weight", [6, 5]],
      ["bias_k", [1, 1, 6]],
      ["bias_v", [1, 1, 6]],
      ["out_proj.weight", [6, 6]],
    ],
  );
  assert.equal(m.in_proj_weight, null);
  assert.equal(m.in_proj_bias, null);
  assert.equal(m.out_proj.bias, null);
  assert.equal(m.qkvSameEmbedDim, false);
  // null kdim is the default (torch's None)
  assert.equal(new MultiheadAttention(4, 1, { kdim: null, vdim: null }).qkvSameEmbedDim, true);
});

Deno.test("MultiheadAttention: draw order is out_proj's Linear init, then xavier, then bias_k/v", () => {
  manualSeed(21);
  const m = new MultiheadAttention(6, 2, { kdim: 3, vdim: 4, addBiasKv: true });
  const after = defaultGenerator.getState();
  manualSeed(21);
  const outW = kaimingUniform(empty([6, 6]), { a: Math.sqrt(5) });
  uniform(empty([6]), { a: -1 / Math.sqrt(6), b: 1 / Math.sqrt(6) });
  const q = xavierUniform(empty([6, 6]));
  const k = xavierUniform(empty([6, 3]));
  const v = xavierUniform(empty([6, 4]));
  const bk = xavierNormal(empty([1, 1, 6]));
  const bv = xavierNormal(empty([1, 1, 6]));
  assert.deepEqual(defaultGenerator.getState(), after);
  assert.deepEqual(m.out_proj.weight.data, outW.data);
  assert.deepEqual(m.q_proj_weight?.data, q.data);
  assert.deepEqual(m.k_proj_weight?.data, k.data);
  assert.deepEqual(m.v_proj_weight?.data, v.data);
  assert.deepEqual(m.bias_k?.data, bk.data);
  assert.deepEqual(m.bias_v?.data, bv.data);
  assert.ok(m.in_proj_bias?.data.every((x) => Object.is(x, 0)));
  assert.ok(m.out_proj.bias?.data.every((x) => Object.is(x, 0)));
});

Deno.test("MultiheadAttention: float64 and an explicit generator", () => {
  manualSeed(0);
  const before = defaultGenerator.getState();
  const a = new MultiheadAttention(4, 2, {
    addBiasKv: true,
    dtype: "float64",
    generator: new Generator().manualSeed(5),
  });
  assert.deepEqual(defaultGenerator.getState(), before);
  manualSeed(5);
  const b = new MultiheadAttention(4, 2, { addBiasKv: true, dtype: "float64" });
  for (const [key, t] of a.stateDict()) {
    assert.ok(t.data instanceof Float64Array, key);
    assert.deepEqual(t.data, b.stateDict().get(key)!.data, key);
  }
  const g = new Generator().manualSeed(5);
  a._resetParameters({ generator: g });
  assert.notDeepEqual(a.in_proj_weight?.data, b.in_proj_weight?.data);
});

Deno.test("MultiheadAttention: bad arguments are refused before any draw", () => {
  const what = "Cannot create MultiheadAttention";
  refuses(
    () => new MultiheadAttention(6, 4),
    RangeError,
    new RegExp(
      `^${what}: embedDim must be divisible by numHeads, received embedDim 6 and numHeads 4$`,
    ),
  );
  refuses(() => new MultiheadAttention(0, 1), RangeError, /embedDim must be positive, received 0/);
  refuses(() => new MultiheadAttention(4, 0), RangeError, /numHeads must be positive, received 0/);
  refuses(
    () => new MultiheadAttention(4, 2.5),
    RangeError,
    /numHeads must be an integer, received 2.5/,
  );
  refuses(() => new MultiheadAttention("4" as never, 2), TypeError, /embedDim must be an integer/);
  refuses(
    () => new MultiheadAttention(4, 2, { kdim: -1 }),
    RangeError,
    /kdim must be at least 0, received -1/,
  );
  refuses(
    () => new MultiheadAttention(4, 2, { vdim: 1.5 }),
    RangeError,
    /vdim must be an integer, received 1.5/,
  );
  refuses(
    () => new MultiheadAttention(4, 2, { dropout: -1 }),
    RangeError,
    /dropout must be in \[0, 1\], received -1/,
  );
  refuses(
    () => new MultiheadAttention(4, 2, { bias: 0 as never }),
    TypeError,
    /bias must be a boolean, received 0/,
  );
  refuses(
    () => new MultiheadAttention(4, 2, { addBiasKv: "y" as never }),
    TypeError,
    /addBiasKv must be a boolean/,
  );
  refuses(
    () => new MultiheadAttention(4, 2, { addZeroAttn: 1 as never }),
    TypeError,
    /addZeroAttn must be a boolean/,
  );
  refuses(
    () => new MultiheadAttention(4, 2, { batchFirst: 1 as never }),
    TypeError,
    /batchFirst must be a boolean/,
  );
  refuses(
    () => new MultiheadAttention(4, 2, { dtype: "half" as never }),
    RangeError,
    /dtype must be one of/,
  );
  refuses(() => new MultiheadAttention(4, 2, { generator: 1 as never }), TypeError, /generator/);
  refuses(
    () => new MultiheadAttention(2 ** 16, 1, { kdim: 2 ** 17 }),
    RangeError,
    /too many elements/,
  );
});
