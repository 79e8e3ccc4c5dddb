// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Replays every golden module case recorded from real PyTorch 1.13, 2.6 and
 * 2.14 (golden/<cap>/modules.json, golden/torch-2.6/<cap>/...,
 * golden/torch-2.14/<cap>/..., see README "Module cases") with buildModule
 * under the matching setTorchVersion, bit for bit: state_dict names and
 * order, dtypes, shapes, kinds, bytes or SHA-256, warnings, refusals and the
 * generator state after each case; for each capability and on every kernel
 * backend.
 */
import assert from "node:assert/strict";
import { GOLDEN_CAPABILITIES } from "../conformance/golden.ts";
import { getCpuCapability, getTorchVersion, type TorchVersion } from "../src/mod.ts";
import { setWasmVariant } from "../src/random/_wasm.ts";
import { formatModuleMismatches, loadModuleGolden, replayModules } from "./_module_replay.ts";
import { GOLDEN_DIRS } from "../conformance/golden.ts";

/** Each release's full name and the least number of cases its files must hold. */
const RELEASES: readonly [TorchVersion, string, number][] = [
  ["1.13", "1.13.1", 367],
  ["2.6", "2.6.0", 434],
  ["2.14", "2.14.1", 457],
];

for (const [version, full, least] of RELEASES) {
  for (const capability of GOLDEN_CAPABILITIES) {
    Deno.test(`module replay (torch ${version}, ${capability}): every case is bit-identical to torch ${full}`, async () => {
      const before = [getCpuCapability(), getTorchVersion()];
      const r = await replayModules(capability, undefined, version);
      assert.deepEqual([getCpuCapability(), getTorchVersion()], before, "settings not restored");
      assert.equal(
        r.mismatches.length,
        0,
        `${r.mismatches.length} mismatches in ${r.cases} cases:\n${
          formatModuleMismatches(r.mismatches)
        }`,
      );
      assert.ok(r.cases >= least && r.refusals > 20, "the module golden set is unexpectedly small");
      console.log(
        `torch ${version} ${capability}: ${r.cases} module cases (${r.refusals} refusals, ${r.entries} state_dict entries) bit-identical`,
      );
    });
  }
}

Deno.test("module golden: avx512 is served from avx2's files", async () => {
  for (const [version] of RELEASES) {
    const dir = GOLDEN_DIRS[version];
    const [a, b] = await Promise.all([
      loadModuleGolden("avx512", dir),
      loadModuleGolden("avx2", dir),
    ]);
    assert.equal(a.meta.golden_alias_of, "avx2");
    assert.equal(a.meta.capability, "avx512");
    assert.deepEqual(a.cases, b.cases);
  }
});

Deno.test("module golden: torch 2.x files store only what differs from 1.13's", async () => {
  for (const version of ["2.6", "2.14"] as const) {
    for (const capability of ["default", "avx2"] as const) {
      const [base, later] = await Promise.all([
        loadModuleGolden(capability),
        loadModuleGolden(capability, GOLDEN_DIRS[version]),
      ]);
      assert.equal(later.meta.torch.startsWith(version), true);
      // the first cases are 1.13's, in the same order (RNN's positional case in 2.x's order),
      // then 2.x's own; the half-precision block (issue 15) is appended last in each release's
      // list and starts with 1.13's half cases, in the same order
      const isHalf = (c: { tags: string[] }) => c.tags.includes("half");
      const [base0, baseHalf] = [base.cases.filter((c) => !isHalf(c)), base.cases.filter(isHalf)];
      const laterHalf = later.cases.filter(isHalf);
      assert.deepEqual(base.cases.slice(base0.length), baseHalf, "1.13's half cases come last");
      assert.deepEqual(later.cases.slice(later.cases.length - laterHalf.length), laterHalf);
      const same = base0.filter((c, i) => c.id === later.cases[i].id).length;
      assert.ok(same >= base0.length - 2, `${version} ${capability}: ${same} common cases`);
      const sameHalf = baseHalf.filter((c, i) => c.id === laterHalf[i].id).length;
      assert.equal(sameHalf, baseHalf.length, `${version} ${capability}: half cases`);
      assert.ok(laterHalf.length > baseHalf.length); // RMSNorm, LayerNorm(bias=False)
      assert.ok(later.cases.length > base.cases.length);
    }
  }
});

// The same replay on the TypeScript reference kernels and on the emulated-FMA
// WebAssembly module (as golden/replay_test.ts does for the tensor cases).
for (const variant of ["none", "emulated"] as const) {
  for (const [version] of RELEASES) {
    for (const capability of ["avx2", "default"] as const) {
      const kernels = variant === "none" ? "TypeScript kernels" : "emulated-FMA WebAssembly";
      Deno.test(`module replay (torch ${version}, ${capability}, ${kernels})`, async () => {
        setWasmVariant(variant);
        try {
          const r = await replayModules(capability, undefined, version);
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
}
