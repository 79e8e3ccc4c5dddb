// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The WebAssembly float32 trunc_normal_ kernel with glibc 2.41+'s correctly
 * rounded erff (truncNormalF32Cr: central elements four lanes at a time with
 * erf in double) gives the TypeScript path's bits (erfinv32 with crErff), on
 * both WebAssembly builds, for several argument sets, sizes and capabilities.
 */
import assert from "node:assert/strict";
import {
  empty,
  getCpuCapability,
  getTorchVersion,
  manualSeed,
  setCpuCapability,
  setTorchVersion,
  truncNormal,
} from "../mod.ts";
import { setWasmVariant } from "./_wasm.ts";

Deno.test("WebAssembly trunc_normal_ with glibc 2.41+'s erff equals the TypeScript kernel", () => {
  const before = [getTorchVersion(), getCpuCapability()] as const;
  setTorchVersion("2.6");
  try {
    const cases = [
      [0, {}, 70001],
      [1, { std: 0.02 }, 4099],
      [2, { mean: 0.3, std: 0.7, a: -1, b: 2.5 }, 65536],
      [3, { a: -0.1, b: 0.1 }, 257],
      [4, { mean: 0, std: 1, a: -6, b: 6 }, 30011],
    ] as const;
    for (const capability of ["avx2", "default"] as const) {
      setCpuCapability(capability);
      for (const [seed, args, n] of cases) {
        const run = (variant: "auto" | "none" | "emulated") => {
          setWasmVariant(variant);
          manualSeed(seed);
          return new Uint32Array(truncNormal(empty([n]), args).data.buffer);
        };
        const ts = run("none");
        assert.deepEqual(run("auto"), ts, `${capability} seed ${seed}`);
        assert.deepEqual(run("emulated"), ts, `${capability} seed ${seed} (emulated FMA)`);
      }
    }
  } finally {
    setWasmVariant("auto");
    setTorchVersion(before[0]);
    setCpuCapability(before[1]);
  }
});
