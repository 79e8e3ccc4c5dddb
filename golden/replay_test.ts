// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Replays every golden case recorded from real PyTorch (golden/generate.py)
 * and compares bit patterns: every output tensor and the generator state
 * after every case, for each CPU capability. The replay itself lives in
 * `_replay.ts`, shared with the runtime-neutral `portable/replay.ts`.
 */
import assert from "node:assert/strict";
import { GOLDEN_CAPABILITIES } from "../conformance/golden.ts";
import { getCpuCapability } from "../src/mod.ts";
import { formatMismatches, replayGolden } from "./_replay.ts";
import { setWasmVariant } from "../src/random/_wasm.ts";

for (const capability of GOLDEN_CAPABILITIES) {
  Deno.test(`golden replay (${capability}): every case is bit-identical to torch 1.13.1`, async () => {
    const before = getCpuCapability();
    const r = await replayGolden(capability);
    assert.equal(getCpuCapability(), before, "the CPU capability was not restored");
    assert.equal(r.capability, capability);
    assert.equal(
      r.mismatches.length,
      0,
      `${r.mismatches.length} mismatches in ${r.cases} cases:\n${formatMismatches(r.mismatches)}`,
    );
    assert.ok(r.cases > 600, "the golden set is unexpectedly small");
    console.log(
      `${capability}: ${r.cases} cases bit-identical; orthogonal_ max abs error`,
      r.orthogonalMaxError,
    );
  });
}

// The same replay on the TypeScript reference kernels (the fallback when
// WebAssembly is unavailable) and on the emulated-FMA WebAssembly module (the
// fallback when relaxed SIMD is missing or does not fuse, as in Bun).
for (const variant of ["none", "emulated"] as const) {
  for (const capability of ["avx2", "default"] as const) {
    const kernels = variant === "none" ? "TypeScript kernels" : "emulated-FMA WebAssembly";
    Deno.test(`golden replay (${capability}, ${kernels})`, async () => {
      setWasmVariant(variant);
      try {
        const r = await replayGolden(capability);
        assert.equal(
          r.mismatches.length,
          0,
          `${r.mismatches.length} mismatches in ${r.cases} cases:\n${
            formatMismatches(r.mismatches)
          }`,
        );
        assert.ok(r.cases > 600, "the golden set is unexpectedly small");
      } finally {
        setWasmVariant("auto");
      }
    });
  }
}
