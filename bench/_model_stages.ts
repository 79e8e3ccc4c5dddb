// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Where the time of building GPT-2 small goes, this library against torch
 * (`torch_bench.py --stages`), capability avx2, one thread, CPU time:
 *
 * `deno run --allow-all bench/_model_stages.ts [runs=3]`
 *
 * Each run builds the model after the seed (`total`), then times on the
 * built model: `apply(_init_weights)` again (`apply`: normal_ on every
 * Linear and Embedding weight, the tied one twice, zeros_ on the biases),
 * the `c_proj.weight` loop again (`cproj`), and every module's
 * `reset_parameters` (`reset`: the constructors' own draws, kaiming_uniform_/
 * uniform_ and the embeddings' normal_). `rest = total - apply - cproj -
 * reset` is allocation, first-touch page faults and module code. Prints the
 * CPU milliseconds (median over the runs) and ns per element of each stage
 * for both sides. Numbers in docs/performance.md ("Whole models").
 *
 * @module
 */

import process from "node:process";
import { manualSeed, normal, setCpuCapability, zeros } from "../src/mod.ts";
import { Embedding, Linear, type Module } from "../src/nn/mod.ts";
import { GPT2, GPT2_SMALL } from "./_models.ts";

const runs = Number(Deno.args[0] ?? 3);

function cpuMs(f: () => void): number {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e3;
}

const initWeights = (m: Module) => {
  if (m instanceof Linear) {
    normal(m.weight, { mean: 0, std: 0.02 });
    if (m.bias !== null) zeros(m.bias);
  } else if (m instanceof Embedding) {
    normal(m.weight, { mean: 0, std: 0.02 });
  }
};

function ours(): Record<string, number> {
  setCpuCapability("avx2");
  manualSeed(0);
  new GPT2(); // warm-up
  const times: Record<string, number[]> = { total: [], apply: [], cproj: [], reset: [] };
  const gc = (globalThis as { gc?: () => void }).gc;
  let m: GPT2 | null = null;
  for (let i = 0; i < runs; i++) {
    // With --v8-flags=--expose-gc, the previous model is freed before timing, as torch's `del`.
    m = null;
    gc?.();
    manualSeed(0);
    times.total.push(cpuMs(() => m = new GPT2()));
    const built = m!;
    times.apply.push(cpuMs(() => built.apply(initWeights)));
    times.cproj.push(cpuMs(() => {
      for (const [pn, p] of built.namedParameters()) {
        if (pn.endsWith("c_proj.weight")) {
          normal(p, { mean: 0, std: 0.02 / Math.sqrt(2 * GPT2_SMALL.nLayer) });
        }
      }
    }));
    times.reset.push(cpuMs(() => {
      for (const x of built.modules()) {
        (x as { resetParameters?: () => void }).resetParameters?.();
      }
    }));
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, med(v)]));
}

function torch(): Record<string, number> {
  const out = new Deno.Command("/usr/bin/python3", {
    args: [new URL("torch_bench.py", import.meta.url).pathname, "--stages", String(runs)],
    env: { ATEN_CPU_CAPABILITY: "avx2", OMP_NUM_THREADS: "1" },
    stderr: "inherit",
  }).outputSync();
  if (!out.success) throw new Error("torch_bench.py --stages failed");
  return JSON.parse(new TextDecoder().decode(out.stdout));
}

/** Elements each stage touches, counted on a built GPT-2 small. */
function elements(): Record<string, number> {
  const m = new GPT2();
  let linearW = 0, linearB = 0, embedding = 0, cproj = 0;
  for (const x of m.modules()) {
    if (x instanceof Linear) {
      linearW += x.weight.data.length;
      linearB += x.bias?.data.length ?? 0;
    } else if (x instanceof Embedding) embedding += x.weight.data.length;
  }
  for (const [pn, p] of m.namedParameters()) {
    if (pn.endsWith("c_proj.weight")) cproj += p.data.length;
  }
  const kept = new Set<ArrayBufferLike>();
  let allocated = GPT2_SMALL.vocabSize * GPT2_SMALL.nEmbd; // the embedding weight tying replaces
  for (const t of m.stateDict().values()) {
    if (!kept.has(t.data.buffer)) allocated += t.data.length;
    kept.add(t.data.buffer);
  }
  return {
    reset: linearW + linearB + embedding,
    apply: embedding + linearW + linearB,
    cproj,
    rest: allocated,
  };
}

const t = torch();
const o = ours();
const E = elements();
const row = (name: string, elements: number | null, a: number, b: number) =>
  `${name.padEnd(6)} ${
    (elements === null ? "" : `${(elements / 1e6).toFixed(1)}M`).padStart(7)
  }  ` +
  `torch ${a.toFixed(0).padStart(5)} ms${
    elements === null ? "" : ` (${(a * 1e6 / elements).toFixed(2)} ns/elem)`
  }  ours ${b.toFixed(0).padStart(5)} ms${
    elements === null ? "" : ` (${(b * 1e6 / elements).toFixed(2)} ns/elem)`
  }`;
const rest = (x: Record<string, number>) => x.total - x.apply - x.cproj - x.reset;
console.log("GPT-2 small, CPU time per stage, capability avx2, one thread");
console.log(row("reset", E.reset, t.reset, o.reset));
console.log(row("apply", E.apply, t.apply, o.apply));
console.log(row("cproj", E.cproj, t.cproj, o.cproj));
console.log(row("rest", E.rest, rest(t), rest(o)));
console.log(row("total", null, t.total, o.total));
