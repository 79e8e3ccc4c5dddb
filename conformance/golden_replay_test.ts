// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Replays every golden case recorded from real PyTorch (golden/generate.py)
 * and compares bit patterns: every output tensor and the generator state
 * after every case, for each CPU capability.
 */
import assert from "node:assert/strict";
import {
  GOLDEN_CAPABILITIES,
  GOLDEN_DIR,
  type GoldenCase,
  type GoldenSet,
  type GoldenStep,
  loadGolden,
  sha256Hex,
} from "./golden.ts";
import {
  type CpuCapability,
  defaultGenerator,
  empty,
  Generator,
  normal,
  setCpuCapability,
  type Tensor,
  uniform,
} from "../src/mod.ts";
import { engineOf } from "../src/random/generator.ts";
import { nextUint32 } from "../src/random/_mt19937.ts";
import { randpermKernel } from "../src/random/_randperm.ts";

interface Mismatch {
  caseId: string;
  step: number;
  detail: string;
}

function bytesOf(a: ArrayBufferView): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

function firstDifference(got: Uint8Array, want: Uint8Array, elementSize: number): string {
  if (got.length !== want.length) return `length ${got.length} != ${want.length}`;
  let count = 0;
  let first = -1;
  for (let i = 0; i < got.length; i += elementSize) {
    for (let k = 0; k < elementSize; k++) {
      if (got[i + k] !== want[i + k]) {
        if (first < 0) first = i / elementSize;
        count++;
        break;
      }
    }
  }
  return count === 0
    ? ""
    : `${count} of ${got.length / elementSize} elements differ, first at ${first}`;
}

/** Run one step; returns the produced bytes (or null) and the element size. */
function runStep(
  step: GoldenStep,
  gen: Generator,
  golden: GoldenSet,
): [Uint8Array | null, number] {
  switch (step.op) {
    case "random32": {
      const out = new Uint32Array(step.count!);
      const mt = engineOf(gen).mt;
      for (let i = 0; i < out.length; i++) out[i] = nextUint32(mt);
      return [bytesOf(out), 4];
    }
    case "uniform_":
    case "normal_": {
      const dtype = step.dtype!;
      let base: Tensor;
      let target: Tensor;
      if (step.view) {
        base = empty(step.view.base_shape, { dtype });
        target = {
          data: base.data,
          shape: step.view.shape,
          strides: step.view.strides,
          offset: step.view.offset,
        };
      } else {
        base = empty(step.shape!, { dtype });
        target = base;
      }
      const args = step.args!;
      if (step.op === "uniform_") uniform(target, { a: args.from, b: args.to, generator: gen });
      else normal(target, { mean: args.mean, std: args.std, generator: gen });
      return [bytesOf(base.data), dtype === "float32" ? 4 : 8];
    }
    case "randperm": {
      const p = randpermKernel(step.n!, engineOf(gen));
      return [bytesOf(BigInt64Array.from(p, (x) => BigInt(x))), 8];
    }
    case "get_state":
      return [gen.getState(), 1];
    case "set_state":
      gen.setState(golden.tensors.get(step.state!)!.bytes);
      return [null, 1];
    default:
      throw new Error(`unknown golden op ${step.op}`);
  }
}

async function replayCase(c: GoldenCase, golden: GoldenSet): Promise<Mismatch[]> {
  const out: Mismatch[] = [];
  const gen = c.generator === "default"
    ? defaultGenerator.manualSeed(BigInt(c.seed!))
    : new Generator();
  c.steps.forEach((step, i) => {
    const [got, size] = runStep(step, gen, golden);
    if (step.output === null) return;
    const want = golden.tensors.get(step.output)!;
    const diff = got === null ? "no output" : firstDifference(got, want.bytes, size);
    if (diff) out.push({ caseId: c.id, step: i, detail: `${step.op}: ${diff}` });
  });
  const state = gen.getState();
  const s = c.state_after;
  const v = new DataView(state.buffer);
  const fields = {
    initial_seed: v.getBigUint64(0, true).toString(),
    left: v.getInt32(8, true),
    next: Number(v.getBigUint64(16, true)),
    normal_y: v.getFloat64(5024, true),
    normal_is_valid: v.getInt32(5040, true),
  };
  for (const [k, val] of Object.entries(fields)) {
    const want = (s as unknown as Record<string, unknown>)[k];
    if (!Object.is(val, want)) {
      out.push({ caseId: c.id, step: -1, detail: `state ${k}: ${val} != ${want}` });
    }
  }
  if ((await sha256Hex(state)) !== s.sha256) {
    out.push({ caseId: c.id, step: -1, detail: "state sha256 differs" });
  }
  return out;
}

for (const capability of GOLDEN_CAPABILITIES) {
  Deno.test(`golden replay (${capability}): every case is bit-identical to torch 1.13.1`, async () => {
    const golden = await loadGolden(GOLDEN_DIR, capability);
    assert.equal(golden.meta.capability, capability);
    setCpuCapability(capability as CpuCapability);
    try {
      const mismatches: Mismatch[] = [];
      for (const c of golden.cases) mismatches.push(...await replayCase(c, golden));
      const report = mismatches.slice(0, 20).map((m) => `${m.caseId} [step ${m.step}] ${m.detail}`);
      assert.equal(
        mismatches.length,
        0,
        `${mismatches.length} mismatches in ${golden.cases.length} cases:\n${report.join("\n")}`,
      );
      assert.ok(golden.cases.length > 600, "the golden set is unexpectedly small");
    } finally {
      setCpuCapability("avx2");
    }
  });
}
