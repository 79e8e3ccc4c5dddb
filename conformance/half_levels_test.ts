// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Levels 1–3 in half precision: ports with `initHalf` get float16/bfloat16
 * requests (placement, refusals per torch release with their generator
 * effect, laws with the half allowance), ports without get skipped checks;
 * a half port with a std 10% off or uniform bounds 5% short fails level 3
 * (level 1's coarse thresholds let both through); the allowance holds for
 * the half laws torch's kernels produce.
 */
import assert from "node:assert/strict";
import { runConformance } from "./runner.ts";
import { selfPort } from "./self_port.ts";
import type { HalfInitRequest, Port } from "./port.ts";
import type { Check, Level } from "./report.ts";
import { Generator } from "../src/mod.ts";
import { fromBits, toBits } from "../src/_half.ts";
import { halfAllowance } from "./stats/half_allowance.ts";

const isHalf = (c: Check) => /float16|bfloat16/.test(c.name);

/** `port` with its half outputs of `ops` scaled by `factor` (values rounded back to the dtype). */
function scaledHalf(port: Port, ops: string[], factor: number): Port {
  // Without float init: only the half checks run.
  const { init: _, ...rest } = port;
  return {
    ...rest,
    name: `${port.name}, half ${ops.join("/")} × ${factor}`,
    ops: ops as Port["ops"],
    async initHalf(r: HalfInitRequest) {
      const bits = await port.initHalf!(r);
      if (!ops.includes(r.op)) return bits;
      const value = fromBits(r.dtype);
      const back = toBits(r.dtype);
      return bits.map((b) => back(value(b) * factor));
    },
  };
}

async function levels(port: Port, ls: Level[], torchVersion?: "1.13" | "2.6" | "2.14") {
  return (await runConformance(port, { levels: ls, torchVersion })).checks;
}

Deno.test("levels 1-3 send half requests to a port with initHalf; torch 1.13's refusals", async () => {
  const checks = await levels(selfPort("avx2", new Generator(), "1.13"), [1, 2]);
  const half = checks.filter(isHalf);
  assert.ok(half.length > 150, `${half.length} half checks`);
  assert.deepEqual(half.filter((c) => c.status !== "pass").map((c) => c.name), []);
  const names = half.map((c) => c.name);
  assert.ok(names.some((n) => /^trunc_normal_ \[64,64\] float16 is refused .*erfinv/.test(n)));
  assert.ok(names.some((n) => /^eye_ \[3,5\] bfloat16 is refused/.test(n)));
  assert.ok(names.some((n) => /^orthogonal_ \[3,2,4\] float16 is refused/.test(n)));
  assert.ok(!names.some((n) => /^eye_ \[3,5\] bfloat16$/.test(n)));
  assert.ok(names.some((n) => /^eye_ \[3,5\] float16$/.test(n)));
});

Deno.test("torch 2.6 accepts trunc_normal_ on float16 and eye_ on bfloat16; a 1.13 port fails there", async () => {
  const v26 = (await levels(selfPort("avx2", new Generator(), "2.6"), [1, 2])).filter(isHalf);
  assert.deepEqual(v26.filter((c) => c.status !== "pass").map((c) => c.name), []);
  assert.ok(v26.some((c) => /^eye_ \[3,5\] bfloat16$/.test(c.name)));
  assert.ok(!v26.some((c) => / is refused \(torch/.test(c.name)));
  // A port reproducing 1.13's refusals, graded as 2.6: it refuses valid calls.
  const wrong = await levels(selfPort("avx2", new Generator(), "1.13"), [2], "2.6");
  assert.ok(wrong.some((c) => c.name === "eye_ [3,5] bfloat16" && c.status === "fail"));
});

Deno.test("a refusal that moves the generator differently from torch fails", async () => {
  const good = selfPort("avx2", new Generator(), "1.13");
  // orthogonal_ refused before its normal_ draws (torch draws first).
  const early: Port = {
    ...good,
    initHalf(r) {
      if (r.op === "orthogonal_") throw new Error("geqrf_cpu not implemented");
      return good.initHalf!(r);
    },
  };
  const checks = (await levels(early, [2])).filter((c) =>
    /^orthogonal_ .* is refused \(LAPACK/.test(c.name)
  );
  assert.ok(checks.length === 6 && checks.every((c) => c.status === "fail"));
  assert.match(checks[0].detail!, /not where normal_ .* leaves it/);
});

Deno.test("a port without initHalf: half checks reported as skipped, never passed", async () => {
  const { initHalf: _, ...self } = selfPort("avx2", new Generator(), "1.13");
  const checks = await levels({ ...self, ops: ["uniform_", "eye_"] }, [1, 2, 3]);
  const skips = checks.filter((c) => c.op === "half precision");
  assert.deepEqual(skips.map((c) => [c.level, c.status]), [[1, "skip"], [2, "skip"], [3, "skip"]]);
  assert.equal(checks.filter((c) => isHalf(c) && c.status !== "skip").length, 0);
});

Deno.test("level 3 catches a half std 10% off and half uniform bounds 5% short (level 1 does not)", async () => {
  const good = selfPort("avx2", new Generator(), "2.6");
  for (
    const [ops, factor, what] of [
      [["normal_", "kaiming_normal_", "xavier_normal_"], 1.1, /variance/],
      [["uniform_", "kaiming_uniform_", "xavier_uniform_"], 0.95, /largest value|smallest value/],
    ] as const
  ) {
    const checks = (await levels(scaledHalf(good, [...ops], factor), [1, 3])).filter(isHalf);
    const l1 = checks.filter((c) => c.level === 1 && c.status === "fail");
    assert.deepEqual(l1.map((c) => c.name), [], "level 1's thresholds are coarser");
    const l3 = checks.filter((c) => c.level === 3 && c.status === "fail");
    for (const dtype of ["float16", "bfloat16"]) {
      for (const op of ops) {
        assert.ok(
          l3.some((c) =>
            c.name.startsWith(`${op} `) && c.name.includes(dtype) && what.test(c.name)
          ),
          `${op} ${dtype} × ${factor} caught`,
        );
      }
    }
  }
});

Deno.test("half allowance: bfloat16's is 8 times float16's; torch's coarsest half laws are inside", () => {
  const u = { kind: "uniform", a: -1, b: 1 } as const;
  const f16 = halfAllowance(u, "float16");
  const bf16 = halfAllowance(u, "bfloat16");
  assert.ok(Math.abs(bf16.ks / f16.ks - 8) < 0.1, `${bf16.ks} / ${f16.ks}`);
  // torch 1.13/2.6's bfloat16 uniform_(-1, 1): 256 atoms −1 + 2k/256 (exact in bfloat16).
  let worst = 0;
  for (let k = 0; k < 256; k++) {
    const x = -1 + (2 * k) / 256;
    // The ECDF of the atoms vs the continuous CDF, just below and at each atom.
    worst = Math.max(worst, Math.abs(k / 256 - (x + 1) / 2), Math.abs((k + 1) / 256 - (x + 1) / 2));
  }
  assert.ok(worst <= bf16.ks, `${worst} > ${bf16.ks}`);
  // The d-bit Box–Muller radius: E R² = 1.97 for bfloat16, inside the second-moment interval.
  const n = halfAllowance({ kind: "normal", mean: 0, std: 1 }, "bfloat16");
  let s = 0;
  for (let j = 1; j <= 256; j++) s += -2 * Math.log(j / 256);
  assert.ok(n.secondMoment[0] <= s / 512 && s / 512 < 1 && 1 <= n.secondMoment[1]);
});
