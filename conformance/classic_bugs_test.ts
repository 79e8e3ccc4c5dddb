// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The harness must catch the classic porting bugs, each at the level that
 * should catch it. Each mutant wraps this library with one bug and exposes
 * only the op it breaks, so the runs stay short.
 */
import assert from "node:assert/strict";
import { calculateFanInAndFanOut, calculateGain, type Nonlinearity } from "../src/mod.ts";
import type { InitRequest, Port, TensorOp } from "./port.ts";
import { grade, type Level } from "./report.ts";
import { runConformance } from "./runner.ts";
import { selfPort } from "./self_port.ts";

function mutant(name: string, op: TensorOp, rewrite: (r: InitRequest) => InitRequest): Port {
  const self = selfPort("avx2");
  return {
    name,
    ops: [op],
    capability: "avx2",
    manualSeed: self.manualSeed,
    init: (r) => self.init!(r.op === op ? rewrite(r) : r),
  };
}

function kaimingStd(r: InitRequest, swapFans = false, slope?: number): number {
  const [fi, fo] = calculateFanInAndFanOut({ shape: r.shape });
  let mode = String(r.args.mode ?? "fan_in").toLowerCase();
  // The mutants refuse what torch refuses: only the named bug differs.
  if (mode !== "fan_in" && mode !== "fan_out") throw new RangeError(`mode ${mode} not supported`);
  if (swapFans) mode = mode === "fan_in" ? "fan_out" : "fan_in";
  const a = (r.args.a as number | undefined) ?? slope ?? 0;
  const gain = calculateGain((r.args.nonlinearity ?? "leaky_relu") as Nonlinearity, a);
  return gain / Math.sqrt(mode === "fan_in" ? fi : fo);
}

const BUGS: { bug: string; port: Port; op: TensorOp; caughtBy: Level[]; missedBy: Level[] }[] = [
  {
    bug: "std off by √3 (uniform bound = std)",
    op: "kaiming_uniform_",
    port: mutant("bound = std", "kaiming_uniform_", (r) => {
      const s = kaimingStd(r);
      return { ...r, op: "uniform_", args: { a: -s, b: s } };
    }),
    caughtBy: [1, 3],
    missedBy: [],
  },
  {
    bug: "fans swapped",
    op: "kaiming_uniform_",
    port: mutant("fans swapped", "kaiming_uniform_", (r) => {
      const b = Math.sqrt(3) * kaimingStd(r, true);
      return { ...r, op: "uniform_", args: { a: -b, b } };
    }),
    caughtBy: [1, 3],
    missedBy: [],
  },
  {
    bug: "TF-style truncation at mean ± 2 std instead of torch's absolute [a, b]",
    op: "trunc_normal_",
    port: mutant("±2σ truncation", "trunc_normal_", (r) => {
      const mean = (r.args.mean as number | undefined) ?? 0;
      const std = (r.args.std as number | undefined) ?? 1;
      return { ...r, args: { mean, std, a: mean - 2 * std, b: mean + 2 * std } };
    }),
    caughtBy: [3],
    missedBy: [],
  },
  {
    bug: "leaky_relu slope default 0.01 instead of kaiming's a = 0",
    op: "kaiming_uniform_",
    port: mutant("slope 0.01", "kaiming_uniform_", (r) => {
      const b = Math.sqrt(3) * kaimingStd(r, false, 0.01);
      return { ...r, op: "uniform_", args: { a: -b, b } };
    }),
    // A relative 5e-5 change of the bound is invisible to level 1's loose
    // thresholds; level 3's order-statistic test on 10^6 values sees it.
    caughtBy: [3],
    missedBy: [1],
  },
  {
    bug: "gain² used in place of gain",
    op: "xavier_normal_",
    port: mutant("gain²", "xavier_normal_", (r) => {
      const g = (r.args.gain as number | undefined) ?? 1;
      return { ...r, args: { ...r.args, gain: g * g } };
    }),
    caughtBy: [1, 3],
    missedBy: [],
  },
];

for (const { bug, port, op, caughtBy, missedBy } of BUGS) {
  Deno.test(`the harness catches: ${bug}`, async () => {
    const report = await runConformance(port, { levels: [1, 3, 4] });
    for (const level of caughtBy) {
      assert.equal(grade(report, op, level), "fail", `level ${level} should catch ${bug}`);
    }
    for (const level of missedBy) {
      assert.equal(
        grade(report, op, level),
        "pass",
        `level ${level} is not expected to see ${bug}`,
      );
    }
    // Bit-exact replay sees every one of them.
    assert.equal(grade(report, op, 4), "fail");
    // The same op, unbroken, passes all three levels.
    const clean: Port = { ...selfPort("avx2"), ops: [op] };
    const ok = await runConformance(clean, { levels: [1, 3, 4] });
    for (const level of [1, 3, 4] as Level[]) {
      assert.equal(grade(ok, op, level), "pass", `clean ${op} level ${level}`);
    }
  });
}
