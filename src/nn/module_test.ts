// Copyright 2026 the torch-parity authors. MIT license.
// Module semantics as torch.nn.Module: registration order, named* methods,
// modules() and apply, stateDict, loadStateDict (torch's messages), train/eval,
// deep copy. The loadStateDict messages are also checked against live torch.
import assert from "node:assert/strict";
import { torchAvailable } from "../../conformance/_torch_available.ts";
import { empty, type Tensor } from "../tensor.ts";
import { Generator } from "../random/generator.ts";
import { getRngState } from "../random/get_rng_state.ts";
import { manualSeed } from "../random/manual_seed.ts";
import { loadSafetensors } from "../io/load_safetensors.ts";
import { saveSafetensors } from "../io/save_safetensors.ts";
import { Module } from "./module.ts";
import { Parameter } from "./parameter.ts";
import { Linear } from "./linear.ts";
import { ReLU } from "./relu.ts";
import { Sequential } from "./sequential.ts";
import { ModuleList } from "./module_list.ts";
import { BatchNorm1d } from "./batch_norm1d.ts";
import { InstanceNorm1d } from "./instance_norm1d.ts";
import { Conv1d } from "./conv1d.ts";

const keys = (m: Module): string[] => [...m.stateDict().keys()];
const param = (...shape: number[]): Parameter => new Parameter(empty(shape));

class Mixed extends Module {
  a = new Linear(2, 2);
  w = param(3);
  b: Linear;
  v: Parameter;
  count = 3;
  constructor() {
    super();
    this.registerBuffer("buf", empty([1]));
    this.b = new Linear(2, 1);
    this.v = param(1);
    this.registerBuffer("tmp", empty([1]), { persistent: false });
  }
}

Deno.test("registration follows assignment order; class fields count; per module: parameters, buffers, children", () => {
  const m = new Mixed();
  assert.deepEqual(keys(m), ["w", "v", "buf", "a.weight", "a.bias", "b.weight"].concat(["b.bias"]));
  assert.deepEqual([...m.namedChildren()].map(([n]) => n), ["a", "b"]);
  assert.deepEqual([...m.namedBuffers()].map(([n]) => n), ["buf", "tmp"]);
  assert.equal(m.count, 3);
  assert.equal(m.w instanceof Parameter, true);
});

Deno.test("reassignment keeps the slot; null keeps it as None; wrong kinds are refused like torch", () => {
  const m = new Mixed();
  m.w = param(5);
  assert.deepEqual(keys(m).slice(0, 2), ["w", "v"]);
  assert.deepEqual(m.stateDict().get("w")!.shape, [5]);
  (m as unknown as { w: null }).w = null;
  assert.deepEqual(keys(m).slice(0, 2), ["v", "buf"]);
  assert.deepEqual([...m.namedParameters({ recurse: false })].map(([n]) => n), ["v"]);
  m.w = param(1);
  assert.deepEqual(keys(m).slice(0, 2), ["w", "v"], "the None slot is refilled in place");
  assert.throws(
    () => ((m as unknown as { w: Tensor }).w = empty([1])),
    new TypeError(
      "Cannot assign Mixed.w: a parameter must be a Parameter or null, received a tensor",
    ),
  );
  assert.throws(
    () => ((m as unknown as { a: number }).a = 1),
    /Cannot assign Mixed.a: a child module must be a Module or null, received number 1/,
  );
  assert.throws(
    () => ((m as unknown as { buf: string }).buf = "x"),
    /Cannot assign Mixed.buf: a buffer must be a tensor or null, received "x"/,
  );
  // A buffer assigned a new tensor stays in place of order.
  (m as unknown as { buf: Tensor }).buf = empty([4]);
  assert.deepEqual(m.stateDict().get("buf")!.shape, [4]);
  assert.deepEqual(keys(m).slice(0, 3), ["w", "v", "buf"]);
  // A Module over a parameter is refused (torch checks parameters first); over a
  // buffer it moves the name to the children (torch's remove_from).
  assert.throws(
    () => ((m as unknown as { v: Module }).v = new ReLU()),
    /Cannot assign Mixed.v: a parameter must be a Parameter or null, received ReLU/,
  );
  (m as unknown as { buf: Module }).buf = new ReLU();
  assert.deepEqual([...m.namedChildren()].map(([n]) => n), ["a", "b", "buf"]);
  assert.deepEqual([...m.namedBuffers({ recurse: false })].map(([n]) => n), ["tmp"]);
  // delete removes the entry.
  delete (m as unknown as { a?: Module }).a;
  assert.deepEqual([...m.namedChildren()].map(([n]) => n), ["b", "buf"]);
  assert.equal((m as unknown as { a?: Module }).a, undefined);
});

Deno.test("a subclass field declared without initializer does not wipe a registered entry", () => {
  class MyLinear extends Linear {
    declare weight: Parameter;
    extra!: number;
  }
  const m = new MyLinear(2, 3);
  assert.deepEqual(keys(m), ["weight", "bias"]);
  assert.deepEqual(m.weight.shape, [3, 2]);
});

Deno.test("registerParameter / registerBuffer / registerModule check names like torch", () => {
  const m = new Module();
  m.registerParameter("p", null);
  assert.throws(
    () => m.registerParameter("a.b", null),
    /parameter name must not contain "\.", received "a\.b"/,
  );
  assert.throws(() => m.registerParameter("", null), /parameter name must not be empty/);
  assert.throws(() => m.registerParameter(3 as unknown as string, null), TypeError);
  assert.throws(() => m.registerParameter("train", null), /attribute "train" already exists/);
  assert.throws(
    () => m.registerParameter("q", empty([1]) as unknown as Parameter),
    /"q" must be a Parameter or null, received a tensor/,
  );
  m.registerBuffer("b", null);
  assert.throws(() => m.registerBuffer("p", empty([1])), /attribute "p" already exists/);
  assert.throws(
    () => m.registerBuffer("c", [1] as unknown as Tensor),
    /"c" must be a tensor or null/,
  );
  assert.throws(() => m.registerModule("m", {} as Module), /"m" must be a Module or null/);
  m.registerModule("child", null);
  assert.deepEqual([...m.namedChildren()], []);
  assert.deepEqual(keys(m), []);
  // `this.x = null` before registerParameter("x") is torch's "already exists" too.
  (m as unknown as { x: null }).x = null;
  assert.throws(() => m.registerParameter("x", null), /attribute "x" already exists/);
});

Deno.test("named* methods: prefix, recurse, removeDuplicate; modules() once each even when shared", () => {
  const shared = new Linear(2, 2);
  const net = new Sequential(shared, new ReLU(), new Sequential(shared, new Linear(2, 1)));
  assert.deepEqual([...net.namedModules()].map(([n]) => n), ["", "0", "1", "2", "2.1"]);
  assert.deepEqual(
    [...net.namedModules({ removeDuplicate: false })].map(([n]) => n),
    ["", "0", "1", "2", "2.0", "2.1"],
  );
  assert.equal([...net.modules()].length, 5);
  assert.deepEqual([...net.namedParameters()].map(([n]) => n), [
    "0.weight",
    "0.bias",
    "2.1.weight",
    "2.1.bias",
  ]);
  assert.deepEqual(
    [...net.namedParameters({ prefix: "model", removeDuplicate: false })].map(([n]) => n),
    [
      "model.0.weight",
      "model.0.bias",
      "model.2.0.weight",
      "model.2.0.bias",
      "model.2.1.weight",
      "model.2.1.bias",
    ],
  );
  assert.deepEqual([...net.namedParameters({ recurse: false })], []);
  assert.equal([...net.parameters()].length, 4);
  assert.deepEqual([...net.namedChildren()].map(([n]) => n), ["0", "1", "2"]);
  // The state dict lists a shared module under each of its names.
  assert.deepEqual(keys(net), [
    "0.weight",
    "0.bias",
    "2.0.weight",
    "2.0.bias",
    "2.1.weight",
    "2.1.bias",
  ]);
  assert.equal(net.getSubmodule("2.1"), (net.at(2) as Sequential).at(1));
  assert.throws(() => net.getSubmodule("2.5"), /Sequential has no submodule "5"/);
  // A shared parameter is yielded once.
  const m = new Module();
  const p = param(2);
  m.registerParameter("a", p);
  m.registerParameter("b", p);
  assert.deepEqual([...m.namedParameters()].map(([n]) => n), ["a"]);
  assert.deepEqual([...m.namedParameters({ removeDuplicate: false })].map(([n]) => n), ["a", "b"]);
});

Deno.test("apply visits children first, then the module, and returns it", () => {
  const inner = new Sequential(new Linear(1, 1), new ReLU());
  const net = new Sequential(new Linear(1, 1), inner);
  const seen: string[] = [];
  const names = new Map([...net.namedModules()].map(([n, m]) => [m, n || "root"]));
  assert.equal(net.apply((m) => seen.push(names.get(m)!)), net);
  assert.deepEqual(seen, ["0", "1.0", "1.1", "1", "root"]);
  assert.throws(() => net.apply(3 as unknown as () => void), TypeError);
});

Deno.test("stateDict: keepVars, destination and prefix, null slots and non-persistent buffers skipped", () => {
  const fc = new Linear(2, 3, { bias: false });
  const sd = fc.stateDict();
  assert.deepEqual([...sd.keys()], ["weight"]);
  const w = sd.get("weight")!;
  assert.equal(w instanceof Parameter, false);
  assert.equal(w.data, fc.weight.data, "shares the data");
  assert.equal(fc.stateDict({ keepVars: true }).get("weight"), fc.weight);
  const dest = new Map<string, Tensor<Float32Array | Float64Array | BigInt64Array>>();
  assert.equal(fc.stateDict({ destination: dest, prefix: "enc." }), dest);
  assert.deepEqual([...dest.keys()], ["enc.weight"]);
  const bn = new BatchNorm1d(2);
  const nbt = bn.stateDict().get("num_batches_tracked")!;
  assert.ok(nbt.data instanceof BigInt64Array);
  assert.deepEqual(nbt.shape, []);
  assert.equal(nbt.data[0], 0n);
});

Deno.test("loadStateDict: torch's messages, all problems at once, nothing copied on error", () => {
  const m = new Sequential(new Linear(2, 3), new BatchNorm1d(3));
  const before = Float32Array.from((m.at(0) as Linear).weight.data);
  const sd = m.stateDict();
  const d = new Map(sd);
  d.delete("0.bias");
  d.set("extra", empty([1]));
  d.set("0.weight", empty([3, 3]));
  d.set("1.foo", empty([1]));
  d.set("1.weight", empty([3]));
  assert.throws(
    () => m.loadStateDict(d),
    new RangeError(
      'Error(s) in loading state_dict for Sequential:\n\tMissing key(s) in state_dict: "0.bias". \n\t' +
        'Unexpected key(s) in state_dict: "extra", "1.foo". \n\tsize mismatch for 0.weight: copying a ' +
        "param with shape torch.Size([3, 3]) from checkpoint, the shape in current model is " +
        "torch.Size([3, 2]).",
    ),
  );
  assert.deepEqual((m.at(1) as BatchNorm1d).weight!.data, new Float32Array([1, 1, 1]));
  assert.deepEqual((m.at(0) as Linear).weight.data, before);
  const d3 = Object.fromEntries(sd) as Record<string, unknown>;
  d3["0.weight"] = 5;
  assert.throws(
    () => m.loadStateDict(d3 as Record<string, Tensor>),
    new TypeError(
      'Error(s) in loading state_dict for Sequential:\n\tWhile copying the parameter named "0.weight", ' +
        "expected torch.Tensor or Tensor-like object from checkpoint but received <class 'int'>",
    ),
  );
  assert.throws(
    () => new Linear(2, 2).loadStateDict({}),
    new RangeError(
      'Error(s) in loading state_dict for Linear:\n\tMissing key(s) in state_dict: "weight", "bias". ',
    ),
  );
  // strict: false collects the keys (as torch does) and copies what matches.
  const fc = new Linear(2, 3);
  const w = empty([3, 2]);
  w.data.fill(0.5);
  assert.deepEqual(m.loadStateDict({ "0.weight": w, x: empty([1]) }, { strict: false }), {
    missingKeys: ["0.bias", "1.weight", "1.bias", "1.running_mean", "1.running_var"],
    unexpectedKeys: ["x"],
  });
  assert.ok((m.at(0) as Linear).weight.data.every((x) => x === 0.5));
  assert.deepEqual(fc.loadStateDict(new Linear(2, 3).stateDict()), {
    missingKeys: [],
    unexpectedKeys: [],
  });
});

Deno.test("loadStateDict converts dtypes as torch's copy_, maps 1-d to 0-d, handles BatchNorm/InstanceNorm", () => {
  const fc = new Linear(2, 1);
  const w64 = empty([1, 2], { dtype: "float64" });
  w64.data.set([1.1, 2 ** 60 + 1]);
  fc.loadStateDict({ weight: w64, bias: { data: new BigInt64Array([-3n]), shape: [1] } });
  assert.deepEqual(fc.weight.data, new Float32Array([1.1, 2 ** 60]));
  assert.deepEqual(fc.bias!.data, new Float32Array([-3]));
  // int64 → float32 rounds once (2^24 + 1 + 2^-… would round twice through float64).
  const one = new Linear(1, 1, { bias: false });
  one.loadStateDict({
    weight: { data: new BigInt64Array([2n ** 54n + 2n ** 30n + 1n]), shape: [1, 1] },
  });
  assert.equal(one.weight.data[0], Math.fround(2 ** 54 + 2 ** 31));
  // float → int64 truncates; a 1-d checkpoint tensor loads into a 0-d buffer.
  const bn = new BatchNorm1d(2);
  const sd = Object.fromEntries(bn.stateDict()) as Record<
    string,
    Tensor<Float32Array | Float64Array | BigInt64Array>
  >;
  bn.loadStateDict({ ...sd, num_batches_tracked: { data: new Float64Array([3.9]), shape: [1] } });
  assert.equal(bn.num_batches_tracked!.data[0], 3n);
  // A missing num_batches_tracked is taken as 0 (torch, state dict without version metadata).
  bn.num_batches_tracked!.data[0] = 9n;
  const { num_batches_tracked: _n, ...rest } = sd;
  bn.loadStateDict(rest);
  assert.equal(bn.num_batches_tracked!.data[0], 0n);
  // InstanceNorm without running stats refuses them with torch's message.
  assert.throws(
    () =>
      new InstanceNorm1d(3).loadStateDict({ running_mean: empty([3]), running_var: empty([3]) }),
    /^RangeError: Error\(s\) in loading state_dict for InstanceNorm1d:\n\tUnexpected running stats buffer\(s\) "running_mean" and "running_var" for InstanceNorm1d with track_running_stats=False\. If state_dict/,
  );
});

Deno.test("loadStateDict takes loadSafetensors' tensors (int64 included) and round-trips bit for bit", () => {
  manualSeed(4);
  const a = new Sequential(new Conv1d(2, 3, 2), new BatchNorm1d(3));
  (a.at(1) as BatchNorm1d).num_batches_tracked!.data[0] = 12n;
  const bytes = saveSafetensors(Object.fromEntries(a.stateDict()));
  const { tensors } = loadSafetensors(bytes);
  assert.equal(tensors["1.num_batches_tracked"].dtype, "I64");
  manualSeed(5);
  const b = new Sequential(new Conv1d(2, 3, 2), new BatchNorm1d(3));
  b.loadStateDict(tensors);
  for (const [k, t] of a.stateDict()) assert.deepEqual(b.stateDict().get(k)!.data, t.data, k);
  // Other integer arrays convert too (an int32 checkpoint into float32).
  const fc = new Linear(1, 1);
  fc.loadStateDict({
    weight: { data: new Int32Array([7]), shape: [1, 1] },
    bias: { data: new Uint8Array([2]), shape: [1] },
  });
  assert.deepEqual([fc.weight.data[0], fc.bias!.data[0]], [7, 2]);
});

Deno.test("train() and eval() recurse; training must be boolean", () => {
  const net = new Sequential(new Linear(1, 1), new Sequential(new ReLU()));
  assert.equal(net.training, true);
  assert.equal(net.eval(), net);
  assert.deepEqual([...net.modules()].map((m) => m.training), [false, false, false, false]);
  net.train();
  assert.deepEqual([...net.modules()].map((m) => m.training), [true, true, true, true]);
  assert.throws(() => net.train(1 as unknown as boolean), TypeError);
  net.requiresGrad(false);
  assert.ok([...net.parameters()].every((p) => !p.requiresGrad));
});

Deno.test("deep copy: same class and bits, independent data, shared entries stay shared, nothing drawn", () => {
  class Copier extends Module {
    static copy<T extends Module>(m: T): T {
      return Module.deepCopy(m);
    }
  }
  const shared = new Linear(2, 2);
  const net = new Sequential(shared, new BatchNorm1d(2), shared);
  net.eval();
  const g = new Generator().manualSeed(1);
  const state = g.getState();
  manualSeed(2);
  const rng = getRngState();
  const copy = Copier.copy(net);
  assert.deepEqual(getRngState(), rng);
  assert.deepEqual(g.getState(), state);
  assert.ok(copy instanceof Sequential && copy !== net);
  assert.equal(copy.training, false);
  assert.deepEqual(keys(copy), keys(net));
  for (const [k, t] of net.stateDict()) {
    const c = copy.stateDict().get(k)!;
    assert.notEqual(c.data, t.data, k);
    assert.deepEqual(c.data, t.data, k);
  }
  assert.equal(copy.at(0), copy.at(2), "a module shared in the original is shared in the copy");
  assert.notEqual(copy.at(0), shared);
  (copy.at(0) as Linear).weight.data[0] = 42;
  assert.notEqual(shared.weight.data[0], 42);
  // The copy is a live module: assignments register.
  (copy as unknown as { extra: Module }).extra = new ReLU();
  assert.deepEqual([...copy.namedChildren()].map(([n]) => n), ["0", "1", "extra"]);
  const list = Copier.copy(new ModuleList([new Linear(1, 1)]));
  assert.equal(list.length, 1);
  assert.ok(list[0] instanceof Linear);
});

const LIVE_MESSAGES = `
import json, torch, torch.nn as nn
def err(f):
    try:
        f()
        return None
    except Exception as e:
        return str(e)
m = nn.Sequential(nn.Linear(2, 3), nn.BatchNorm1d(3))
sd = m.state_dict()
d = dict(sd); del d["0.bias"]; d["extra"] = torch.zeros(1); d["0.weight"] = torch.zeros(3, 3); d["1.foo"] = torch.zeros(1)
d3 = dict(sd); d3["0.weight"] = 5
out = [
    err(lambda: m.load_state_dict(d)),
    err(lambda: m.load_state_dict(d3)),
    err(lambda: nn.Linear(2, 2).load_state_dict({})),
    err(lambda: nn.InstanceNorm1d(3).load_state_dict({"running_mean": torch.zeros(3), "running_var": torch.ones(3)})),
]
print(json.dumps(out))
`;

Deno.test({
  name: "loadStateDict messages equal live torch's (torch 1.13.1)",
  ignore: !torchAvailable,
  fn: async () => {
    const { stdout, code } = await new Deno.Command("/usr/bin/python3", {
      args: ["-c", LIVE_MESSAGES],
    }).output();
    assert.equal(code, 0);
    const theirs: string[] = JSON.parse(new TextDecoder().decode(stdout));
    const m = new Sequential(new Linear(2, 3), new BatchNorm1d(3));
    const sd = m.stateDict();
    const d = new Map(sd);
    d.delete("0.bias");
    d.set("extra", empty([1]));
    d.set("0.weight", empty([3, 3]));
    d.set("1.foo", empty([1]));
    const d3 = Object.fromEntries(sd) as Record<string, unknown>;
    d3["0.weight"] = 5;
    const message = (f: () => void): string => {
      try {
        f();
      } catch (e) {
        return (e as Error).message;
      }
      return "no error";
    };
    const ours = [
      message(() => m.loadStateDict(d)),
      message(() => m.loadStateDict(d3 as Record<string, Tensor>)),
      message(() => new Linear(2, 2).loadStateDict({})),
      message(() =>
        new InstanceNorm1d(3).loadStateDict({ running_mean: empty([3]), running_var: empty([3]) })
      ),
    ];
    assert.deepEqual(ours, theirs);
  },
});

Deno.test("to(dtype): floating parameters and buffers convert (float64 → float32 rounds), int64 stays", () => {
  manualSeed(6);
  const net = new Sequential(new Linear(3, 2), new BatchNorm1d(2));
  const fc = net.at(0) as Linear;
  const w = fc.weight;
  const orig = Float32Array.from(w.data);
  net.to("float64");
  assert.equal(fc.weight, w, "parameters keep their identity");
  assert.deepEqual(w.data, Float64Array.from(orig));
  const bn = net.at(1) as BatchNorm1d;
  assert.ok(bn.running_var!.data instanceof Float64Array);
  assert.ok(bn.num_batches_tracked!.data instanceof BigInt64Array);
  assert.deepEqual([...net.namedBuffers()].map(([n]) => n), [
    "1.running_mean",
    "1.running_var",
    "1.num_batches_tracked",
  ]);
  w.data[0] = 0.1;
  net.float();
  assert.equal(w.data[0], Math.fround(0.1));
  assert.throws(() => net.to("int32" as "float32"), RangeError);
});
