// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `deno bench`: building whole models after `manualSeed(0)` (bench/_models.ts),
 * the constructors' default init and the models' own re-initialisation
 * included:
 *
 * - `ResNet-50` (torchvision's `resnet50()`, 25.6M parameters, its
 *   `kaiming_normal_` loop);
 * - `GPT 2×256` (nanoGPT's `GPT`: 2 layers, width 256, vocabulary 8192;
 *   3.7M parameters);
 * - `GPT-2 small` (124M parameters) with `BENCH_FULL=1` only (about a second
 *   per construction).
 *
 * Each group has the capabilities `avx2` (baseline) and `default`. `deno task
 * bench:compare` times the first and the last against torch's `Model()`.
 *
 * @module
 */
import { manualSeed, setCpuCapability } from "../src/mod.ts";
import type { Module } from "../src/nn/mod.ts";
import { GPT, GPT2, ResNet50 } from "./_models.ts";
import { FULL } from "./_register.ts";

const MODELS: { name: string; build: () => Module; large: boolean; n: number }[] = [
  { name: "ResNet-50", build: () => new ResNet50(), large: false, n: 5 },
  {
    name: "GPT 2×256",
    build: () => new GPT({ vocabSize: 8192, blockSize: 256, nLayer: 2, nHead: 4, nEmbd: 256 }),
    large: false,
    n: 10,
  },
  { name: "GPT-2 small", build: () => new GPT2(), large: true, n: 3 },
];

for (const { name, build, large, n } of MODELS) {
  const ignore = large && !FULL;
  if (ignore) console.log(`${name}: skipped; BENCH_FULL=1 runs it`);
  for (const capability of ["avx2", "default"] as const) {
    Deno.bench({
      group: name,
      name: `${name} ${capability}`,
      baseline: capability === "avx2",
      ignore,
      n,
      warmup: 1,
      fn() {
        setCpuCapability(capability);
        manualSeed(0);
        build();
      },
    });
  }
}
