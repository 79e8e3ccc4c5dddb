// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `deno task bench`: the fill kernels at a few sizes, float32, both capability
 * families. Tensors are allocated outside the timed region.
 */
import { empty, Generator, normal, setCpuCapability, uniform } from "../src/mod.ts";

const g = new Generator().manualSeed(0);
for (const n of [1_000, 1_000_000]) {
  for (const capability of ["avx2", "default"] as const) {
    const t = empty([n]);
    Deno.bench({
      group: `uniform n=${n}`,
      name: `uniform ${capability}`,
      baseline: capability === "avx2",
      fn() {
        setCpuCapability(capability);
        uniform(t, { a: -0.1, b: 0.1, generator: g });
      },
    });
    Deno.bench({
      group: `normal n=${n}`,
      name: `normal ${capability}`,
      baseline: capability === "avx2",
      fn() {
        setCpuCapability(capability);
        normal(t, { std: 0.02, generator: g });
      },
    });
  }
}
