// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Runtime-neutral test entry: the same file runs under Deno, Node 24 (type
 * stripping) and Bun. It replays every golden case recorded from PyTorch for
 * each CPU capability (bit-compared, via `./_replay.ts`, shared with the Deno
 * test) and runs the README usage examples against values recorded from
 * torch 1.13. Only `node:` modules and web-standard globals are used.
 *
 *     deno run --allow-read --allow-env golden/portable_replay.ts
 *     npx -y node@24 golden/portable_replay.ts
 *     npx -y bun@1.3.5 golden/portable_replay.ts
 *
 * Prints one line per check and a closing `N passed, N failed` line; the
 * exit code is non-zero on any failure.
 *
 * @module
 */
import assert from "node:assert/strict";
import process from "node:process";
import { GOLDEN_CAPABILITIES, sha256Hex } from "../conformance/golden.ts";
import { formatMismatches, replayGolden } from "./_replay.ts";
import {
  empty,
  Generator,
  getCpuCapability,
  getTorchVersion,
  kaimingUniform,
  manualSeed,
  normal,
  setCpuCapability,
  setTorchVersion,
  truncNormal,
  uniform,
  xavierNormal,
} from "../src/mod.ts";

let passed = 0;
let failed = 0;

async function check(name: string, fn: () => void | Promise<void>): Promise<void> {
  const start = performance.now();
  try {
    await fn();
    passed++;
    console.log(`ok   ${name} (${Math.round(performance.now() - start)} ms)`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}\n${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  }
}

function bytesOf(a: ArrayBufferView): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

/** Run `fn` under `capability`, restoring the previous one afterwards. */
function withCapability<T>(capability: "default" | "avx2" | "avx512", fn: () => T): T {
  const previous = getCpuCapability();
  setCpuCapability(capability);
  try {
    return fn();
  } finally {
    setCpuCapability(previous);
  }
}

const runtime = "Deno" in globalThis
  ? "deno"
  : "Bun" in globalThis
  ? "bun"
  : `node ${process.versions.node}`;
console.log(`torch-parity portable replay on ${runtime}`);

for (const capability of GOLDEN_CAPABILITIES) {
  await check(`golden replay (${capability}): every case bit-identical to torch`, async () => {
    const before = getCpuCapability();
    const r = await replayGolden(capability);
    assert.equal(getCpuCapability(), before, "the CPU capability was not restored");
    assert.equal(r.capability, capability);
    assert.equal(
      r.mismatches.length,
      0,
      `${r.mismatches.length} mismatches in ${r.cases} cases:\n${formatMismatches(r.mismatches)}`,
    );
    assert.ok(r.cases > 600, `the golden set is unexpectedly small (${r.cases} cases)`);
    console.log(
      `     ${r.cases} cases; orthogonal_ max abs error ${JSON.stringify(r.orthogonalMaxError)}`,
    );
  });
}

// README usage examples; expected values recorded from torch 1.13
// (ATEN_CPU_CAPABILITY=avx2 unless noted).
await check("README: manualSeed(0); uniform(empty([3]))", () => {
  manualSeed(0);
  assert.deepEqual(
    Array.from(uniform(empty([3])).data),
    [0.49625658988952637, 0.7682217955589294, 0.08847743272781372],
  );
});

await check("README: normal(empty([2, 8])) then uniform(empty([8]), { a, b })", () => {
  manualSeed(0);
  const w = normal(empty([2, 8]));
  const b = uniform(empty([8]), { a: -0.125, b: 0.125 });
  assert.deepEqual(Array.from(w.data), [
    -1.1258398294448853,
    -1.152360200881958,
    -0.2505785822868347,
    -0.4338788092136383,
    0.8487103581428528,
    0.6920091509819031,
    -0.31601276993751526,
    -2.1152193546295166,
    0.32227492332458496,
    -1.2633347511291504,
    0.34998318552970886,
    0.30813392996788025,
    0.11984150856733322,
    1.237657904624939,
    1.1167771816253662,
    -0.2472781538963318,
  ]);
  assert.deepEqual(Array.from(b.data), [
    0.04941689968109131,
    0.07500284910202026,
    -0.08474263548851013,
    -0.05443285405635834,
    0.04540213942527771,
    0.10379849374294281,
    -0.025725021958351135,
    0.09353896975517273,
  ]);
});

await check("README: nn.Linear(300, 100) weight via kaimingUniform({ a: sqrt(5) })", async () => {
  manualSeed(0);
  normal(empty([2, 8]));
  uniform(empty([8]), { a: -0.125, b: 0.125 });
  const weight = kaimingUniform(empty([100, 300]), { a: Math.sqrt(5) });
  assert.deepEqual(Array.from(weight.data.subarray(0, 4)), [
    -0.009305925108492374,
    0.006109179928898811,
    0.052277691662311554,
    -0.0535590723156929,
  ]);
  assert.equal(
    await sha256Hex(bytesOf(weight.data)),
    "af1ec0b16a37521af424def60cf0d6bfd631e830efe0e4394c238e5072f05abc",
  );
});

await check(
  "README: truncNormal float64 768x768 std 0.02 (torch 1.13), avx2 and default",
  async () => {
    // Recorded from torch 1.13.1's inverse-CDF trunc_normal_ (2.14 samples by rejection).
    const previous = getTorchVersion();
    setTorchVersion("1.13");
    const want = {
      avx2: "8a2c23578cd70bdada671f6839e7fb93a27ec2625a7871f87a6669dde51983db",
      default: "b41518ff06bc406634f0517ccba4cc58ce3dd2046fe375f0e754e883d73dbb38",
    } as const;
    for (const capability of ["avx2", "default"] as const) {
      const x = withCapability(capability, () => {
        manualSeed(42);
        return truncNormal(empty([768, 768], { dtype: "float64" }), { std: 0.02 });
      });
      assert.equal(await sha256Hex(bytesOf(x.data)), want[capability], capability);
    }
    setTorchVersion(previous);
  },
);

await check("README: a Generator is independent of the default generator", () => {
  manualSeed(0);
  const g = new Generator().manualSeed(0);
  const t = uniform(empty([2]), { generator: g });
  assert.deepEqual(Array.from(t.data), [0.49625658988952637, 0.7682217955589294]);
  // the default generator was not advanced by g
  assert.deepEqual(Array.from(uniform(empty([1])).data), [0.49625658988952637]);
});

await check("README: setCpuCapability changes vectorised results like torch", async () => {
  const want = {
    avx2: "1714950a50b1038f653b102e2fdc1a4e217a5396dbab7af3e8acb3527860afaa",
    default: "614b4071cfcdd79796ddfd931ed04bbe8608e9ada3ad18cc7f877da88ba39818",
  } as const;
  for (const capability of ["avx2", "default"] as const) {
    const y = withCapability(capability, () => {
      manualSeed(0);
      return xavierNormal(empty([64, 64]));
    });
    assert.equal(await sha256Hex(bytesOf(y.data)), want[capability], capability);
  }
});

console.log(`${passed} passed, ${failed} failed`);
if (failed > 0) process.exitCode = 1;
