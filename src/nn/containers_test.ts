// Copyright 2026 the torch-parity authors. MIT license.
// Sequential, ModuleList and ModuleDict: torch's naming, renumbering, slicing
// and iteration (the orders are those torch 1.13's container.py produces).
import assert from "node:assert/strict";
import type { Module } from "./module.ts";
import { Linear } from "./linear.ts";
import { ReLU } from "./relu.ts";
import { Tanh } from "./tanh.ts";
import { Sequential } from "./sequential.ts";
import { ModuleList } from "./module_list.ts";
import { ModuleDict } from "./module_dict.ts";

const names = (m: Module): string[] => [...m.namedChildren()].map(([n]) => n);

Deno.test("Sequential: delete renumbers even custom names, as torch's __delitem__", () => {
  const seq = new Sequential(
    new Map<string, Module>([["conv", new Linear(1, 1)], ["act", new ReLU()], ["out", new Tanh()]]),
  );
  assert.equal(seq["conv" as keyof Sequential] instanceof Linear, true, "children are properties");
  seq.delete(1);
  assert.deepEqual(names(seq), ["0", "1"]);
  assert.ok(seq.at(1) instanceof Tanh);
  assert.equal((seq as unknown as Record<string, unknown>).conv, undefined);
  assert.ok(seq.pop(-1) instanceof Tanh);
  assert.deepEqual([...seq.stateDict().keys()], ["0.weight", "0.bias"]);
});

Deno.test("Sequential: set keeps the name, insert shifts, slice keeps names in a new container", () => {
  const a = new Linear(1, 1);
  const seq = new Sequential(a, new ReLU(), new Linear(1, 2));
  seq.set(1, new Tanh());
  assert.deepEqual(names(seq), ["0", "1", "2"]);
  seq.insert(-1, new ReLU());
  assert.deepEqual([...seq].map((m) => m.constructor.name), ["Linear", "Tanh", "ReLU", "Linear"]);
  const part = seq.slice(-2);
  assert.ok(part instanceof Sequential);
  assert.deepEqual(names(part), ["2", "3"]);
  assert.equal(seq.slice(0, 1).at(0), a, "children are shared, not copied");
  assert.equal(seq.slice(5).length, 0);
  seq.extend(new Sequential(new ReLU()));
  assert.equal(seq.length, 5);
});

Deno.test("ModuleList: numeric properties follow renumbering; slice renumbers; concat", () => {
  const list = new ModuleList([new Linear(1, 1), new ReLU(), new Tanh()]);
  assert.ok(list[1] instanceof ReLU);
  list.delete(0);
  assert.ok(list[0] instanceof ReLU && list[1] instanceof Tanh);
  assert.equal(list[2], undefined);
  assert.deepEqual(names(list.slice(1)), ["0"]);
  assert.ok(list.slice(1)[0] instanceof Tanh);
  const both = list.concat([new Linear(2, 2)]);
  assert.deepEqual(names(both), ["0", "1", "2"]);
  assert.deepEqual([...both.stateDict().keys()], ["2.weight", "2.bias"]);
  list.insert(2, new ReLU());
  assert.deepEqual([...list].map((m) => m.constructor.name), ["ReLU", "Tanh", "ReLU"]);
});

Deno.test("ModuleDict: insertion order, replacement in place, delete/pop/clear, iteration over keys", () => {
  const d = new ModuleDict(new Map<string, Module>([["b", new ReLU()], ["a", new Linear(1, 1)]]));
  d.set("b", new Tanh());
  d.update(new ModuleDict({ c: new ReLU() }));
  assert.deepEqual([...d], ["b", "a", "c"]);
  assert.deepEqual([...d.items()].map(([k, m]) => `${k}:${m.constructor.name}`), [
    "b:Tanh",
    "a:Linear",
    "c:ReLU",
  ]);
  assert.ok(d.has("a") && !d.has("z"));
  assert.equal(d.delete("z"), false);
  assert.ok(d.pop("a") instanceof Linear);
  assert.deepEqual([...d.keys()], ["b", "c"]);
  d.clear();
  assert.equal(d.length, 0);
  assert.deepEqual([...d.values()], []);
});
