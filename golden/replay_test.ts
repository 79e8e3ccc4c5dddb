// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Replays every golden case recorded from real PyTorch (golden/generate.py)
 * and compares bit patterns: every output tensor and the generator state
 * after every case, for each torch release (1.13.1 at the top level of
 * golden/, 2.6.0 and 2.14.1 in golden/torch-2.6 and golden/torch-2.14), each
 * CPU capability and each kernel backend. The replay itself lives in
 * `_replay.ts`, shared with the runtime-neutral `portable_replay.ts`.
 */
import assert from "node:assert/strict";
import { GOLDEN_CAPABILITIES, GOLDEN_DIRS } from "../conformance/golden.ts";
import { getCpuCapability, getTorchVersion } from "../src/mod.ts";
import { formatMismatches, replayGolden } from "./_replay.ts";
import { setWasmVariant } from "../src/random/_wasm.ts";

const RUNS: [keyof typeof GOLDEN_DIRS, readonly string[]][] = [
  ["1.13", GOLDEN_CAPABILITIES],
  ["2.6", ["default", "avx2"]],
  ["2.14", ["default", "avx2"]],
];

for (const [version, capabilities] of RUNS) {
  for (const capability of capabilities) {
    Deno.test(`golden replay (torch ${version}, ${capability}): bit-identical`, async () => {
      const before = [getCpuCapability(), getTorchVersion()];
      const r = await replayGolden(capability, GOLDEN_DIRS[version]);
      assert.deepEqual([getCpuCapability(), getTorchVersion()], before, "settings not restored");
      assert.equal(r.capability, capability);
      assert.ok(r.meta.torch.startsWith(`${version}.`), r.meta.torch);
      assert.equal(
        r.mismatches.length,
        0,
        `${r.mismatches.length} mismatches in ${r.cases} cases:\n${formatMismatches(r.mismatches)}`,
      );
      assert.ok(r.cases > 600, "the golden set is unexpectedly small");
      console.log(
        `torch ${version} ${capability}: ${r.cases} cases bit-identical; orthogonal_ max abs error`,
        r.orthogonalMaxError,
      );
    });
  }
}

// The same replay on the TypeScript reference kernels (the fallback when
// WebAssembly is unavailable) and on the emulated-FMA WebAssembly module (the
// fallback when relaxed SIMD is missing or does not fuse, as in Bun).
for (const variant of ["none", "emulated"] as const) {
  for (const [version] of RUNS) {
    for (const capability of ["avx2", "default"] as const) {
      const kernels = variant === "none" ? "TypeScript kernels" : "emulated-FMA WebAssembly";
      Deno.test(`golden replay (torch ${version}, ${capability}, ${kernels})`, async () => {
        setWasmVariant(variant);
        try {
          const r = await replayGolden(capability, GOLDEN_DIRS[version]);
          const bad = r.mismatches;
          assert.equal(
            bad.length,
            0,
            `${bad.length} mismatches in ${r.cases} cases:\n${formatMismatches(bad)}`,
          );
          assert.ok(r.cases > 600, "the golden set is unexpectedly small");
        } finally {
          setWasmVariant("auto");
        }
      });
    }
  }
}
