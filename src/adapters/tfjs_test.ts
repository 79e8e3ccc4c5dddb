// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import * as tf from "npm:@tensorflow/tfjs@4.22.0";
import { empty, Generator, kaimingUniform, normal, type Tensor } from "../mod.ts";
import { assignTorchInit, torchInit, torchShape } from "./tfjs.ts";

const linearInit = (t: Tensor) =>
  kaimingUniform(t, { a: Math.sqrt(5), generator: new Generator().manualSeed(0) });

function bitsEqual(actual: Float32Array, expected: Float32Array) {
  assert.equal(actual.length, expected.length);
  assert.deepEqual(
    new Uint32Array(actual.buffer, actual.byteOffset, actual.length),
    new Uint32Array(expected.buffer, expected.byteOffset, expected.length),
  );
}

Deno.test("torchShape maps TF.js layouts to torch weight shapes", () => {
  assert.deepEqual(torchShape([30, 20], "tfjs-dense"), [20, 30]);
  assert.deepEqual(torchShape([3, 5, 4, 8], "tfjs-conv2d"), [8, 4, 3, 5]);
  assert.deepEqual(torchShape([2, 3, 4]), [2, 3, 4]);
  assert.throws(() => torchShape([2, 3, 4], "tfjs-dense"), TypeError);
  assert.throws(() => torchShape([2, 3], "tfjs-conv2d"), TypeError);
  assert.throws(() => torchShape([2, 3], "nhwc" as never), RangeError);
});

Deno.test("tfjs-dense: [in=30, out=20] kernel transposed equals torch's [20, 30] fill bit for bit", () => {
  const kernel = torchInit(tf, [30, 20], { init: linearInit, layout: "tfjs-dense" });
  try {
    assert.deepEqual(kernel.shape, [30, 20]);
    assert.equal(kernel.dtype, "float32");
    const transposed = tf.transpose(kernel);
    const values = transposed.dataSync() as Float32Array;
    transposed.dispose();
    const expected = linearInit(empty([20, 30])).data as Float32Array;
    bitsEqual(values, expected);
    // Spot check the mapping without tf.transpose: tf[i][o] == torch[o][i].
    const raw = kernel.dataSync();
    for (const [i, o] of [[0, 0], [29, 0], [0, 19], [17, 11]]) {
      assert.equal(raw[i * 20 + o], expected[o * 30 + i]);
    }
    // nn.Linear(30, 20): bound = 1 / sqrt(30).
    const bound = 1 / Math.sqrt(30);
    assert.ok(values.every((x) => Math.abs(x) <= bound));
  } finally {
    kernel.dispose();
  }
});

Deno.test("tfjs-conv2d: [kh, kw, in, out] kernel permuted equals torch's [out, in, kh, kw] fill", () => {
  const kernel = torchInit(tf, [3, 5, 4, 8], { init: linearInit, layout: "tfjs-conv2d" });
  try {
    assert.deepEqual(kernel.shape, [3, 5, 4, 8]);
    const permuted = tf.transpose(kernel, [3, 2, 0, 1]);
    const values = permuted.dataSync() as Float32Array;
    permuted.dispose();
    const expected = linearInit(empty([8, 4, 3, 5])).data as Float32Array;
    bitsEqual(values, expected);
    // fan_in = in * kh * kw = 60.
    const bound = 1 / Math.sqrt(60);
    assert.ok(values.every((x) => Math.abs(x) <= bound));
  } finally {
    kernel.dispose();
  }
});

Deno.test("torch layout copies values in row-major order, even when init returns a view", () => {
  const init = (t: Tensor): Tensor => {
    normal(t, { generator: new Generator().manualSeed(1) });
    // Return a [3, 2] view that reads the buffer as the transpose of a [2, 3] matrix.
    return { data: t.data, shape: [3, 2], strides: [1, 3], offset: 0 };
  };
  const x = torchInit(tf, [3, 2], { init });
  try {
    const raw = empty([3, 2]);
    normal(raw, { generator: new Generator().manualSeed(1) });
    const d = raw.data;
    // view[r][c] = data[r + 3c]
    assert.deepEqual(Array.from(x.dataSync()), [d[0], d[3], d[1], d[4], d[2], d[5]]);
  } finally {
    x.dispose();
  }
});

Deno.test("assignTorchInit fills a tf.Variable in place and frees the temporary", () => {
  const kernel = tf.variable(tf.zeros([30, 20]));
  try {
    const before = tf.memory().numTensors;
    const returned = assignTorchInit(tf, kernel, { init: linearInit, layout: "tfjs-dense" });
    assert.equal(returned, kernel);
    assert.equal(tf.memory().numTensors, before);
    const transposed = tf.transpose(kernel);
    const values = transposed.dataSync() as Float32Array;
    transposed.dispose();
    bitsEqual(values, linearInit(empty([20, 30])).data as Float32Array);
  } finally {
    kernel.dispose();
  }
  const conv = tf.variable(tf.zeros([3, 3, 2, 4]));
  try {
    assignTorchInit(tf, conv, { init: linearInit, layout: "tfjs-conv2d" });
    const permuted = tf.transpose(conv, [3, 2, 0, 1]);
    const values = permuted.dataSync() as Float32Array;
    permuted.dispose();
    bitsEqual(values, linearInit(empty([4, 2, 3, 3])).data as Float32Array);
  } finally {
    conv.dispose();
  }
});

Deno.test("refusals: float64, wrong dtype, bad init, bad layout, rank mismatch", () => {
  const ints = tf.variable(tf.zeros([4, 3], "int32"));
  const before = tf.memory().numTensors;
  assert.throws(
    () => torchInit(tf, [4, 3], { init: linearInit, dtype: "float64" }),
    (e: unknown) =>
      e instanceof RangeError && /TF\.js has no float64 tensors/.test(e.message) &&
      !e.message.endsWith("."),
  );
  assert.throws(() => torchInit(tf, [4, 3], { init: linearInit, dtype: "int32" }), TypeError);
  assert.throws(() => torchInit(tf, [4, 3], { init: 3 as never }), TypeError);
  assert.throws(
    () => torchInit(tf, [4, 3], { init: linearInit, layout: "nchw" as never }),
    RangeError,
  );
  assert.throws(
    () => torchInit(tf, [4, 3, 2], { init: linearInit, layout: "tfjs-dense" }),
    TypeError,
  );
  assert.throws(
    () => torchInit(tf, [4, 3], { init: () => empty([3, 4], { dtype: "float64" }) }),
    TypeError,
  );
  assert.throws(() => torchInit(tf, [4, 3], { init: () => empty([3, 4]) }), TypeError);
  assert.throws(
    () => assignTorchInit(tf, ints, { init: linearInit }),
    (e: unknown) => e instanceof TypeError && /variable\.dtype must be "float32"/.test(e.message),
  );
  assert.throws(() => assignTorchInit(tf, null as never, { init: linearInit }), TypeError);
  assert.equal(tf.memory().numTensors, before);
  ints.dispose();
});
