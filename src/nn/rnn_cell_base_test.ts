// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { defaultGenerator, Generator } from "../random/generator.ts";
import { manualSeed } from "../random/manual_seed.ts";
import { uniform } from "../init/uniform.ts";
import { empty } from "../tensor.ts";
import { RNNCellBase } from "./rnn_cell_base.ts";
import { RNNCell } from "./rnn_cell.ts";
import { LSTMCell } from "./lstm_cell.ts";
import { GRUCell } from "./gru_cell.ts";

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

Deno.test("RNN cells: names, shapes and null biases as torch", () => {
  for (
    const [cell, chunks] of [[new RNNCell(5, 3), 1], [new GRUCell(5, 3), 3], [
      new LSTMCell(5, 3),
      4,
    ]] as const
  ) {
    assert.deepEqual(
      [...cell.stateDict()].map(([k, v]) => [k, [...v.shape]]),
      [["weight_ih", [3 * chunks, 5]], ["weight_hh", [3 * chunks, 3]], ["bias_ih", [3 * chunks]], [
        "bias_hh",
        [3 * chunks],
      ]],
    );
    assert.deepEqual([cell.inputSize, cell.hiddenSize, cell.bias], [5, 3, true]);
  }
  const noBias = new LSTMCell(2, 2, { bias: false });
  assert.deepEqual([...noBias.stateDict().keys()], ["weight_ih", "weight_hh"]);
  assert.equal(noBias.bias_ih, null);
  assert.equal(noBias.bias_hh, null);
  assert.equal(new RNNCell(2, 2).nonlinearity, "tanh");
  assert.equal(new RNNCell(2, 2, { nonlinearity: "relu" }).nonlinearity, "relu");
  assert.deepEqual(new RNNCellBase(2, 3, true, 5).weight_ih.shape, [15, 2]);
});

Deno.test("RNN cells: draws in registration order from U(-1/sqrt(hidden), 1/sqrt(hidden))", () => {
  manualSeed(9);
  const cell = new GRUCell(3, 4);
  manualSeed(9);
  for (const p of cell.parameters()) {
    assert.deepEqual(p.data, uniform(empty([...p.shape]), { a: -0.5, b: 0.5 }).data);
  }
  const empty0 = new RNNCell(3, 0);
  assert.equal(empty0.weight_ih.data.length, 0);
});

Deno.test("RNN cells: float64 and an explicit generator", () => {
  manualSeed(0);
  const before = defaultGenerator.getState();
  const a = new LSTMCell(3, 4, { dtype: "float64", generator: new Generator().manualSeed(2) });
  assert.deepEqual(defaultGenerator.getState(), before);
  manualSeed(2);
  const b = new LSTMCell(3, 4, { dtype: "float64" });
  for (const [k, v] of a.stateDict()) {
    assert.ok(v.data instanceof Float64Array);
    assert.deepEqual(v.data, b.stateDict().get(k)!.data);
  }
});

Deno.test("RNN cells: bad arguments are refused before any draw", () => {
  refuses(
    () => new RNNCell(3, 4, { nonlinearity: "sigmoid" as "tanh" }),
    RangeError,
    /^Cannot create RNNCell: nonlinearity must be one of "tanh", "relu", received "sigmoid"$/,
  );
  refuses(
    () => new GRUCell(3, -1),
    RangeError,
    /^Cannot create GRUCell: hiddenSize must be at least 0, received -1$/,
  );
  refuses(() => new LSTMCell(1.5, 2), RangeError, /inputSize must be an integer, received 1.5/);
  refuses(
    () => new LSTMCell(1, 2, { bias: "no" as never }),
    TypeError,
    /^Cannot create LSTMCell: bias must be a boolean, received "no"$/,
  );
  refuses(
    () => new LSTMCell(1, 2, { dtype: "int64" as never }),
    RangeError,
    /dtype must be one of/,
  );
  refuses(
    () => new RNNCellBase(1, 2, true, -1),
    RangeError,
    /^Cannot create RNNCellBase: numChunks must be at least 0, received -1$/,
  );
  refuses(() => new GRUCell(2 ** 20, 2 ** 11), RangeError, /too many elements/);
});
