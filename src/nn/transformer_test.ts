// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { defaultGenerator, Generator } from "../random/generator.ts";
import { manualSeed } from "../random/manual_seed.ts";
import { xavierUniform } from "../init/xavier_uniform.ts";
import { empty } from "../tensor.ts";
import { GELU } from "./gelu.ts";
import { LayerNorm } from "./layer_norm.ts";
import { Linear } from "./linear.ts";
import { ModuleList } from "./module_list.ts";
import { PReLU } from "./prelu.ts";
import { ReLU } from "./relu.ts";
import { Tanh } from "./tanh.ts";
import { TransformerEncoderLayer } from "./transformer_encoder_layer.ts";
import { TransformerDecoderLayer } from "./transformer_decoder_layer.ts";
import { TransformerEncoder } from "./transformer_encoder.ts";
import { TransformerDecoder } from "./transformer_decoder.ts";
import { Transformer } from "./transformer.ts";

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

const children = (m: { namedChildren(): Iterable<[string, unknown]> }) =>
  [...m.namedChildren()].map(([k]) => k);

Deno.test("TransformerEncoderLayer: children, properties and activation kinds", () => {
  const l = new TransformerEncoderLayer(8, 2, { dimFeedforward: 16, layerNormEps: 1e-6 });
  assert.deepEqual(children(l), [
    "self_attn",
    "linear1",
    "dropout",
    "linear2",
    "norm1",
    "norm2",
    "dropout1",
    "dropout2",
  ]);
  assert.deepEqual([l.linear1.inFeatures, l.linear1.outFeatures, l.linear2.outFeatures], [
    8,
    16,
    8,
  ]);
  assert.deepEqual([l.norm1.eps, l.dropout.p, l.self_attn.dropout, l.normFirst], [
    1e-6,
    0.1,
    0.1,
    false,
  ]);
  assert.deepEqual([l.activation, l.activationReluOrGelu], ["relu", 1]);
  assert.equal(new TransformerEncoderLayer(4, 1, { activation: "gelu" }).activationReluOrGelu, 2);
  const gelu = new TransformerEncoderLayer(4, 1, { activation: new GELU() });
  assert.equal(gelu.activationReluOrGelu, 2);
  assert.equal(children(gelu).at(-1), "activation");
  assert.equal(
    new TransformerEncoderLayer(4, 1, { activation: new ReLU() }).activationReluOrGelu,
    1,
  );
  assert.equal(
    new TransformerEncoderLayer(4, 1, { activation: new Tanh() }).activationReluOrGelu,
    0,
  );
  const fn = new TransformerEncoderLayer(4, 1, { activation: Math.tanh });
  assert.deepEqual([fn.activation, fn.activationReluOrGelu], [Math.tanh, 0]);
  assert.equal(children(fn).includes("activation"), false);
  const prelu = new TransformerEncoderLayer(4, 1, { activation: new PReLU(2), batchFirst: true });
  assert.deepEqual([...prelu.stateDict().keys()].at(-1), "activation.weight");
  assert.equal(prelu.self_attn.batchFirst, true);
});

Deno.test("TransformerDecoderLayer: children in torch's order", () => {
  const l = new TransformerDecoderLayer(8, 2, { dimFeedforward: 16, normFirst: true });
  assert.deepEqual(children(l), [
    "self_attn",
    "multihead_attn",
    "linear1",
    "dropout",
    "linear2",
    "norm1",
    "norm2",
    "norm3",
    "dropout1",
    "dropout2",
    "dropout3",
  ]);
  assert.equal(l.normFirst, true);
  assert.equal(l.activation, "relu");
  assert.equal(children(new TransformerDecoderLayer(4, 1, { activation: new GELU() })).length, 12);
});

Deno.test("Transformer layers: draw order is attention(s), then linear1, then linear2", () => {
  manualSeed(4);
  const l = new TransformerDecoderLayer(4, 2, { dimFeedforward: 6 });
  const after = defaultGenerator.getState();
  manualSeed(4);
  const a1 = new Linear(4, 4); // self_attn.out_proj
  xavierUniform(empty([12, 4])); // self_attn.in_proj_weight
  new Linear(4, 4); // multihead_attn.out_proj
  xavierUniform(empty([12, 4]));
  const l1 = new Linear(4, 6);
  const l2 = new Linear(6, 4);
  assert.deepEqual(defaultGenerator.getState(), after);
  assert.deepEqual(l.self_attn.out_proj.weight.data, a1.weight.data);
  assert.deepEqual(l.linear1.weight.data, l1.weight.data);
  assert.deepEqual(l.linear2.bias?.data, l2.bias?.data);
});

Deno.test("TransformerEncoder/Decoder: deep copies, bit-identical, independent, no draws", () => {
  const layer = new TransformerEncoderLayer(4, 2, { dimFeedforward: 8, activation: new PReLU() });
  const before = defaultGenerator.getState();
  const enc = new TransformerEncoder(layer, 3);
  assert.deepEqual(defaultGenerator.getState(), before);
  assert.ok(enc.layers instanceof ModuleList);
  assert.equal(enc.layers.length, 3);
  assert.deepEqual([enc.numLayers, enc.norm, enc.enableNestedTensor, enc.maskCheck], [
    3,
    null,
    true,
    true,
  ]);
  assert.deepEqual(children(enc), ["layers"]);
  for (const clone of enc.layers) {
    assert.notEqual(clone, layer);
    assert.ok(clone instanceof TransformerEncoderLayer);
    assert.notEqual(clone.linear1.weight.data, layer.linear1.weight.data);
    assert.deepEqual(clone.linear1.weight.data, layer.linear1.weight.data);
    assert.ok(clone.activation instanceof PReLU);
    assert.notEqual(clone.activation, layer.activation);
    assert.deepEqual(
      [...clone.stateDict()].map(([k, v]) => [k, [...v.data]]),
      [...layer.stateDict()].map(([k, v]) => [k, [...v.data]]),
    );
  }
  enc.layers[0].linear1.weight.data[0] = 42;
  assert.notEqual(enc.layers[1].linear1.weight.data[0], 42);
  assert.notEqual(layer.linear1.weight.data[0], 42);

  const dec = new TransformerDecoder(new TransformerDecoderLayer(4, 2, { dimFeedforward: 8 }), 2, {
    norm: new LayerNorm(4),
  });
  assert.deepEqual(children(dec), ["layers", "norm"]);
  assert.deepEqual([...dec.stateDict().keys()].slice(-2), ["norm.weight", "norm.bias"]);
  assert.equal(new TransformerDecoder(new Linear(1, 1), 0).layers.length, 0);
});

Deno.test("Transformer: stacks built, then xavier_uniform_ on every parameter of dim > 1", () => {
  manualSeed(8);
  const m = new Transformer({
    dModel: 4,
    nhead: 2,
    numEncoderLayers: 2,
    numDecoderLayers: 1,
    dimFeedforward: 6,
  });
  const after = defaultGenerator.getState();
  assert.deepEqual(children(m), ["encoder", "decoder"]);
  assert.deepEqual([m.dModel, m.nhead, m.batchFirst], [4, 2, false]);
  assert.ok(m.encoder.norm instanceof LayerNorm);
  assert.ok(m.decoder.norm instanceof LayerNorm);
  // replay: both layer templates draw, then xavier in parameters() order
  manualSeed(8);
  const encLayer = new TransformerEncoderLayer(4, 2, { dimFeedforward: 6 });
  new TransformerDecoderLayer(4, 2, { dimFeedforward: 6 });
  const expected: Float32Array[] = [];
  for (const p of m.parameters()) {
    if (p.shape.length > 1) expected.push(xavierUniform(empty([...p.shape])).data as Float32Array);
  }
  assert.deepEqual(defaultGenerator.getState(), after);
  const got = [...m.parameters()].filter((p) => p.shape.length > 1).map((p) => p.data);
  assert.deepEqual(got, expected);
  // biases keep the template's values in every clone
  assert.deepEqual(m.encoder.layers[1].linear1.bias?.data, encLayer.linear1.bias?.data);
  assert.ok(m.encoder.layers[0].self_attn.in_proj_bias?.data.every((x) => x === 0));
});

Deno.test("Transformer: custom encoder/decoder, float64, explicit generator", () => {
  const custom = new Linear(3, 3);
  const m = new Transformer({
    dModel: 4,
    nhead: 1,
    numDecoderLayers: 1,
    dimFeedforward: 4,
    customEncoder: custom,
  });
  assert.equal(m.encoder, custom);
  assert.ok(m.encoder instanceof Linear);
  manualSeed(0);
  const before = defaultGenerator.getState();
  const a = new Transformer({
    dModel: 4,
    nhead: 2,
    numEncoderLayers: 1,
    numDecoderLayers: 1,
    dimFeedforward: 4,
    dtype: "float64",
    generator: new Generator().manualSeed(1),
  });
  assert.deepEqual(defaultGenerator.getState(), before);
  manualSeed(1);
  const b = new Transformer({
    dModel: 4,
    nhead: 2,
    numEncoderLayers: 1,
    numDecoderLayers: 1,
    dimFeedforward: 4,
    dtype: "float64",
  });
  for (const [k, v] of a.stateDict()) {
    assert.ok(v.data instanceof Float64Array, k);
    assert.deepEqual(v.data, b.stateDict().get(k)!.data, k);
  }
});

Deno.test("Transformer modules: bad arguments are refused before any draw", () => {
  const enc = "Cannot create TransformerEncoderLayer";
  refuses(
    () => new TransformerEncoderLayer(6, 4),
    RangeError,
    new RegExp(`^${enc}: dModel must be divisible by nhead, received dModel 6 and nhead 4$`),
  );
  refuses(
    () => new TransformerEncoderLayer(0, 1),
    RangeError,
    /dModel must be positive, received 0/,
  );
  refuses(
    () => new TransformerEncoderLayer(4, 0),
    RangeError,
    /nhead must be positive, received 0/,
  );
  refuses(
    () => new TransformerEncoderLayer(4, 2, { dimFeedforward: -1 }),
    RangeError,
    /dimFeedforward must be at least 0, received -1/,
  );
  refuses(
    () => new TransformerEncoderLayer(4, 2, { dropout: 2 }),
    RangeError,
    /dropout must be in \[0, 1\], received 2/,
  );
  refuses(
    () => new TransformerEncoderLayer(4, 2, { activation: "tanh" as "relu" }),
    RangeError,
    /activation should be "relu" or "gelu" \(or a module or function\), received "tanh"/,
  );
  refuses(
    () => new TransformerEncoderLayer(4, 2, { activation: 3 as never }),
    TypeError,
    /activation must be "relu", "gelu", a Module or a function, received 3/,
  );
  refuses(
    () => new TransformerEncoderLayer(4, 2, { layerNormEps: "1e-5" as never }),
    TypeError,
    /layerNormEps must be a number/,
  );
  refuses(
    () => new TransformerEncoderLayer(4, 2, { normFirst: 1 as never }),
    TypeError,
    /normFirst must be a boolean/,
  );
  refuses(
    () => new TransformerEncoderLayer(4, 2, { batchFirst: "no" as never }),
    TypeError,
    /batchFirst must be a boolean/,
  );
  refuses(
    () => new TransformerEncoderLayer(4, 2, { dtype: "half" as never }),
    RangeError,
    /dtype must be one of/,
  );
  refuses(
    () => new TransformerDecoderLayer(4, 3),
    RangeError,
    /^Cannot create TransformerDecoderLayer: dModel must be divisible by nhead/,
  );
  refuses(
    () => new TransformerDecoderLayer(4, 2, { generator: {} as never }),
    TypeError,
    /generator/,
  );
  refuses(
    () => new TransformerEncoder({} as never, 2),
    TypeError,
    /^Cannot create TransformerEncoder: encoderLayer must be a Module, received Object$/,
  );
  refuses(
    () => new TransformerEncoder(new LayerNorm(2), -1),
    RangeError,
    /numLayers must be at least 0, received -1/,
  );
  refuses(
    () => new TransformerEncoder(new LayerNorm(2), 1, { norm: 5 as never }),
    TypeError,
    /norm must be a Module or null, received 5/,
  );
  refuses(
    () => new TransformerEncoder(new LayerNorm(2), 1, { maskCheck: 0 as never }),
    TypeError,
    /maskCheck must be a boolean/,
  );
  refuses(
    () => new TransformerDecoder(null as never, 2),
    TypeError,
    /^Cannot create TransformerDecoder: decoderLayer must be a Module, received null$/,
  );
  refuses(
    () => new TransformerDecoder(new LayerNorm(2), 1.5),
    RangeError,
    /numLayers must be an integer, received 1.5/,
  );
  refuses(
    () => new Transformer({ dModel: 10, nhead: 4 }),
    RangeError,
    /^Cannot create Transformer: dModel must be divisible by nhead, received dModel 10 and nhead 4$/,
  );
  refuses(
    () => new Transformer({ numEncoderLayers: -1 }),
    RangeError,
    /numEncoderLayers must be at least 0, received -1/,
  );
  refuses(
    () => new Transformer({ numDecoderLayers: "6" as never }),
    TypeError,
    /numDecoderLayers must be an integer/,
  );
  refuses(
    () => new Transformer({ customEncoder: {} as never }),
    TypeError,
    /customEncoder must be a Module or null, received Object/,
  );
  refuses(
    () => new Transformer({ dModel: 4, nhead: 2, numEncoderLayers: 1, customDecoder: 1 as never }),
    TypeError,
    /customDecoder must be a Module or null/,
  );
  refuses(
    () => new Transformer({ dropout: -0.5 }),
    RangeError,
    /^Cannot create Transformer: dropout must be in \[0, 1\], received -0.5$/,
  );
  refuses(
    () => new Transformer(3 as never),
    TypeError,
    /^Cannot create Transformer: options must be an object, received 3$/,
  );
});
