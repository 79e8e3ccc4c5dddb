// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { Generator, getRngState, manualSeed } from "../mod.ts";
import { buildModule, type ModuleSpec } from "./build_module.ts";
import { Conv2d } from "./conv2d.ts";
import { Linear } from "./linear.ts";
import { LSTM } from "./lstm.ts";
import type { Module } from "./module.ts";

function bits(m: Module): string[] {
  return [...m.stateDict()].map(([k, t]) =>
    `${k}:${Array.from(new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength))}`
  );
}

Deno.test("buildModule: positional and keyword arguments map to the constructor", () => {
  manualSeed(3);
  const ours = buildModule({
    type: "Conv2d",
    args: [4, 8, [3, 2]],
    kwargs: { stride: 2, padding: 1, groups: 2, bias: false, dtype: "float64" },
  });
  manualSeed(3);
  const direct = new Conv2d(4, 8, [3, 2], {
    stride: 2,
    padding: 1,
    groups: 2,
    bias: false,
    dtype: "float64",
  });
  assert.ok(ours instanceof Conv2d);
  assert.deepEqual(bits(ours), bits(direct));
  assert.deepEqual([...ours.stateDict().keys()], ["weight"]);

  // torch's positional order beyond this library's positional parameters
  manualSeed(5);
  const lstm = buildModule({ type: "LSTM", args: [4, 3, 2, true, false, 0.0, true, 2] });
  manualSeed(5);
  assert.deepEqual(
    bits(lstm),
    bits(new LSTM(4, 3, { numLayers: 2, bidirectional: true, projSize: 2 })),
  );
});

Deno.test("buildModule: refusals name the problem and happen before any draw", () => {
  const cases: [ModuleSpec, RegExp, ErrorConstructor][] = [
    [{ type: "Linaer", args: [3, 2] }, /unknown module type "Linaer" at spec\.type/, TypeError],
    [
      { type: "Linear", args: [3, 2], kwargs: { biass: false } },
      /Linear has no keyword argument "biass"/,
      TypeError,
    ],
    [
      { type: "Linear", args: [3, 2, true, "cpu", "float32", 1] },
      /at most 5 positional/,
      TypeError,
    ],
    [
      { type: "Linear", args: [3, 2, true], kwargs: { bias: false } },
      /multiple values for argument "bias"/,
      TypeError,
    ],
    [{ type: "Linear", args: [3] }, /missing the required argument "out_features"/, TypeError],
    [
      { type: "Embedding", args: [3, 2], kwargs: { _weight: null } },
      /"_weight" cannot be given/,
      TypeError,
    ],
    [{ type: "Linear", args: [3, 2], kwargs: { device: "cuda" } }, /only device "cpu"/, RangeError],
    // the unknown type deep inside is found before the first Linear draws
    [
      {
        type: "Sequential",
        args: [{ type: "Linear", args: [3, 2] }, { type: "Sequential", args: [{ type: "Nope" }] }],
      },
      /unknown module type "Nope" at spec\.args\[1\]\.args\[0\]\.type/,
      TypeError,
    ],
    [
      {
        type: "Linear",
        args: [3, 2],
        reinit: [{ op: "call", target: "weight", init: "xavier_unifrom_" }],
      },
      /unknown init function "xavier_unifrom_" at spec\.reinit\[0\]/,
      TypeError,
    ],
    [
      {
        type: "Linear",
        args: [3, 2],
        reinit: [{ op: "call", target: "weight", init: "uniform_", args: { low: 0 } }],
      },
      /uniform_ has no argument "low"/,
      TypeError,
    ],
    [
      {
        type: "Linear",
        args: [3, 2],
        reinit: [{ op: "modules", branches: [{ isinstance: ["Lineer"], inits: [] }] }],
      },
      /unknown class name "Lineer"/,
      TypeError,
    ],
    [
      { type: "Linear", args: [3, 2], reinit: [{ op: "visit" } as never] },
      /unknown reinit op "visit"/,
      TypeError,
    ],
    // a constructor's own refusal (torch: AssertionError), before its draws
    [{ type: "Embedding", args: [10, 3], kwargs: { padding_idx: 10 } }, /padding/i, RangeError],
  ];
  for (const [spec, message, type] of cases) {
    manualSeed(0);
    const before = getRngState();
    assert.throws(
      () => buildModule(spec),
      (e: Error) => e instanceof type && message.test(e.message),
    );
    assert.deepEqual(getRngState(), before, JSON.stringify(spec));
  }
});

Deno.test("buildModule: xavier_normal_ on a 1-D bias is refused without drawing", () => {
  manualSeed(0);
  const spec: ModuleSpec = {
    type: "Custom",
    name: "Custom_Net",
    children: [["fc1", { type: "Linear", args: [4, 4] }], ["fc3", {
      type: "Linear",
      args: [4, 2],
    }]],
  };
  buildModule(spec);
  const afterConstruction = getRngState();
  manualSeed(0);
  assert.throws(
    () =>
      buildModule({
        ...spec,
        reinit: [{ op: "call", target: "fc3.bias", init: "xavier_normal_" }],
      }),
    /at least 2 dimensions/,
  );
  assert.deepEqual(getRngState(), afterConstruction);
});

Deno.test("buildModule: Custom modules register children in order and run their steps", () => {
  manualSeed(1);
  const net = buildModule({
    type: "Custom",
    name: "Net",
    children: [
      ["conv", { type: "ConvTranspose2d", args: [2, 2, 2] }],
      ["fc", { type: "Linear", args: [2, 3] }],
      ["head", { type: "Linear", args: [3, 1], kwargs: { bias: false } }],
    ],
    reinit: [
      {
        op: "modules",
        branches: [
          {
            isinstance: ["_ConvNd"],
            inits: [{ param: "weight", init: "constant_", args: { val: 2 } }],
          },
          {
            type_in: ["Linear"],
            inits: [{ param: "weight", init: "ones_" }, { param: "bias", init: "zeros_" }],
          },
        ],
      },
      {
        op: "named_parameters",
        match: { endswith: "bias", contains: "conv" },
        init: "constant_",
        args: { val: -1 },
      },
      { op: "call", target: "head.weight", init: "eye_" },
    ],
  });
  assert.equal(net.constructor.name, "Net");
  const sd = net.stateDict();
  assert.deepEqual([...sd.keys()], [
    "conv.weight",
    "conv.bias",
    "fc.weight",
    "fc.bias",
    "head.weight",
  ]);
  assert.ok(sd.get("conv.weight")!.data.every((x) => x === 2));
  assert.ok(sd.get("conv.bias")!.data.every((x) => x === -1));
  assert.ok(sd.get("fc.weight")!.data.every((x) => x === 1));
  assert.ok(sd.get("fc.bias")!.data.every((x) => x === 0));
  assert.deepEqual(Array.from(sd.get("head.weight")!.data as Float32Array), [1, 0, 0]);

  // the same Custom name is the same class: isinstance filters by name see both
  const outer = buildModule({
    type: "Custom",
    name: "Outer",
    children: [["a", {
      type: "Custom",
      name: "Net",
      children: [["w", { type: "Linear", args: [1, 1] }]],
    }]],
    reinit: [{
      op: "apply",
      branches: [{
        isinstance: ["Net"],
        inits: [{ param: "w.weight", init: "constant_", args: { val: 7 } }],
      }],
    }],
  });
  assert.equal(outer.stateDict().get("a.w.weight")!.data[0], 7);
  assert.equal(
    Object.getPrototypeOf((outer as unknown as { a: Module }).a),
    Object.getPrototypeOf(net),
  );
});

Deno.test("buildModule: draws come from options.generator", () => {
  manualSeed(9);
  const before = getRngState();
  const g = new Generator().manualSeed(11);
  const ours = buildModule({
    type: "Linear",
    args: [5, 3],
    reinit: [{ op: "call", target: "bias", init: "normal_", args: { std: 0.5 } }],
  }, { generator: g });
  assert.deepEqual(getRngState(), before, "the default generator was used");
  manualSeed(11);
  const expected = buildModule({
    type: "Linear",
    args: [5, 3],
    reinit: [{ op: "call", target: "bias", init: "normal_", args: { std: 0.5 } }],
  });
  assert.deepEqual(bits(ours), bits(expected));
  manualSeed(11);
  const direct = new Linear(5, 3);
  assert.deepEqual(bits(ours)[0], bits(direct)[0]);
});
