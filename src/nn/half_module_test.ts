// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Half-precision modules (issue 15 item 3): parameters and buffers hold
 * float16 / bfloat16 bits, `to` / `half` / `bfloat16` and `loadStateDict`
 * convert as torch's `copy_` does (round to nearest even; a double is rounded
 * to float first), and state dicts round-trip through safetensors. The
 * initial values themselves are checked against real torch by the module
 * goldens (golden/module_replay_test.ts).
 *
 * @module
 */

import assert from "node:assert/strict";
import { empty, Generator, halfBits, type HalfTensor, halfValue } from "../mod.ts";
import { loadSafetensors, saveSafetensors } from "../io/mod.ts";
import {
  BatchNorm1d,
  Embedding,
  EmbeddingBag,
  LayerNorm,
  Linear,
  Parameter,
  PReLU,
  Sequential,
  TransformerEncoderLayer,
} from "./mod.ts";

const gen = () => new Generator().manualSeed(0);

/** A state-dict entry's elements (half bits, floats or int64s) as an array. */
function bitsOf(t: { data: ArrayLike<number> | BigInt64Array }): Array<number | bigint> {
  return Array.from(t.data as ArrayLike<number | bigint>);
}

Deno.test("half modules: parameters and running statistics hold the dtype's bits", () => {
  for (const dtype of ["float16", "bfloat16"] as const) {
    const net = new Sequential(
      new Linear(3, 4, { dtype, generator: gen() }),
      new BatchNorm1d(4, { dtype }),
    );
    for (const [name, p] of net.namedParameters()) {
      assert.ok(p instanceof Parameter);
      assert.equal(p.dtype, dtype, name);
      assert.ok(p.data instanceof Uint16Array, name);
    }
    const sd = net.stateDict();
    for (const key of ["0.weight", "0.bias", "1.weight", "1.bias", "1.running_mean"]) {
      const t = sd.get(key) as HalfTensor;
      assert.equal(t.dtype, dtype, key);
      assert.ok(t.data instanceof Uint16Array, key);
    }
    const one = halfBits(1, dtype);
    assert.deepEqual(Array.from(sd.get("1.running_var")!.data as Uint16Array), [
      one,
      one,
      one,
      one,
    ]);
    assert.ok(sd.get("1.num_batches_tracked")!.data instanceof BigInt64Array);
  }
});

Deno.test("half modules: PReLU's fill_(init) and padding_idx's fill_(0) round as torch", () => {
  // 0.1 is not a float16 or bfloat16 value: fill_ rounds it once, from float.
  assert.deepEqual(
    Array.from(new PReLU(2, { init: 0.1, dtype: "float16" }).weight.data),
    [0x2e66, 0x2e66],
  );
  assert.deepEqual(
    Array.from(new PReLU(1, { init: 0.1, dtype: "bfloat16" }).weight.data),
    [0x3dcd],
  );
  for (const dtype of ["float16", "bfloat16"] as const) {
    const emb = new Embedding(5, 3, { paddingIdx: -2, dtype, generator: gen() });
    assert.deepEqual(Array.from(emb.weight.data.subarray(9, 12)), [0, 0, 0]);
    assert.ok(Array.from(emb.weight.data.subarray(0, 9)).some((b) => b !== 0));
  }
});

Deno.test("half modules: an Embedding over a given half weight shares it", () => {
  const w = empty([4, 2], { dtype: "bfloat16" });
  w.data.fill(0x3f80);
  const emb = new Embedding(4, 2, { weight: w, paddingIdx: 0 });
  assert.equal(emb.weight.data, w.data);
  assert.equal(emb.weight.dtype, "bfloat16");
  assert.deepEqual(Array.from(emb.weight.data), new Array(8).fill(0x3f80), "nothing zeroed");
});

Deno.test("to / half / bfloat16: round to nearest even; a double goes through float", () => {
  const fc = new Linear(2, 2, { dtype: "float64", generator: gen() });
  const w = fc.weight;
  // 1 + 2^-11 + 2^-40: nearer to 1 + 2^-10 than to 1 in float16, but float32 rounds it to
  // the tie 1 + 2^-11 first, which goes to even (1): torch gives 0x3c00, measured.
  w.data.set([1 + 2 ** -11 + 2 ** -40, 1 + 2 ** -8 + 2 ** -30, 65519, -0]);
  fc.half();
  assert.equal(fc.weight, w, "parameters keep their identity");
  assert.equal(w.dtype, "float16");
  assert.deepEqual(Array.from(w.data), [0x3c00, 0x3c04, 0x7bff, 0x8000]);
  fc.to("bfloat16"); // float16 → bfloat16 through float: 1, 1.00390625, 65504, -0
  assert.equal(w.dtype, "bfloat16");
  assert.deepEqual(Array.from(w.data), [0x3f80, 0x3f80, 0x4780, 0x8000]);
  fc.float();
  assert.equal(w.dtype, undefined);
  assert.ok(w.data instanceof Float32Array);
  assert.deepEqual(Array.from(w.data), [1, 1, 65536, -0]);
  const bn = new BatchNorm1d(2).bfloat16();
  assert.equal((bn.running_mean as unknown as HalfTensor).dtype, "bfloat16");
  assert.ok(bn.num_batches_tracked!.data instanceof BigInt64Array, "int64 is left alone");
  assert.throws(() => bn.to("float8" as "float32"), RangeError);
});

Deno.test("loadStateDict: into and out of half modules as torch's copy_ converts", () => {
  const a = new Linear(2, 2, { generator: gen() });
  a.weight.data.set([0.1, -1 / 3, 1e-8, 70000]);
  const b = new Linear(2, 2, { dtype: "float16" });
  b.loadStateDict(a.stateDict());
  assert.deepEqual(
    Array.from(b.weight.data),
    [0x2e66, 0xb555, halfBits(1e-8, "float16"), 0x7c00],
  );
  // half → float32 is exact; bfloat16 → float16 goes through float
  const c = new Linear(2, 2);
  c.loadStateDict(b.stateDict());
  assert.deepEqual(
    Array.from(c.weight.data),
    Array.from(b.weight.data, (h) => halfValue(h, "float16")),
  );
  const d = new Linear(2, 2, { dtype: "bfloat16" });
  d.loadStateDict(b.stateDict());
  assert.deepEqual(
    Array.from(d.weight.data),
    Array.from(b.weight.data, (h) => halfBits(halfValue(h, "float16"), "bfloat16")),
  );
  // a Uint16Array without a half dtype holds integers (as torch's uint16 / int tensors)
  d.loadStateDict({
    weight: { data: new Uint16Array([1, 2, 257, 65535]), shape: [2, 2] },
    bias: { data: new BigInt64Array([3n, 2n ** 40n + 1n]), shape: [2] },
  });
  assert.deepEqual(Array.from(d.weight.data), [0x3f80, 0x4000, 0x4380, 0x4780]);
  assert.deepEqual(Array.from(d.bias!.data), [0x4040, 0x5380]);
});

Deno.test("half modules: a state dict round-trips through safetensors bit for bit", () => {
  for (const dtype of ["float16", "bfloat16"] as const) {
    const net = new Sequential(
      new TransformerEncoderLayer(4, 2, { dimFeedforward: 8, dtype, generator: gen() }),
      new LayerNorm(4, { dtype }),
    );
    const sd = net.stateDict();
    const file = loadSafetensors(saveSafetensors(Object.fromEntries(sd)));
    assert.equal(file.tensors["0.linear1.weight"].dtype, dtype === "float16" ? "F16" : "BF16");
    const fresh = new Sequential(
      new TransformerEncoderLayer(4, 2, {
        dimFeedforward: 8,
        dtype,
        generator: gen().manualSeed(9),
      }),
      new LayerNorm(4, { dtype }),
    );
    fresh.loadStateDict(file.tensors);
    for (const [k, t] of fresh.stateDict()) {
      assert.deepEqual(bitsOf(t), bitsOf(sd.get(k)!), k);
    }
  }
});

Deno.test("Parameter: a Uint16Array needs a half dtype", () => {
  assert.throws(
    () => new Parameter({ data: new Uint16Array(2), shape: [2] } as never),
    /tensor\.dtype must be "float16" or "bfloat16" for Uint16Array data, received undefined/,
  );
  assert.throws(
    () => new Parameter({ data: new Int32Array(2), shape: [2] } as never),
    TypeError,
  );
});

Deno.test("Embedding.fromPretrained and EmbeddingBag's weight option take a half weight", () => {
  const w = empty([3, 2], { dtype: "float16" });
  w.data.set([1, 2, 3, 4, 5, 6]);
  const emb = Embedding.fromPretrained(w);
  assert.equal(emb.weight.data, w.data);
  assert.equal(emb.weight.dtype, "float16");
  const bag = new EmbeddingBag(3, 2, { weight: w, paddingIdx: 1 });
  assert.equal(bag.weight.dtype, "float16");
  assert.deepEqual(Array.from(bag.weight.data), [1, 2, 3, 4, 5, 6], "nothing drawn or zeroed");
});
