// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `deno task demo [seed]`: print numbers that are bit-identical to what
 * PyTorch's CPU prints after `torch.manual_seed(seed)`, with the Python
 * snippet that reproduces each line.
 *
 * @module
 */

import process from "node:process";
import { empty, manualSeed, normal, setCpuCapability, uniform } from "../src/mod.ts";

const arg = process.argv[2] ?? "0";
let seed: bigint;
try {
  seed = BigInt(arg);
} catch {
  console.error(`demo: seed must be an integer, received ${JSON.stringify(arg)}`);
  process.exit(2);
}

function hex(x: number): string {
  const b = new DataView(new ArrayBuffer(4));
  b.setFloat32(0, x);
  return "0x" + b.getUint32(0).toString(16).padStart(8, "0");
}

function show(label: string, values: ArrayLike<number>): void {
  const list = Array.from(values).map((v) => `${v.toPrecision(9)} (${hex(v)})`);
  console.log(`${label}\n  ${list.join("\n  ")}`);
}

console.log(`torch-parity demo, seed ${seed} (torch 1.13.1 CPU, float32)\n`);
for (const capability of ["avx2", "default"] as const) {
  setCpuCapability(capability);
  console.log(`--- ATEN_CPU_CAPABILITY=${capability} ---`);
  manualSeed(seed);
  show(`torch.manual_seed(${seed}); torch.rand(4)`, uniform(empty([4])).data);
  manualSeed(seed);
  show(`torch.manual_seed(${seed}); torch.randn(4)`, normal(empty([4])).data);
  manualSeed(seed);
  show(`torch.manual_seed(${seed}); torch.randn(16)[:4]`, normal(empty([16])).data.subarray(0, 4));
  manualSeed(seed);
  const b = 1 / Math.sqrt(3);
  show(
    `torch.manual_seed(${seed}); torch.empty(4).uniform_(-1/math.sqrt(3), 1/math.sqrt(3))`,
    uniform(empty([4]), { a: -b, b }).data,
  );
  console.log();
}
setCpuCapability("avx2");
console.log(
  "Compare in Python: import torch; torch.manual_seed(0); print(torch.randn(16)[:4].view(torch.int32))",
);
