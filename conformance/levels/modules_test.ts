// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Level 5 grades whole modules: a correct port without bit parity passes
 * (no false alarm), module-level porting bugs fail at the check that should
 * see them.
 */
import assert from "node:assert/strict";
import { Generator } from "../../src/mod.ts";
import type { ModuleResult, Port } from "../port.ts";
import { grade } from "../report.ts";
import { runConformance } from "../runner.ts";
import { selfPort } from "../self_port.ts";

/** The library as a port, with its module results passed through `edit`. */
function withModules(
  edit: (r: ModuleResult, spec: unknown) => ModuleResult,
  options: { parity: boolean; seedOffset?: bigint },
): Port {
  const self = selfPort("avx2", new Generator(), "1.13");
  return {
    ...self,
    name: "mutant",
    capability: options.parity ? "avx2" : undefined,
    async module(request) {
      const r = await self.module!({ ...request, seed: request.seed + (options.seedOffset ?? 0n) });
      return edit(r, request.spec);
    },
  };
}

async function level5(port: Port) {
  const report = await runConformance(port, { levels: [5], torchVersion: "1.13" });
  const failed = report.checks.filter((c) => c.level === 5 && c.status === "fail");
  return { report, failed };
}

const specType = (spec: unknown) => (spec as { type?: string }).type;

Deno.test("level 5: a correct port without stream parity (other draws) passes every check", async () => {
  const { report, failed } = await level5(withModules((r) => r, { parity: false, seedOffset: 1n }));
  assert.deepEqual(failed.map((c) => `${c.name}: ${c.detail}`), []);
  assert.ok(report.moduleStatistics!.checks > 100, "laws were tested");
  assert.ok(!report.checks.some((c) => /bit-exact/.test(c.name)), "no bit claim, no bit check");
});

Deno.test("level 5: Linear biases drawn with twice torch's bound fail the law check", async () => {
  const mutant = withModules((r, spec) => {
    if (specType(spec) !== "Linear" && specType(spec) !== "Custom") return r;
    for (const e of r.stateDict) {
      if (e.name.endsWith("bias") && e.data instanceof Float32Array) {
        e.data.forEach((x, i, a) => (a[i] = 2 * x));
      }
    }
    return r;
  }, { parity: false, seedOffset: 1n });
  const { failed } = await level5(mutant);
  assert.ok(failed.some((c) => /bias law/.test(c.name)), "caught by the two-sample test");
});

Deno.test("level 5: an Embedding whose padding row is not zeroed fails (bit-exact)", async () => {
  const mutant = withModules((r, spec) => {
    const s = spec as { type?: string; kwargs?: { padding_idx?: number } };
    if (s.type === "Embedding" && typeof s.kwargs?.padding_idx === "number") {
      const w = r.stateDict[0];
      const cols = w.shape[1];
      const row = (s.kwargs.padding_idx + w.shape[0]) % w.shape[0];
      for (let j = 0; j < cols; j++) (w.data as Float32Array)[row * cols + j] = 0.5;
    }
    return r;
  }, { parity: true });
  const { report, failed } = await level5(mutant);
  assert.ok(failed.some((c) => /Embedding/.test(c.name) && /bit-exact/.test(c.name)));
  assert.equal(grade(report, "nn.Embedding", 5), "fail");
});

Deno.test("level 5: state_dict entries in another order fail the structure check", async () => {
  const mutant = withModules((r, spec) => {
    if (specType(spec) === "LSTM" && r.stateDict.length > 1) r.stateDict.reverse();
    return r;
  }, { parity: true });
  const { failed } = await level5(mutant);
  assert.ok(failed.some((c) => /LSTM/.test(c.name) && /names, order/.test(c.name)));
});

Deno.test("level 5: a port that builds what torch refuses fails the refusal check", async () => {
  const self = selfPort("avx2", new Generator(), "1.13");
  const mutant: Port = {
    ...self,
    async module(request) {
      try {
        return await self.module!(request);
      } catch {
        return { stateDict: [] };
      }
    },
  };
  const { failed } = await level5(mutant);
  assert.ok(failed.some((c) => /refuses as torch/.test(c.name)));
});

Deno.test("level 5: half-precision module cases are graded, and skipped without float16/bfloat16", async () => {
  const self = selfPort("avx2", new Generator(), "1.13");
  const withHalf = await level5(self);
  assert.deepEqual(withHalf.failed, []);
  const graded = withHalf.report.checks.filter((c) => /dtype=bfloat16/.test(c.name));
  assert.ok(graded.some((c) => /bit-exact/.test(c.name) && c.status === "pass"));
  const { initHalf: _, ...noHalf } = self;
  const without = await level5({ ...noHalf, name: "no half" });
  assert.deepEqual(without.failed, []);
  assert.ok(!without.report.checks.some((c) => /dtype=(bfloat16|float16)/.test(c.name)));
  assert.ok(
    without.report.checks.some((c) =>
      c.status === "skip" && /140 half-precision module cases/.test(c.name)
    ),
  );
});

Deno.test("level 5: a bfloat16 Linear with one flipped bit, or scaled weights, fails", async () => {
  const flip = withModules((r, spec) => {
    const s = spec as { type?: string; kwargs?: { dtype?: string } };
    if (s.type === "Linear" && s.kwargs?.dtype === "bfloat16") {
      (r.stateDict[0].data as Uint16Array)[0] ^= 1;
    }
    return r;
  }, { parity: true });
  const flipped = await level5(flip);
  assert.ok(flipped.failed.length > 0);
  assert.ok(flipped.failed.every((c) => /Linear\(.*dtype=bfloat16/.test(c.name)));
  assert.ok(flipped.failed.some((c) => /bit-exact/.test(c.name)));
  // Doubling every weight (one exponent step: + 0x80 in bfloat16's bits) breaks the law.
  const scale = withModules((r, spec) => {
    const s = spec as { type?: string; kwargs?: { dtype?: string } };
    if (s.type === "Linear" && s.kwargs?.dtype === "bfloat16") {
      const w = r.stateDict[0].data as Uint16Array;
      w.forEach((b, i) => (w[i] = (b & 0x7fff) === 0 ? b : b + 0x80));
    }
    return r;
  }, { parity: false, seedOffset: 1n });
  const scaled = await level5(scale);
  assert.ok(scaled.failed.some((c) => /dtype=bfloat16.*weight law/.test(c.name)));
});
