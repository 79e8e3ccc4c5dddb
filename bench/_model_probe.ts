// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Peak extra memory of building one whole model (bench/_models.ts), measured
 * in a fresh process by bench/compare.ts (Linux only: it reads
 * `/proc/self/status`), the counterpart of `bench/torch_bench.py --memory`.
 *
 * `deno run --allow-all --v8-flags=--expose-gc bench/_model_probe.ts <gpt2_small|resnet50>`
 *
 * Warms the kernels up on a small model of the same kind (so compiling them
 * is not counted) and collects the garbage (with `--expose-gc`), resets the resident-set high-water mark (`VmHWM`, by
 * writing 5 to `/proc/self/clear_refs`), builds the model after
 * `manualSeed(0)` and prints, as JSON, the resident size before, the
 * high-water mark after, the model's own bytes (parameters and buffers, a
 * tied tensor once) and `peakExtraBytes = hwmAfter - rssBefore - stateBytes`:
 * what the construction needed beyond the tensors it keeps.
 *
 * @module
 */

import { constant, kaimingNormal, manualSeed, setCpuCapability } from "../src/mod.ts";
import { BatchNorm2d, Conv2d, type Module, Sequential } from "../src/nn/mod.ts";
import { GPT, GPT2, ResNet50, stateBytes } from "./_models.ts";
import { applyBenchTorchVersion } from "./_torch_version.ts";

/** A `Vm*` field of /proc/self/status, in bytes. */
function vm(field: string): number {
  const status = Deno.readTextFileSync(`/proc/${Deno.pid}/status`);
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
  if (match === null) throw new Error(`No ${field} in /proc/${Deno.pid}/status`);
  return Number(match[1]) * 1024;
}

/** The models the probe and compare.ts know, with a small warm-up model of the same kind. */
export const MODELS: Record<string, { build: () => Module; warmUp: () => Module }> = {
  gpt2_small: {
    build: () => new GPT2(),
    warmUp: () => new GPT({ vocabSize: 512, blockSize: 64, nLayer: 2, nHead: 2, nEmbd: 64 }),
  },
  resnet50: {
    build: () => new ResNet50(),
    warmUp: () => {
      const m = new Sequential(new Conv2d(64, 64, 3, { bias: false }), new BatchNorm2d(64));
      for (const x of m.modules()) {
        if (x instanceof Conv2d) kaimingNormal(x.weight, { mode: "fan_out", nonlinearity: "relu" });
        else if (x instanceof BatchNorm2d) constant(x.weight!, 1);
      }
      return m;
    },
  },
};

if (import.meta.main) {
  const name = Deno.args[0];
  const model = MODELS[name];
  if (model === undefined) throw new TypeError(`Unknown model ${JSON.stringify(name)}`);
  setCpuCapability("avx2");
  applyBenchTorchVersion();
  for (let i = 0; i < 3; i++) model.warmUp();
  (globalThis as { gc?: () => void }).gc?.();
  let reset = true;
  try {
    Deno.writeTextFileSync(`/proc/${Deno.pid}/clear_refs`, "5");
  } catch {
    reset = false;
  }
  const rssBefore = vm("VmRSS");
  manualSeed(0);
  const m = model.build();
  const hwmAfter = vm("VmHWM");
  const own = stateBytes(m);
  console.log(JSON.stringify({
    model: name,
    reset,
    rssBefore,
    hwmAfter,
    stateBytes: own,
    peakExtraBytes: Math.max(0, hwmAfter - rssBefore - own),
  }));
}
