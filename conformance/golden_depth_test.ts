// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Level 4's depth: every option that changes numbers is exercised by at
 * least five golden cases (on each torch release's set), so no bit-exact
 * catch rests on a single case.
 */
import assert from "node:assert/strict";
import { GOLDEN_DIRS, type GoldenStep, loadGolden } from "./golden.ts";

/** Minimum number of golden cases per option. */
const DEPTH = 5;

type Pred = (s: GoldenStep, seed: bigint | null) => boolean;
const arg = (s: GoldenStep, k: string) => s.args?.[k];
const mode = (s: GoldenStep) => String(arg(s, "mode") ?? "fan_in").toLowerCase();
const kaiming = (s: GoldenStep) => s.op === "kaiming_uniform_" || s.op === "kaiming_normal_";
const NONLINEARITIES = [
  "linear",
  "conv1d",
  "conv2d",
  "conv3d",
  "conv_transpose1d",
  "conv_transpose2d",
  "conv_transpose3d",
  "sigmoid",
  "tanh",
  "relu",
  "leaky_relu",
  "selu",
];
const kernelRank = (s: GoldenStep) => s.shape!.length - 2;
const evenKernel = (s: GoldenStep) => s.shape!.slice(2).some((k) => k % 2 === 0);
const zeros = (s: GoldenStep) => (arg(s, "sparsity") as number) * s.shape![0];

/** Each option that changes numbers, per op: what a case must have to exercise it. */
const OPTIONS: [string, Pred][] = [
  ...["kaiming_uniform_", "kaiming_normal_"].flatMap((op): [string, Pred][] => [
    ...NONLINEARITIES.map((nl): [string, Pred] => [
      `${op} nonlinearity=${nl}`,
      (s) => s.op === op && (arg(s, "nonlinearity") ?? "leaky_relu") === nl,
    ]),
    [`${op} mode fan_in`, (s) => s.op === op && mode(s) === "fan_in"],
    [`${op} mode fan_out`, (s) => s.op === op && mode(s) === "fan_out"],
    ...["Fan_Out", "FAN_IN", "FAN_OUT"].map((m): [string, Pred] => [
      `${op} mode spelled ${m}`,
      (s) => s.op === op && arg(s, "mode") === m,
    ]),
    [
      `${op} fan_out with a nonlinearity`,
      (s) => s.op === op && mode(s) === "fan_out" && arg(s, "nonlinearity") !== undefined,
    ],
    [
      `${op} leaky_relu a ≠ 0`,
      (s) =>
        s.op === op && (arg(s, "nonlinearity") ?? "leaky_relu") === "leaky_relu" &&
        typeof arg(s, "a") === "number" && arg(s, "a") !== 0,
    ],
    [`${op} a given but ignored`, (s) =>
      s.op === op && arg(s, "a") !== undefined &&
      !["leaky_relu", undefined].includes(arg(s, "nonlinearity") as string)],
    [
      `${op} non-square fan_out`,
      (s) => s.op === op && mode(s) === "fan_out" && s.shape![0] !== s.shape![1],
    ],
  ]),
  ...[0.01, 0.5, 2, 0.001].map((std): [string, Pred] => [
    `sparse_ std=${std}`,
    (s) => s.op === "sparse_" && ((arg(s, "std") as number | undefined) ?? 0.01) === std,
  ]),
  [
    "sparse_ floor ≠ ceil of the zero count",
    (s) => s.op === "sparse_" && Math.floor(zeros(s)) !== Math.ceil(zeros(s)),
  ],
  [
    "sparse_ product just above an integer",
    (s) => s.op === "sparse_" && zeros(s) - Math.floor(zeros(s)) < 1e-9 && zeros(s) % 1 !== 0,
  ],
  ["trunc_normal_ mean outside [a, b]", (s) => {
    const m = (arg(s, "mean") as number | undefined) ?? 0;
    return s.op === "trunc_normal_" &&
      (m < ((arg(s, "a") as number | undefined) ?? -2) ||
        m > ((arg(s, "b") as number | undefined) ?? 2));
  }],
  ["trunc_normal_ both bounds ≥ 2 std on one side", (s) => {
    const m = (arg(s, "mean") as number | undefined) ?? 0;
    const sd = (arg(s, "std") as number | undefined) ?? 1;
    const a = (arg(s, "a") as number | undefined) ?? -2;
    const b = (arg(s, "b") as number | undefined) ?? 2;
    return s.op === "trunc_normal_" && ((a - m) / sd >= 2 || (b - m) / sd <= -2);
  }],
  ...[1, 2, 3].flatMap((rank): [string, Pred][] => [
    [
      `dirac_ ${rank}-D even kernel`,
      (s) => s.op === "dirac_" && kernelRank(s) === rank && evenKernel(s),
    ],
    [
      `dirac_ ${rank}-D odd kernel`,
      (s) => s.op === "dirac_" && kernelRank(s) === rank && !evenKernel(s),
    ],
    [
      `dirac_ ${rank}-D groups > 1`,
      (s) => s.op === "dirac_" && kernelRank(s) === rank && ((arg(s, "groups") as number) ?? 1) > 1,
    ],
  ]),
  ["eye_ tall", (s) => s.op === "eye_" && s.shape![0] > s.shape![1]],
  ["eye_ wide", (s) => s.op === "eye_" && s.shape![0] < s.shape![1]],
  ["eye_ square", (s) => s.op === "eye_" && s.shape![0] === s.shape![1]],
  ...["kaiming_uniform_", "kaiming_normal_", "trunc_normal_", "xavier_normal_", "sparse_"].flatMap((
    op,
  ): [string, Pred][] => [
    [
      `${op} after a seed above 2^53`,
      (s, seed) => s.op === op && seed !== null && BigInt.asUintN(64, seed) > 2n ** 53n,
    ],
    [`${op} after a negative seed`, (s, seed) => s.op === op && seed !== null && seed < 0n],
  ]),
];

for (const [version, dir] of Object.entries(GOLDEN_DIRS)) {
  Deno.test(`golden depth (torch ${version}): at least ${DEPTH} cases per option`, async () => {
    const golden = await loadGolden(dir, "avx2");
    const counts = new Map<string, number>(OPTIONS.map(([name]) => [name, 0]));
    for (const c of golden.cases) {
      if (c.steps.length !== 1 || c.steps[0].error || c.steps[0].view) continue;
      const s = c.steps[0];
      const seed = c.seed === null ? null : BigInt(c.seed);
      for (const [name, pred] of OPTIONS) {
        if (s.shape && (kaiming(s) || s.op !== undefined) && pred(s, seed)) {
          counts.set(name, counts.get(name)! + 1);
        }
      }
    }
    const thin = [...counts].filter(([, n]) => n < DEPTH);
    assert.deepEqual(thin, [], `options with fewer than ${DEPTH} golden cases`);
  });
}
