// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import {
  calculateFanInAndFanOut,
  calculateGain,
  dirac,
  empty,
  eye,
  Generator,
  kaimingNormal,
  kaimingUniform,
  orthogonal,
  setWarningHandler,
  sparse,
  truncNormal,
  xavierUniform,
} from "../mod.ts";

Deno.test("calculateGain matches torch's values", () => {
  for (
    const n of ["linear", "conv1d", "conv2d", "conv3d", "sigmoid", "conv_transpose2d"] as const
  ) {
    assert.equal(calculateGain(n), 1);
  }
  assert.equal(calculateGain("tanh"), 1.6666666666666667);
  assert.equal(calculateGain("relu"), 1.4142135623730951);
  assert.equal(calculateGain("selu"), 0.75);
  assert.equal(calculateGain("leaky_relu"), 1.4141428569978354);
  assert.equal(calculateGain("leaky_relu", 0), Math.SQRT2);
  assert.equal(calculateGain("leaky_relu", Math.sqrt(5)), 0.5773502691896257);
  assert.equal(calculateGain("relu", 123), Math.SQRT2); // param ignored
});

Deno.test("fans for conv and linear weights", () => {
  assert.deepEqual(calculateFanInAndFanOut({ shape: [3, 5] }), [5, 3]);
  assert.deepEqual(calculateFanInAndFanOut({ shape: [16, 3, 3, 3] }), [27, 144]);
  assert.deepEqual(calculateFanInAndFanOut({ shape: [2, 3, 4, 5, 6] }), [360, 240]);
  assert.deepEqual(calculateFanInAndFanOut({ shape: [5, 0] }), [0, 5]);
});

Deno.test("eye and dirac on views", () => {
  const base = empty([6, 8]);
  base.data.fill(7);
  eye({ data: base.data, shape: [4, 5], strides: [8, 1], offset: 10 });
  for (let r = 0; r < 6; r++) {
    for (let c = 0; c < 8; c++) {
      const inside = r >= 1 && r < 5 && c >= 2 && c < 7;
      const want = !inside ? 7 : (r - 1 === c - 2 ? 1 : 0);
      assert.equal(base.data[r * 8 + c], want, `(${r}, ${c})`);
    }
  }
  const w = dirac(empty([6, 3, 3, 3]), { groups: 2 });
  let ones = 0;
  w.data.forEach((x) => (ones += x));
  assert.equal(ones, 6); // 2 groups × min(3, 3)
  assert.equal(w.data[(0 * 3 + 0) * 9 + 4], 1);
  assert.equal(w.data[(4 * 3 + 1) * 9 + 4], 1);
});

Deno.test("kaiming on zero-element tensors warns and draws nothing", () => {
  const seen: string[] = [];
  const prev = setWarningHandler((m) => seen.push(m));
  try {
    const g = new Generator().manualSeed(1);
    const before = g.getState();
    kaimingUniform(empty([0, 5]), { generator: g });
    kaimingNormal(empty([3, 0, 2]), { generator: g });
    orthogonal(empty([0, 3]), { generator: g });
    assert.deepEqual(g.getState(), before);
    assert.deepEqual(seen, [
      "Initializing zero-element tensors is a no-op",
      "Initializing zero-element tensors is a no-op",
    ]);
  } finally {
    setWarningHandler(prev);
  }
});

Deno.test("truncNormal warns when the mean is far outside [a, b], and stays inside", () => {
  const seen: string[] = [];
  const prev = setWarningHandler((m) => seen.push(m));
  try {
    const t = truncNormal(empty([1000]), { mean: 10, generator: new Generator() });
    assert.ok(t.data.every((x) => x >= -2 && x <= 2));
    assert.equal(seen.length, 1);
    assert.match(seen[0], /^mean is more than 2 std from \[a, b\] in nn.init.trunc_normal_/);
    truncNormal(empty([10]), { generator: new Generator() });
    assert.equal(seen.length, 1);
  } finally {
    setWarningHandler(prev);
  }
});

Deno.test("sparse zeroes exactly ceil(sparsity * rows) per column", () => {
  for (const [rows, cols, s] of [[10, 20, 0.5], [7, 3, 0.1], [6, 4, 1], [6, 4, 0]] as const) {
    const w = sparse(empty([rows, cols], { dtype: "float64" }), s, {
      generator: new Generator().manualSeed(3),
      generatorForPermutations: true,
      std: 1,
    });
    for (let c = 0; c < cols; c++) {
      let z = 0;
      for (let r = 0; r < rows; r++) if (w.data[r * cols + c] === 0) z++;
      assert.equal(z, Math.ceil(s * rows), `${rows}x${cols} s=${s} column ${c}`);
    }
  }
});

Deno.test("sparse: permutations use the default generator unless asked otherwise", () => {
  const run = (own: boolean) => {
    const g = new Generator().manualSeed(9);
    sparse(empty([8, 8]), 0.5, { generator: g, generatorForPermutations: own });
    return g.getState();
  };
  const a = new Generator().manualSeed(9);
  // normal_ over 64 float32 elements consumes 64 draws.
  kaimingNormal(empty([8, 8]), { generator: a });
  assert.deepEqual(run(false), a.getState());
  assert.notDeepEqual(run(true), a.getState());
});

Deno.test("orthogonal: QᵀQ = gain²·I for tall, wide and >2-D shapes", () => {
  for (const shape of [[64, 32], [32, 64], [16, 3, 3, 3], [10, 10], [1, 7], [7, 1]]) {
    const gain = 1.5;
    const t = orthogonal(empty(shape, { dtype: "float64" }), { gain, generator: new Generator() });
    const rows = shape[0];
    const cols = t.data.length / rows;
    const tall = rows >= cols;
    const n = tall ? cols : rows;
    const len = tall ? rows : cols;
    const at = (i: number, k: number) => tall ? t.data[k * cols + i] : t.data[i * cols + k];
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let k = 0; k < len; k++) s += at(i, k) * at(j, k);
        assert.ok(Math.abs(s - (i === j ? gain * gain : 0)) < 1e-12, `${shape} (${i},${j}) ${s}`);
      }
    }
  }
});

Deno.test("xavier and kaiming bounds", () => {
  const x = xavierUniform(empty([30, 50]), { gain: 2, generator: new Generator() });
  const a = 2 * Math.sqrt(3) * Math.sqrt(2 / 80);
  assert.ok(x.data.every((v) => Math.abs(v) <= Math.fround(a)));
  const k = kaimingUniform(empty([30, 50]), { mode: "fan_out", generator: new Generator() });
  const bound = Math.sqrt(3) * (Math.SQRT2 / Math.sqrt(30));
  assert.ok(k.data.every((v) => Math.abs(v) <= Math.fround(bound)));
  assert.ok(k.data.some((v) => Math.abs(v) > 0.9 * bound));
});
