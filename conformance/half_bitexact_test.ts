// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Level 4 replays the half-precision golden cases (family 5) for ports that
 * take float16/bfloat16 requests (`Port.initHalf`, protocol `dtypes`), and
 * skips them for the others.
 */
import assert from "node:assert/strict";
import { runBitExact } from "./levels/bitexact.ts";
import type { Check } from "./report.ts";
import { selfPort } from "./self_port.ts";
import { Generator } from "../src/mod.ts";

async function level4(port: ReturnType<typeof selfPort>, version: "1.13" | "2.6" | "2.14") {
  const checks: Check[] = [];
  await runBitExact(
    { port, add: (c) => checks.push(c), progress: () => {} },
    port.capability!,
    version,
  );
  return checks.filter((c) => c.name.startsWith("half/"));
}

for (
  const [version, capability] of [["1.13", "default"], ["2.6", "avx2"], [
    "2.14",
    "default",
  ]] as const
) {
  Deno.test(`level 4 replays every half-precision golden case (torch ${version}, ${capability})`, async () => {
    const half = await level4(selfPort(capability, new Generator(), version), version);
    // 402 cases, less the 28 on views (requests have no views).
    assert.equal(half.length, 374);
    const bad = half.filter((c) => c.status !== "pass");
    assert.deepEqual(bad.map((c) => `${c.name}: ${c.detail}`), []);
  });
}

Deno.test("level 4 catches a half-precision port that drifts, and skips ports without initHalf", async () => {
  const good = selfPort("avx2", new Generator(), "2.6");
  const drifting = {
    ...good,
    initHalf: async (request: Parameters<NonNullable<typeof good.initHalf>>[0]) => {
      const bits = await good.initHalf!(request);
      if (bits.length > 0 && request.op === "normal_") bits[0] ^= 1;
      return bits;
    },
  };
  const half = await level4(drifting, "2.6");
  assert.ok(
    half.some((c) => c.status === "fail" && /elements differ in their bits/.test(c.detail ?? "")),
  );
  const { initHalf: _, ...withoutHalf } = good;
  assert.equal((await level4(withoutHalf, "2.6")).length, 0);
});
