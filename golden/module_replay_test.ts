// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Replays every golden module case recorded from real PyTorch 1.13
 * (golden/<cap>/modules.json, see README "Module cases") with buildModule,
 * bit for bit: state_dict names and order, dtypes, shapes, kinds, bytes or
 * SHA-256, warnings, refusals and the generator state after each case; for
 * each capability and on every kernel backend.
 */
import assert from "node:assert/strict";
import { GOLDEN_CAPABILITIES } from "../conformance/golden.ts";
import { getCpuCapability, getTorchVersion } from "../src/mod.ts";
import { setWasmVariant } from "../src/random/_wasm.ts";
import { formatModuleMismatches, loadModuleGolden, replayModules } from "./_module_replay.ts";

for (const capability of GOLDEN_CAPABILITIES) {
  Deno.test(`module replay (${capability}): every case is bit-identical to torch 1.13.1`, async () => {
    const before = [getCpuCapability(), getTorchVersion()];
    const r = await replayModules(capability);
    assert.deepEqual([getCpuCapability(), getTorchVersion()], before, "settings not restored");
    assert.equal(
      r.mismatches.length,
      0,
      `${r.mismatches.length} mismatches in ${r.cases} cases:\n${
        formatModuleMismatches(r.mismatches)
      }`,
    );
    assert.ok(r.cases > 300 && r.refusals > 20, "the module golden set is unexpectedly small");
    console.log(
      `${capability}: ${r.cases} module cases (${r.refusals} refusals, ${r.entries} state_dict entries) bit-identical`,
    );
  });
}

Deno.test("module golden: avx512 is served from avx2's files", async () => {
  const [a, b] = await Promise.all([loadModuleGolden("avx512"), loadModuleGolden("avx2")]);
  assert.equal(a.meta.golden_alias_of, "avx2");
  assert.equal(a.meta.capability, "avx512");
  assert.deepEqual(a.cases, b.cases);
});

// The same replay on the TypeScript reference kernels and on the emulated-FMA
// WebAssembly module (as golden/replay_test.ts does for the tensor cases).
for (const variant of ["none", "emulated"] as const) {
  for (const capability of ["avx2", "default"] as const) {
    const kernels = variant === "none" ? "TypeScript kernels" : "emulated-FMA WebAssembly";
    Deno.test(`module replay (${capability}, ${kernels})`, async () => {
      setWasmVariant(variant);
      try {
        const r = await replayModules(capability);
        assert.equal(
          r.mismatches.length,
          0,
          `${r.mismatches.length} mismatches in ${r.cases} cases:\n${
            formatModuleMismatches(r.mismatches)
          }`,
        );
      } finally {
        setWasmVariant("auto");
      }
    });
  }
}
