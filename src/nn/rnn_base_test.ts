// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { Generator } from "../random/generator.ts";
import { defaultGenerator } from "../random/generator.ts";
import { manualSeed } from "../random/manual_seed.ts";
import { setWarningHandler } from "../init/warnings.ts";
import { uniform } from "../init/uniform.ts";
import { empty } from "../tensor.ts";
import { RNNBase } from "./rnn_base.ts";
import { RNN } from "./rnn.ts";
import { LSTM } from "./lstm.ts";
import { GRU } from "./gru.ts";

function names(m: RNNBase): string[] {
  return [...m.stateDict().keys()];
}

function shapes(m: RNNBase): Record<string, number[]> {
  return Object.fromEntries([...m.stateDict()].map(([k, v]) => [k, [...v.shape]]));
}

/** Assert that `call` throws `cls` matching `message` and leaves the default generator alone. */
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

Deno.test("RNNBase: parameter names, order and shapes follow torch's _flat_weights_names", () => {
  const lstm = new LSTM(10, 20, { numLayers: 2, bidirectional: true, projSize: 8 });
  const perDirection = ["weight_ih", "weight_hh", "bias_ih", "bias_hh", "weight_hr"];
  const expected: string[] = [];
  for (const k of [0, 1]) {
    for (const s of ["", "_reverse"]) expected.push(...perDirection.map((n) => `${n}_l${k}${s}`));
  }
  assert.deepEqual(names(lstm), expected);
  assert.deepEqual(lstm.flatWeightsNames, expected);
  assert.deepEqual(shapes(lstm).weight_ih_l0, [80, 10]);
  assert.deepEqual(shapes(lstm).weight_hh_l0, [80, 8]);
  assert.deepEqual(shapes(lstm).weight_hr_l0_reverse, [8, 20]);
  assert.deepEqual(shapes(lstm).weight_ih_l1, [80, 16]);
  assert.deepEqual(shapes(lstm).bias_hh_l1_reverse, [80]);
  assert.equal(lstm.allWeights.length, 4);
  assert.deepEqual(lstm.allWeightsNames[3], perDirection.map((n) => `${n}_l1_reverse`));
  assert.equal(lstm.allWeights[3][4], lstm.weight_hr_l1_reverse);

  const gru = new GRU(4, 3, { numLayers: 2, bias: false });
  assert.deepEqual(names(gru), ["weight_ih_l0", "weight_hh_l0", "weight_ih_l1", "weight_hh_l1"]);
  assert.deepEqual(shapes(gru), {
    weight_ih_l0: [9, 4],
    weight_hh_l0: [9, 3],
    weight_ih_l1: [9, 3],
    weight_hh_l1: [9, 3],
  });
  assert.equal(gru.bias_ih_l0, undefined);

  const noBiasProj = new LSTM(3, 5, { projSize: 2, bias: false });
  assert.deepEqual(names(noBiasProj), ["weight_ih_l0", "weight_hh_l0", "weight_hr_l0"]);

  const rnn = new RNN(4, 3, { bidirectional: true, numLayers: 2 });
  assert.deepEqual(shapes(rnn).weight_ih_l1_reverse, [3, 6]);
  assert.equal(rnn.mode, "RNN_TANH");
  assert.equal(new RNN(4, 3, { nonlinearity: "relu" }).mode, "RNN_RELU");
  assert.equal(new RNN(4, 3, { nonlinearity: "relu" }).nonlinearity, "relu");
});

Deno.test("RNNBase: hyper-parameters are camelCase properties", () => {
  const m = new LSTM(4, 6, {
    numLayers: 2,
    bias: false,
    batchFirst: true,
    dropout: 0.5,
    bidirectional: true,
    projSize: 3,
  });
  assert.deepEqual(
    [m.mode, m.inputSize, m.hiddenSize, m.numLayers, m.bias, m.batchFirst, m.dropout],
    ["LSTM", 4, 6, 2, false, true, 0.5],
  );
  assert.deepEqual([m.bidirectional, m.projSize, m.constructor.name], [true, 3, "LSTM"]);
});

Deno.test("RNNBase: every parameter drawn from U(-1/sqrt(hidden), 1/sqrt(hidden)) in order", () => {
  manualSeed(5);
  const gru = new GRU(3, 4, { numLayers: 2, bidirectional: true });
  manualSeed(5);
  for (const [, p] of gru.namedParameters()) {
    const expected = uniform(empty([...p.shape]), { a: -0.5, b: 0.5 });
    assert.deepEqual(p.data, expected.data);
  }
  assert.deepEqual(
    defaultGenerator.getState(),
    (() => {
      const g = new Generator().manualSeed(5);
      for (const p of gru.parameters()) uniform(empty([...p.shape]), { generator: g });
      return g.getState();
    })(),
  );
});

Deno.test("RNNBase: float64 parameters", () => {
  const m = new LSTM(2, 3, { dtype: "float64" });
  for (const p of m.parameters()) assert.ok(p.data instanceof Float64Array);
  manualSeed(1);
  const a = new RNN(2, 3, { dtype: "float64" });
  manualSeed(1);
  const ref = uniform(empty([3, 2], { dtype: "float64" }), {
    a: -1 / Math.sqrt(3),
    b: 1 / Math.sqrt(3),
  });
  assert.deepEqual(a.weight_ih_l0.data, ref.data);
});

Deno.test("RNNBase: the generator option is used; the default generator is untouched", () => {
  manualSeed(0);
  const before = defaultGenerator.getState();
  const g = new Generator().manualSeed(0);
  const a = new LSTM(3, 4, { numLayers: 2, generator: g });
  assert.deepEqual(defaultGenerator.getState(), before);
  manualSeed(0);
  const b = new LSTM(3, 4, { numLayers: 2 });
  assert.deepEqual(g.getState(), defaultGenerator.getState());
  for (const [k, v] of a.stateDict()) assert.deepEqual(v.data, b.stateDict().get(k)!.data, k);
  a.resetParameters({ generator: new Generator().manualSeed(0) });
  for (const [k, v] of a.stateDict()) assert.deepEqual(v.data, b.stateDict().get(k)!.data, k);
});

Deno.test("RNNBase: dropout with one layer warns as torch, still builds", () => {
  const seen: string[] = [];
  const previous = setWarningHandler((m) => seen.push(m));
  try {
    new GRU(2, 2, { dropout: 0.5 });
    new GRU(2, 2, { dropout: 0.5, numLayers: 2 });
  } finally {
    setWarningHandler(previous);
  }
  assert.deepEqual(seen, [
    "dropout option adds dropout after all but last recurrent layer, so non-zero dropout " +
    "expects num_layers greater than 1, but got dropout=0.5 and num_layers=1",
  ]);
});

Deno.test("RNNBase: bad arguments are refused before any draw", () => {
  refuses(
    () => new LSTM(3, 4, { projSize: 4 }),
    RangeError,
    /^Cannot create LSTM: projSize has to be smaller than hiddenSize, received projSize 4 and hiddenSize 4$/,
  );
  refuses(
    () => new LSTM(3, 4, { projSize: -1 }),
    RangeError,
    /projSize must be at least 0, received -1/,
  );
  refuses(
    () => new LSTM(3, 4, { projSize: 1.5 }),
    RangeError,
    /projSize must be an integer, received 1.5/,
  );
  refuses(
    () => new RNN(3, 4, { projSize: 0 } as never),
    TypeError,
    /^Cannot create RNN: projSize is only supported for LSTM, not RNN or GRU, received projSize 0$/,
  );
  refuses(() => new GRU(3, 4, { projSize: 1 } as never), TypeError, /^Cannot create GRU: projSize/);
  refuses(
    () => new RNN(3, 4, { nonlinearity: "gelu" as "tanh" }),
    RangeError,
    /^Cannot create RNN: nonlinearity must be one of "tanh", "relu", received "gelu"$/,
  );
  refuses(
    () => new RNN(3, 4, { nonlinearity: 1 as never }),
    TypeError,
    /nonlinearity must be a string, received 1/,
  );
  refuses(
    () => new GRU(3, 4, { dropout: 1.01 }),
    RangeError,
    /^Cannot create GRU: dropout must be in \[0, 1\], received 1.01$/,
  );
  refuses(
    () => new GRU(3, 4, { dropout: NaN }),
    RangeError,
    /dropout must be in \[0, 1\], received NaN/,
  );
  refuses(
    () => new GRU(3, 4, { dropout: true as never }),
    TypeError,
    /dropout must be a number, received boolean true/,
  );
  refuses(
    () => new LSTM(3, 0),
    RangeError,
    /^Cannot create LSTM: hiddenSize must be positive, received 0$/,
  );
  // torch 2.14 also refuses inputSize 0, so its message says "positive".
  refuses(
    () => new LSTM(-1, 2),
    RangeError,
    /inputSize must be (at least 0|positive), received -1/,
  );
  refuses(
    () => new LSTM("3" as never, 2),
    TypeError,
    /inputSize must be an integer, received string "3"/,
  );
  refuses(
    () => new LSTM(3, 2, { numLayers: 0 }),
    RangeError,
    /numLayers must be positive, received 0/,
  );
  refuses(
    () => new LSTM(3, 2, { bias: 1 as never }),
    TypeError,
    /bias must be a boolean, received 1/,
  );
  refuses(
    () => new LSTM(3, 2, { bidirectional: "yes" as never }),
    TypeError,
    /bidirectional must be a boolean/,
  );
  refuses(
    () => new LSTM(3, 2, { batchFirst: 0 as never }),
    TypeError,
    /batchFirst must be a boolean/,
  );
  refuses(
    () => new LSTM(3, 2, { dtype: "float8" as never }),
    RangeError,
    /dtype must be one of "float32", "float64", "float16", "bfloat16", received "float8"/,
  );
  refuses(() => new LSTM(3, 2, { generator: {} as never }), TypeError, /generator/);
  refuses(
    () => new LSTM(3, 2, 5 as never),
    TypeError,
    /^Cannot create LSTM: options must be an object, received 5$/,
  );
  refuses(
    () => new RNNBase("XLSTM" as never, 3, 2),
    RangeError,
    /^Cannot create RNNBase: mode must be one of/,
  );
  refuses(() => new LSTM(2 ** 20, 2 ** 12), RangeError, /too many elements/);
});
