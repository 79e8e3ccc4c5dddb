// Copyright 2026 the torch-parity authors. MIT license.
// Constructor validation of the nn-core modules: every bad argument throws a
// TypeError or RangeError that names the argument and shows its value, before
// any draw (the default generator and an explicit generator are untouched).
import assert from "node:assert/strict";
import { empty } from "../tensor.ts";
import { Generator } from "../random/generator.ts";
import { getRngState } from "../random/get_rng_state.ts";
import { manualSeed } from "../random/manual_seed.ts";
import * as nn from "./mod.ts";

type Bad = [string, () => unknown, typeof TypeError | typeof RangeError, RegExp];

const g = new Generator().manualSeed(9);
const u = undefined as unknown;

const BAD: Bad[] = [
  [
    "Linear in",
    () => new nn.Linear("3" as unknown as number, 2),
    TypeError,
    /inFeatures must be an integer, received string "3"/,
  ],
  [
    "Linear fractional",
    () => new nn.Linear(2.5, 2),
    RangeError,
    /inFeatures must be an integer, received 2.5/,
  ],
  [
    "Linear bias",
    () => new nn.Linear(2, 2, { bias: 1 as unknown as boolean, generator: g }),
    TypeError,
    /bias must be a boolean, received 1/,
  ],
  [
    "Linear dtype",
    () => new nn.Linear(2, 2, { dtype: "int8" as "float32" }),
    RangeError,
    /dtype must be one of "float32", "float64", "float16", "bfloat16", received "int8"/,
  ],
  [
    "Linear generator",
    () => new nn.Linear(2, 2, { generator: {} as Generator }),
    TypeError,
    /generator must be a Generator/,
  ],
  [
    "Linear options",
    () => new nn.Linear(2, 2, 3 as unknown as nn.LinearOptions),
    TypeError,
    /options must be an object, received 3/,
  ],
  ["Linear too large", () => new nn.Linear(2 ** 20, 2 ** 20), RangeError, /too many elements/],
  [
    "Bilinear out",
    () => new nn.Bilinear(2, 2, -1, { generator: g }),
    RangeError,
    /outFeatures must be at least 0, received -1/,
  ],
  [
    "Conv2d kernel",
    () => new nn.Conv2d(1, 1, [3, 3, 3], { generator: g }),
    RangeError,
    /kernelSize must have 2 elements, received \[3, 3, 3\]/,
  ],
  [
    "Conv2d kernel type",
    () => new nn.Conv2d(1, 1, "3" as unknown as number),
    TypeError,
    /kernelSize must be an integer or an array of 2 integers, received "3"/,
  ],
  [
    "Conv1d dilation",
    () => new nn.Conv1d(1, 1, 3, { dilation: 0 }),
    RangeError,
    /dilation must be positive, received 0/,
  ],
  [
    "Conv3d padding",
    () => new nn.Conv3d(1, 1, 3, { padding: -1 }),
    RangeError,
    /padding must be at least 0, received -1/,
  ],
  [
    "Conv1d groups type",
    () => new nn.Conv1d(2, 2, 3, { groups: 1.5 }),
    RangeError,
    /groups must be an integer, received 1.5/,
  ],
  [
    "ConvTranspose1d output_padding",
    () => new nn.ConvTranspose1d(1, 1, 3, { outputPadding: [1, 1] }),
    RangeError,
    /outputPadding must have 1 element, received \[1, 1\]/,
  ],
  [
    "ConvTranspose3d groups",
    () => new nn.ConvTranspose3d(2, 3, 1, { groups: 2, generator: g }),
    RangeError,
    /outChannels must be divisible by groups/,
  ],
  [
    "Embedding dim",
    () => new nn.Embedding(3, -2),
    RangeError,
    /embeddingDim must be at least 0, received -2/,
  ],
  [
    "Embedding padding type",
    () => new nn.Embedding(3, 2, { paddingIdx: "0" as unknown as number }),
    TypeError,
    /paddingIdx must be an integer, received string "0"/,
  ],
  [
    "Embedding padding 0 of 0",
    () => new nn.Embedding(0, 2, { paddingIdx: 0 }),
    RangeError,
    /paddingIdx must be within numEmbeddings 0, received 0/,
  ],
  [
    "Embedding maxNorm",
    () => new nn.Embedding(3, 2, { maxNorm: "1" as unknown as number }),
    TypeError,
    /maxNorm must be a number/,
  ],
  [
    "Embedding weight type",
    () =>
      new nn.Embedding(1, 1, { weight: { data: [1], shape: [1, 1] } as unknown as nn.Parameter }),
    TypeError,
    /tensor.data must be a Float32Array or Float64Array/,
  ],
  [
    "EmbeddingBag sparse",
    () => new nn.EmbeddingBag(3, 2, { sparse: "no" as unknown as boolean }),
    TypeError,
    /sparse must be a boolean, received "no"/,
  ],
  [
    "LayerNorm shape",
    () => new nn.LayerNorm([2, -1]),
    RangeError,
    /normalizedShape\[1\] must be at least 0, received -1/,
  ],
  [
    "LayerNorm eps",
    () => new nn.LayerNorm(2, { eps: "1" as unknown as number }),
    TypeError,
    /eps must be a number/,
  ],
  [
    "GroupNorm groups",
    () => new nn.GroupNorm(0, 4),
    RangeError,
    /numGroups must be positive, received 0/,
  ],
  [
    "BatchNorm features",
    () => new nn.BatchNorm1d(u as number),
    TypeError,
    /numFeatures must be an integer, received undefined/,
  ],
  [
    "BatchNorm momentum",
    () => new nn.BatchNorm2d(2, { momentum: "0.1" as unknown as number }),
    TypeError,
    /momentum must be a number/,
  ],
  [
    "InstanceNorm track",
    () => new nn.InstanceNorm3d(2, { trackRunningStats: 1 as unknown as boolean }),
    TypeError,
    /trackRunningStats must be a boolean, received 1/,
  ],
  [
    "PReLU init",
    () => new nn.PReLU(2, { init: Infinity }),
    RangeError,
    /init must be finite, received Infinity/,
  ],
  [
    "PReLU count",
    () => new nn.PReLU(-1),
    RangeError,
    /numParameters must be at least 0, received -1/,
  ],
  [
    "ReLU inplace",
    () => new nn.ReLU({ inplace: "yes" as unknown as boolean }),
    TypeError,
    /inplace must be a boolean, received "yes"/,
  ],
  ["Softmax dim", () => new nn.Softmax(0.5), RangeError, /dim must be an integer, received 0.5/],
  [
    "Dropout p type",
    () => new nn.Dropout("0.1" as unknown as number),
    TypeError,
    /p must be a number/,
  ],
  [
    "Dropout NaN",
    () => new nn.Dropout(NaN),
    RangeError,
    /p must be a probability between 0 and 1, received NaN/,
  ],
  [
    "MaxPool2d kernel",
    () => new nn.MaxPool2d(0),
    RangeError,
    /kernelSize must be positive, received 0/,
  ],
  [
    "AvgPool2d divisor",
    () => new nn.AvgPool2d(2, { divisorOverride: 0 }),
    RangeError,
    /divisorOverride must be positive, received 0/,
  ],
  [
    "AdaptiveAvgPool2d size",
    () => new nn.AdaptiveAvgPool2d(["1" as unknown as number]),
    TypeError,
    /outputSize\[0\] must be an integer/,
  ],
  [
    "Upsample mode",
    () => new nn.Upsample({ mode: "cubic" as "linear" }),
    RangeError,
    /mode must be one of "nearest", .*received "cubic"/,
  ],
  [
    "Upsample scale",
    () => new nn.Upsample({ scaleFactor: -2 }),
    RangeError,
    /scaleFactor must be positive, received -2/,
  ],
  [
    "ZeroPad2d",
    () => new nn.ZeroPad2d([1, 2]),
    RangeError,
    /padding must have 4 elements, received \[1, 2\]/,
  ],
  [
    "ConstantPad1d value",
    () => new nn.ConstantPad1d(1, u as number),
    TypeError,
    /value must be a number, received undefined/,
  ],
  [
    "PixelShuffle",
    () => new nn.PixelShuffle(0),
    RangeError,
    /upscaleFactor must be positive, received 0/,
  ],
  [
    "Unflatten dim",
    () => new nn.Unflatten(true as unknown as number, [2]),
    TypeError,
    /dim must be an integer or a name, received true/,
  ],
  [
    "Unflatten names",
    () => new nn.Unflatten("x", [2] as unknown as number[]),
    TypeError,
    /unflattenedSize\[0\] must be a \[name, size\] pair/,
  ],
  [
    "Sequential child",
    () => new nn.Sequential(new nn.ReLU(), 3 as unknown as nn.Module),
    TypeError,
    /modules\[1\] must be a Module, received 3/,
  ],
  [
    "ModuleList child",
    () => new nn.ModuleList([null as unknown as nn.Module]),
    TypeError,
    /modules\[0\] must be a Module, received null/,
  ],
  [
    "ModuleList iterable",
    () => new nn.ModuleList(3 as unknown as nn.Module[]),
    TypeError,
    /modules must be iterable, received 3/,
  ],
  [
    "ModuleDict key",
    () => new nn.ModuleDict({ "a.b": new nn.ReLU() }),
    RangeError,
    /module name must not contain "\.", received "a\.b"/,
  ],
  [
    "ModuleDict method name",
    () => new nn.ModuleDict({ keys: new nn.ReLU() }),
    RangeError,
    /attribute "keys" already exists/,
  ],
  [
    "ModuleDict pair",
    () => new nn.ModuleDict([["a"]] as unknown as Array<[string, nn.Module]>),
    TypeError,
    /element 0 must have 2 elements, received 1/,
  ],
];

Deno.test("constructors refuse bad arguments with TypeError/RangeError before drawing", () => {
  manualSeed(3);
  const before = getRngState();
  const gBefore = g.getState();
  for (const [name, make, kind, pattern] of BAD) {
    assert.throws(make, (e: unknown) => {
      assert.ok(e instanceof kind, `${name}: ${e}`);
      assert.match((e as Error).message, pattern, name);
      assert.match((e as Error).message, /^Cannot [a-z]+ [A-Za-z0-9]+/, name);
      assert.doesNotMatch((e as Error).message, /\.$/, `${name}: no final period`);
      return true;
    });
  }
  assert.deepEqual(getRngState(), before, "the default generator moved");
  assert.deepEqual(g.getState(), gBefore, "the explicit generator moved");
});

Deno.test("container index errors", () => {
  const seq = new nn.Sequential(new nn.ReLU());
  assert.throws(
    () => seq.at(1),
    new RangeError("Cannot index Sequential: index 1 is out of range for length 1"),
  );
  assert.throws(() => seq.at(-2), RangeError);
  assert.throws(() => seq.at(0.5), TypeError);
  assert.throws(() => seq.insert(3, new nn.ReLU()), /index 3 is out of range for length 1/);
  const list = new nn.ModuleList([new nn.ReLU()]);
  assert.throws(() => list.insert(-1, new nn.ReLU()), /index must be in \[0, 1\], received -1/);
  assert.throws(() => list.set(1, new nn.ReLU()), RangeError);
  assert.throws(() => new nn.ModuleDict().pop("x"), /no key "x"/);
  assert.throws(
    () => new nn.Embedding(2, 2).resetParameters({ generator: 1 as unknown as Generator }),
    TypeError,
  );
  assert.throws(() => nn.Embedding.fromPretrained(empty([3])), /embeddings must be a 2-D tensor/);
});
