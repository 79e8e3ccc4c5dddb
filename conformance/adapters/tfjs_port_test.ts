// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import * as tf from "npm:@tensorflow/tfjs@4.22.0";
import { tfjsPort, tfjsShape } from "./tfjs_port.ts";
import { PortRefusal } from "../process_port.ts";
import type { InitArgs, InitRequest, Port, TensorOp } from "../port.ts";

const SHAPES = [[64, 32], [16, 3, 3, 3], [32, 32]];

async function run(port: Port, op: TensorOp, shape: number[], args: InitArgs = {}) {
  const request: InitRequest = { op, shape, dtype: "float32", args };
  return await port.init!(request);
}

function maxAbs(data: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < data.length; i++) m = Math.max(m, Math.abs(data[i]));
  return m;
}

/** Max |G − I|, G = W Wᵀ (rows ≤ cols) or Wᵀ W, W the [rows, numel/rows] flattening. */
function orthogonalityError(data: Float32Array | Float64Array, rows: number): number {
  const cols = data.length / rows;
  const [n, len, at] = rows <= cols
    ? [rows, cols, (v: number, k: number) => data[v * cols + k]]
    : [cols, rows, (v: number, k: number) => data[k * cols + v]];
  let err = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < len; k++) s += at(i, k) * at(j, k);
      err = Math.max(err, Math.abs(s - (i === j ? 1 : 0)));
    }
  }
  return err;
}

const refusal = (type: string) => (e: unknown) => e instanceof PortRefusal && e.type === type;

Deno.test("tfjsShape maps torch [out, in, ...kernel] to channels-last [...kernel, in, out]", () => {
  assert.deepEqual(tfjsShape([8, 100]), [100, 8]);
  assert.deepEqual(tfjsShape([16, 3, 5, 7]), [5, 7, 3, 16]);
  assert.deepEqual(tfjsShape([16, 3, 5]), [5, 3, 16]);
  assert.deepEqual(tfjsShape([7]), [7]);
  assert.deepEqual(tfjsShape([]), []);
});

Deno.test("the port offers what TF.js has, and claims no torch stream", async () => {
  const port = await tfjsPort({ seed: 1 });
  assert.match(port.name, /^TensorFlow\.js 4\.22\.0/);
  for (const op of ["dirac_", "sparse_", "calculate_gain", "calculate_fan_in_and_fan_out"]) {
    assert.ok(!port.ops.includes(op as TensorOp), op);
  }
  assert.equal(port.ops.length, 12);
  assert.equal(port.capability, undefined);
  assert.equal(port.random32, undefined);
  assert.equal(port.calculateGain, undefined);
  assert.equal(port.calculateFanInAndFanOut, undefined);
});

Deno.test("every listed op returns float32 data of the torch shape's length", async () => {
  const port = await tfjsPort({ seed: 2 });
  const before = tf.memory().numTensors;
  for (const op of port.ops as TensorOp[]) {
    for (const shape of SHAPES) {
      const numel = shape.reduce((a, b) => a * b, 1);
      if (op === "eye_" && !(shape.length === 2 && shape[0] === shape[1])) {
        await assert.rejects(() => run(port, op, shape), PortRefusal, `${op} ${shape}`);
        continue;
      }
      const data = await run(port, op, shape, op === "constant_" ? { val: 0.25 } : {});
      assert.ok(data instanceof Float32Array, `${op} ${shape}`);
      assert.equal(data.length, numel, `${op} ${shape}`);
      assert.ok(data.every(Number.isFinite), `${op} ${shape}`);
    }
  }
  assert.equal(tf.memory().numTensors, before, "tensors leaked");
});

Deno.test("fans are taken from the torch layout (kaiming_uniform_ bounds)", async () => {
  const port = await tfjsPort({ seed: 3 });
  const cases: [number[], string, number][] = [
    [[8, 100], "fan_in", 100],
    [[8, 100], "fan_out", 8],
    [[16, 3, 3, 3], "fan_in", 27],
    [[16, 3, 3, 3], "fan_out", 144],
  ];
  for (const [shape, mode, fan] of cases) {
    const bound = Math.sqrt(6 / fan); // gain √2 (torch's default a = 0)
    const m = maxAbs(await run(port, "kaiming_uniform_", shape, { mode }));
    assert.ok(m <= bound * (1 + 1e-6), `${shape} ${mode}: max |x| ${m} > bound ${bound}`);
    assert.ok(m > 0.9 * bound, `${shape} ${mode}: max |x| ${m} ≤ 0.9 · bound ${bound}`);
  }
});

Deno.test("results are transposed back to torch's row-major layout (orthogonal_)", async () => {
  const port = await tfjsPort({ seed: 4 });
  for (const shape of [[64, 32], [16, 3, 3, 3], [5, 12]]) {
    const data = await run(port, "orthogonal_", shape);
    assert.ok(orthogonalityError(data, shape[0]) < 1e-5, `${shape}`);
  }
});

Deno.test("identity on [4, 4] equals eye; other eye_ shapes are refused", async () => {
  const port = await tfjsPort();
  const eye = new Float32Array(16);
  for (let i = 0; i < 4; i++) eye[i * 5] = 1;
  assert.deepEqual(await run(port, "eye_", [4, 4]), eye);
  await assert.rejects(() => run(port, "eye_", [3, 5]), refusal("NotImplemented"));
  await assert.rejects(() => run(port, "eye_", [2, 2, 2]), refusal("ValueError"));
});

Deno.test("refuses what TF.js cannot do", async () => {
  const port = await tfjsPort({ seed: 5 });
  await assert.rejects(
    async () => await port.init!({ op: "normal_", shape: [4], dtype: "float64", args: {} }),
    (e: unknown) => refusal("NotImplemented")(e) && /float64/.test((e as Error).message),
  );
  await assert.rejects(() => run(port, "dirac_", [4, 4, 3]), refusal("NotImplemented"));
  await assert.rejects(
    () => run(port, "sparse_", [4, 4], { sparsity: 0.5 }),
    refusal("NotImplemented"),
  );
  await assert.rejects(() => run(port, "orthogonal_", [6])); // TF.js: shape must be at least 2D
});

Deno.test("the mapping adds no corrections: TF.js's own semantics show through", async () => {
  const port = await tfjsPort({ seed: 6 });
  // torch's default uniform_ a = 0 reaches TF.js, whose `minval || -0.05` turns it into -0.05.
  const u = await run(port, "uniform_", [64, 32]);
  assert.ok(Math.min(...u) < 0 && Math.min(...u) >= -0.05);
  // trunc_normal_'s absolute [a, b] = [-2, 2] is ignored: TF.js cuts at mean ± 2·std.
  const t = await run(port, "trunc_normal_", [64, 32], { std: 0.02, a: -2, b: 2 });
  assert.ok(maxAbs(t) <= 0.04 * (1 + 1e-6));
});

Deno.test("seeding repeats: same seed, same values; manualSeed restarts the sequence", async () => {
  const request: InitRequest = { op: "normal_", shape: [16, 8], dtype: "float32", args: {} };
  const a = await tfjsPort({ seed: 7 });
  const b = await tfjsPort({ seed: 7 });
  const first = await a.init!(request);
  assert.deepEqual(await b.init!(request), first);
  const second = await a.init!(request);
  assert.notDeepEqual(second, first);
  await a.manualSeed!(7n);
  assert.deepEqual(await a.init!(request), first);
  await a.manualSeed!(8n);
  assert.notDeepEqual(await a.init!(request), first);
});

type Spec = { type: string; args?: unknown[]; kwargs?: Record<string, unknown> };

async function build(port: Port, spec: Spec, seed = 0n) {
  return (await port.module!({ spec, seed })).stateDict;
}

Deno.test("module: Keras layers come back under torch's names, shapes and layouts", async () => {
  const port = await tfjsPort();
  const layout = async (spec: Spec) =>
    (await build(port, spec)).map((e) => `${e.name}:${e.dtype}[${e.shape}]`);
  assert.deepEqual(await layout({ type: "Linear", args: [5, 4] }), [
    "weight:float32[4,5]",
    "bias:float32[4]",
  ]);
  assert.deepEqual(await layout({ type: "Linear", args: [5, 4], kwargs: { bias: false } }), [
    "weight:float32[4,5]",
  ]);
  assert.deepEqual(
    await layout({ type: "Conv2d", args: [3, 6, [3, 2]], kwargs: { stride: [2, 1], padding: 1 } }),
    ["weight:float32[6,3,3,2]", "bias:float32[6]"],
  );
  assert.deepEqual(await layout({ type: "Embedding", args: [10, 3] }), ["weight:float32[10,3]"]);
  assert.deepEqual(await layout({ type: "LSTM", args: [4, 3] }), [
    "weight_ih_l0:float32[12,4]",
    "weight_hh_l0:float32[12,3]",
    "bias_ih_l0:float32[12]",
    "bias_hh_l0:float32[12]",
  ]);
  assert.deepEqual(await layout({ type: "LayerNorm", args: [[2, 3]] }), [
    "weight:float32[2,3]",
    "bias:float32[2,3]",
  ]);
  assert.deepEqual(
    await layout({
      type: "Sequential",
      args: [{ type: "Linear", args: [3, 4] }, { type: "ReLU" }, {
        type: "Sequential",
        args: [{ type: "LayerNorm", args: [4] }],
      }],
    }),
    ["0.weight:float32[4,3]", "0.bias:float32[4]", "2.0.weight:float32[4]", "2.0.bias:float32[4]"],
  );
});

Deno.test("module: Keras' defaults show through (glorotNormal ±2σ, zero biases, orthogonal recurrent kernel)", async () => {
  const port = await tfjsPort();
  const [w, b] = await build(port, { type: "Linear", args: [300, 100] });
  // glorotNormal: a normal truncated at ±2σ, σ = √(2 / (fan_in + fan_out)), fans of [in, out].
  const sigma = Math.sqrt(2 / 400);
  assert.ok(maxAbs(w.data as Float32Array) <= 2 * sigma * (1 + 1e-6));
  assert.ok(maxAbs(w.data as Float32Array) > 1.9 * sigma);
  assert.ok((b.data as Float32Array).every((x) => x === 0), "Keras' zero bias");
  const [, hh, bih, bhh] = await build(port, { type: "LSTM", args: [8, 4] });
  // recurrent_kernel [h, 4h] is orthogonal (rows orthonormal); torch's layout [4h, h] has
  // orthonormal columns.
  const t = new Float32Array(hh.data.length);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 4; j++) t[j * 16 + i] = hh.data[i * 4 + j] as number;
  }
  assert.ok(orthogonalityError(t, 4) < 1e-5);
  assert.ok((bih.data as Float32Array).every((x) => x === 0), "no unit forget bias by default");
  assert.ok((bhh.data as Float32Array).every((x) => x === 0), "bias_hh_l0 is zeros");
  const [gamma, beta] = await build(port, { type: "LayerNorm", args: [6] });
  assert.ok((gamma.data as Float32Array).every((x) => x === 1));
  assert.ok((beta.data as Float32Array).every((x) => x === 0));
  const [emb] = await build(port, { type: "Embedding", args: [50, 20] });
  assert.ok(maxAbs(emb.data as Float32Array) <= 0.05, "randomUniform(-0.05, 0.05)");
});

Deno.test("module: a seed repeats, another seed differs", async () => {
  const port = await tfjsPort();
  const spec = {
    type: "Sequential",
    args: [{ type: "Linear", args: [3, 2] }, { type: "LSTM", args: [2, 2] }],
  };
  const first = await build(port, spec, 11n);
  assert.deepEqual(await build(port, spec, 11n), first);
  const other = await build(port, spec, 12n);
  assert.notDeepEqual(other[0].data, first[0].data);
  assert.notDeepEqual(other[3].data, first[3].data);
});

Deno.test("module: refuses what Keras cannot express, frees every tensor", async () => {
  const port = await tfjsPort();
  const before = tf.memory().numTensors;
  const refused = [
    { type: "Linear", args: [3, 2], kwargs: { dtype: "float64" } },
    { type: "MultiheadAttention", args: [8, 2] },
    { type: "Embedding", args: [10, 3], kwargs: { padding_idx: 0 } },
    { type: "Conv2d", args: [4, 8, 3], kwargs: { groups: 4 } },
    { type: "Conv2d", args: [2, 2, 3], kwargs: { padding: 1, padding_mode: "circular" } },
    { type: "LSTM", args: [4, 3], kwargs: { num_layers: 2 } },
    { type: "LSTM", args: [4, 3], kwargs: { bidirectional: true } },
    { type: "LSTM", args: [4, 3], kwargs: { proj_size: 2 } },
    { type: "BatchNorm2d", args: [2] },
    { type: "Custom", children: [] },
    { type: "Linear", args: [3, 2], reinit: [] },
    { type: "Sequential", args: [{ type: "Linear", args: [3, 2] }, { type: "GRU", args: [2, 2] }] },
  ];
  for (const spec of refused) {
    await assert.rejects(
      async () => await port.module!({ spec, seed: 0n }),
      refusal("NotImplemented"),
      JSON.stringify(spec),
    );
  }
  for (const spec of [{ type: "LSTM", args: [6, 5] }, { type: "Conv2d", args: [2, 3, 3] }]) {
    await build(port, spec as Spec);
  }
  assert.equal(tf.memory().numTensors, before, "tensors leaked");
});

Deno.test("level 5 on TF.js: docs/harness.md's measured facts", async () => {
  const { runConformance } = await import("../runner.ts");
  const report = await runConformance(await tfjsPort(), { levels: [5], torchVersion: "1.13" });
  const of = (op: string, pattern: RegExp) =>
    report.checks.filter((c) => c.op === op && pattern.test(c.name));
  for (const op of ["nn.Linear", "nn.Conv2d", "nn.Embedding", "nn.LSTM", "nn.LayerNorm"]) {
    const built = of(op, /names, order/);
    assert.ok(built.length > 0, op);
    assert.ok(built.every((c) => c.status === "pass"), `${op}: structure`);
    assert.ok(of(op, /deterministic/).every((c) => c.status === "pass"), `${op}: constants`);
  }
  assert.equal(of("nn.MultiheadAttention", /names, order/).length, 0, "no attention built");
  const status = (op: string, name: string) => of(op, new RegExp(`^${name}`))[0]?.status;
  assert.equal(status("nn.Linear", String.raw`Linear\(300,100\)/seed=0: bias law`), "fail");
  assert.equal(status("nn.Embedding", String.raw`Embedding\(64,64\)/seed=0: weight law`), "fail");
  assert.equal(
    status("nn.Conv2d", String.raw`Conv2d\(2,2,3,padding=same,stride=2\)/seed=0: refuses`),
    "fail",
    "Keras builds padding='same' with a stride",
  );
  // The totals docs/harness.md quotes: if the goldens change, re-measure its TF.js level-5 table.
  const again = "docs/harness.md's TF.js level-5 table needs re-measuring";
  assert.equal(report.checks.length, 424, again);
  assert.equal(report.checks.filter((c) => c.status === "pass").length, 118, again);
});
