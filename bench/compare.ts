// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `deno task bench:compare`: this library against PyTorch (and TF.js where it
 * has a counterpart) on the same shapes, in one go on one machine, float32,
 * CPU capability avx2, one thread.
 *
 * - torch: `/usr/bin/python3 bench/torch_bench.py` with
 *   `ATEN_CPU_CAPABILITY=avx2`, `torch.set_num_threads(1)`; installs Debian's
 *   `python3-torch` with apt-get when it is missing (as root or through
 *   password-less sudo), otherwise says how and stops.
 * - ours: in this process, `setCpuCapability("avx2")`, tensors allocated
 *   before timing.
 * - TF.js 4.22.0, CPU backend: `initializer.apply(shape)`, `dataSync()` and
 *   `dispose()` are timed together (TF.js allocates its output; there is no
 *   way to fill an existing buffer). Cases whose estimated time exceeds
 *   `--tfjs-limit` seconds are reported as skipped.
 *
 * Every timing is the median of repeated calls after a warm-up call: calls
 * are repeated for about `--budget` seconds (3 to 25 calls; 2 for calls over
 * 1 s; a single call over 4 s is reported as it is). Then, for the
 * elementwise initializers, peak extra memory is measured in fresh processes
 * (bench/_memory_probe.ts) at 1024² and 4096² elements: it must not grow
 * with n.
 *
 * Whole models (bench/_models.ts, bench/torch_models.py): "GPT-2 small
 * (124M parameters) constructed after manual_seed" (nanoGPT's `GPT`, its
 * `apply` re-init included) and "ResNet-50-sized conv stack" (torchvision's
 * `resnet50()` with its `kaiming_normal_` loop): `torch.manual_seed(0);
 * Model()` (in a `torch_bench.py --serve` child) against `manualSeed(0); new
 * Model()`, one warm-up construction each, then `--model-runs` timed ones
 * alternating torch, ours, torch, ours… (wall and CPU time; target ours/torch
 * ≤ 1.0), the SHA-256 of both state dicts and generator states (they must be
 * equal), and the peak memory a construction needs beyond the model's own
 * tensors, each side in a fresh process (bench/_model_probe.ts,
 * `torch_bench.py --memory`).
 *
 * Cold start (bench/_cold_start_probe.ts, `torch_bench.py --cold`): the
 * first call of `uniform`, `normal`, `truncNormal`, `orthogonal` and `sparse`
 * at 64×64 in a fresh process, the WebAssembly compile and instantiation
 * included (target ≤ 5 ms), the median of `--cold-runs` fresh processes per
 * op and side; stages (the kernels' module, the QR module, the rest) from
 * further fresh processes; and `await initWorkers(2)` in a fresh process.
 *
 * Parallel fill (bench/parallel_bench.ts `--json`, a child with
 * `--allow-all` for the per-thread CPU times): `initWorkers(2)` against one
 * thread at 4096² for `uniform` and `normal` (plain and
 * `SharedArrayBuffer`-backed tensors) and for a whole GPT-2 small
 * construction, alternating, bits and generator state compared in the same
 * run (target ≥ 1.8× wall, graded on plain tensors).
 *
 * Targets are issue 13's. Every missed one is listed with a link to its
 * profile: the `###` heading of docs/performance.md's "Targets not met, with
 * profiles" section that names it (or "no profile").
 *
 * Prints the table and writes `bench/results/compare.json` and
 * `bench/results/compare.md`. Flags:
 *
 * - `--update-docs` (alias `--update-readme`): also replace the block between
 *   `<!-- bench:compare:start -->` and `<!-- bench:compare:end -->` in `docs/performance.md`.
 * - `--quick`: 1024² only for the elementwise ops, no 512² orthogonal, memory at 512²/2048².
 * - `--no-tfjs`, `--no-memory`, `--no-torch`: leave a column out.
 * - `--budget=S` (default 1.5), `--tfjs-limit=S` (default 30).
 * - `--no-models`: leave the whole models out; `--models-only`: only them
 *   (written to `bench/results/compare_models.json` and `.md`; `--update-docs`
 *   is then ignored); `--model-runs=N` (default 3) timed constructions per side
 *   (also the GPT-2 constructions per mode of the parallel section).
 * - `--no-cold`, `--cold-runs=N` (default 5); `--no-parallel`,
 *   `--parallel-reps=N` (default 9) alternations per parallel case.
 *
 * @module
 */

import { wasmKernels } from "../src/random/_wasm.ts";
import {
  type CpuCapability,
  getRngState,
  manualSeed,
  setCpuCapability,
  setTorchVersion,
  setWarningHandler,
  type Tensor,
  type TorchVersion,
} from "../src/mod.ts";
import { numelOf, type OpKind, type OpName, OPS, shapeLabel } from "./_ops.ts";
import { createHash } from "node:crypto";
import process from "node:process";
import type { Module } from "../src/nn/mod.ts";
import { MODELS } from "./_model_probe.ts";
import { stateBytes } from "./_models.ts";
import { BENCH_TORCH_VERSION, releaseOf } from "./_torch_version.ts";

const ROOT = new URL("../", import.meta.url);
const PYTHON = "/usr/bin/python3";
const CAPABILITY: CpuCapability = "avx2";
const TFJS_VERSION = "4.22.0";
/** The release reproduced when torch is not run: Debian's python3-torch, which compare.ts installs. */
const DEFAULT_RELEASE: TorchVersion = "1.13";
const MARK_START = "<!-- bench:compare:start -->";
const MARK_END = "<!-- bench:compare:end -->";

/** Command-line settings. */
interface Settings {
  updateReadme: boolean;
  quick: boolean;
  tfjs: boolean;
  memory: boolean;
  torch: boolean;
  budgetS: number;
  tfjsLimitS: number;
  models: boolean;
  modelsOnly: boolean;
  modelRuns: number;
  cold: boolean;
  coldRuns: number;
  parallel: boolean;
  parallelReps: number;
}

function parseFlags(args: readonly string[]): Settings {
  const settings: Settings = {
    updateReadme: false,
    quick: false,
    tfjs: true,
    memory: true,
    torch: true,
    budgetS: 1.5,
    tfjsLimitS: 30,
    models: true,
    modelsOnly: false,
    modelRuns: 3,
    cold: true,
    coldRuns: 5,
    parallel: true,
    parallelReps: 9,
  };
  for (const arg of args) {
    const [flag, value] = arg.split("=", 2);
    const seconds = () => {
      const s = Number(value);
      if (!(s > 0)) throw new RangeError(`${flag} must be a positive number, received ${value}`);
      return s;
    };
    const count = () => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) {
        throw new RangeError(`${flag} must be a positive integer, received ${value}`);
      }
      return n;
    };
    if (flag === "--update-docs" || flag === "--update-readme") settings.updateReadme = true;
    else if (flag === "--quick") settings.quick = true;
    else if (flag === "--no-tfjs") settings.tfjs = false;
    else if (flag === "--no-memory") settings.memory = false;
    else if (flag === "--no-torch") settings.torch = false;
    else if (flag === "--budget") settings.budgetS = seconds();
    else if (flag === "--tfjs-limit") settings.tfjsLimitS = seconds();
    else if (flag === "--no-models") settings.models = false;
    else if (flag === "--models-only") settings.modelsOnly = true;
    else if (flag === "--model-runs") settings.modelRuns = count();
    else if (flag === "--no-cold") settings.cold = false;
    else if (flag === "--cold-runs") settings.coldRuns = count();
    else if (flag === "--no-parallel") settings.parallel = false;
    else if (flag === "--parallel-reps") settings.parallelReps = count();
    else {
      throw new TypeError(
        `Unknown flag ${arg}; flags: --update-docs --quick --no-tfjs --no-memory --no-torch --budget=S --tfjs-limit=S --no-models --models-only --model-runs=N --no-cold --cold-runs=N --no-parallel --parallel-reps=N`,
      );
    }
  }
  return settings;
}

/** One compared case: an op at a shape. */
interface Case {
  id: string;
  op: OpName;
  shape: number[];
}

/**
 * Targets of issue 13 on ours/torch (float32, avx2, one thread), by op;
 * `orthogonal` by size (64²: ≤ 1.0; 256² and 1024²: ≤ 0.5; 512² ungraded).
 */
const TARGETS: Partial<Record<OpName, number>> = {
  uniform: 0.5,
  kaimingUniform: 0.5,
  xavierUniform: 0.5,
  normal: 1.0,
  kaimingNormal: 1.0,
  xavierNormal: 1.0,
  truncNormal: 0.5,
  sparse: 0.5,
};

/** `orthogonal`'s targets by side. */
const ORTHOGONAL_TARGETS: Readonly<Record<number, number>> = { 64: 1.0, 256: 0.5, 1024: 0.5 };

/** TF.js must be at least this many times slower than ours. */
const TFJS_TARGET = 5;

function targetOf(c: Case): number | null {
  if (c.op === "orthogonal") return ORTHOGONAL_TARGETS[c.shape[0]] ?? null;
  return TARGETS[c.op] ?? null;
}

/** The section of docs/performance.md whose `###` headings name the profiles of missed targets. */
const PROFILE_SECTION = "## Targets not met, with profiles";

/** Grade keys whose profile is the one of another op. */
const PROFILE_ALIASES: Readonly<Record<string, string>> = {
  kaimingUniform: "uniform",
  xavierUniform: "uniform",
  kaimingNormal: "normal",
  xavierNormal: "normal",
};

/**
 * The link to the profile (ns per element per stage) of a missed target:
 * the first `###` heading of docs/performance.md's {@linkcode PROFILE_SECTION}
 * that starts with the key (an op name, "cold start", "parallel fill",
 * "whole models"; backticks ignored, any case), as a GitHub anchor; null when
 * there is none.
 */
function profileLink(key: string): string | null {
  let doc: string;
  try {
    doc = Deno.readTextFileSync(new URL("docs/performance.md", ROOT));
  } catch {
    return null;
  }
  const at = doc.indexOf(`\n${PROFILE_SECTION}\n`);
  if (at < 0) return null;
  const next = doc.indexOf("\n## ", at + 1);
  const section = doc.slice(at, next < 0 ? undefined : next);
  const want = (PROFILE_ALIASES[key] ?? key).toLowerCase();
  for (const [, heading] of section.matchAll(/^### (.+)$/gm)) {
    const text = heading.replaceAll("`", "").trim().toLowerCase();
    if (text === want || text.startsWith(`${want} `)) {
      const slug = text.replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");
      return `performance.md#${slug}`;
    }
  }
  return null;
}

function casesFor(settings: Settings): Case[] {
  const cases: Case[] = [];
  if (settings.modelsOnly) return cases;
  const add = (op: OpName, shape: number[]) =>
    cases.push({ id: `${op} ${shapeLabel(shape)}`, op, shape });
  const elementwise: OpName[] = [
    "uniform",
    "kaimingUniform",
    "xavierUniform",
    "normal",
    "kaimingNormal",
    "xavierNormal",
    "truncNormal",
  ];
  const sides = settings.quick ? [1024] : [1024, 4096];
  for (const side of sides) for (const op of elementwise) add(op, [side, side]);
  add("sparse", [1024, 1024]);
  for (const side of settings.quick ? [64, 256, 1024] : [64, 256, 512, 1024]) {
    add("orthogonal", [side, side]);
  }
  for (const op of ["constant", "ones", "zeros", "eye"] as const) add(op, [1024, 1024]);
  add("dirac", [256, 256, 4, 4]);
  return cases;
}

/** A measurement: sample durations in ns, or why there is none. */
type Timing = { samplesNs: number[] } | { skipped: string };

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The repeat rule shared with bench/torch_bench.py. */
function repeatsAfter(firstNs: number, budgetS: number): number {
  const s = firstNs / 1e9;
  if (s >= 4) return 0;
  if (s >= 1) return 2;
  return Math.max(3, Math.min(25, Math.round(budgetS / Math.max(s, 1e-9))));
}

function measure(fn: () => void, budgetS: number): Timing {
  const time = () => {
    const start = performance.now();
    fn();
    return (performance.now() - start) * 1e6;
  };
  const first = time();
  const n = repeatsAfter(first, budgetS);
  if (n === 0) return { samplesNs: [first] };
  return { samplesNs: Array.from({ length: n }, time) };
}

function run(cmd: string, args: string[], env?: Record<string, string>) {
  return new Deno.Command(cmd, { args, env, stdout: "piped", stderr: "piped" }).outputSync();
}

function log(message: string): void {
  console.error(message);
}

// ---------------------------------------------------------------- torch

/** Make sure `/usr/bin/python3` imports torch; install python3-torch with apt-get if possible. */
function ensureTorch(): void {
  const works = () => {
    try {
      return run(PYTHON, ["-c", "import torch, numpy"]).success;
    } catch {
      return false;
    }
  };
  if (works()) return;
  const how = "apt-get install -y python3-torch python3-numpy";
  log(`${PYTHON} cannot import torch; trying: ${how}`);
  let prefix: string[] = [];
  const root = run("id", ["-u"]);
  if (new TextDecoder().decode(root.stdout).trim() !== "0") {
    const sudo = (() => {
      try {
        return run("sudo", ["-n", "true"]).success;
      } catch {
        return false;
      }
    })();
    if (!sudo) {
      log(`Cannot install without root. Run:\n  sudo apt-get update && sudo ${how}`);
      log("or run with --no-torch to leave PyTorch out.");
      Deno.exit(2);
    }
    prefix = ["sudo", "-n"];
  }
  for (
    const argv of [["apt-get", "update", "-qq"], [
      "apt-get",
      "install",
      "-y",
      "-qq",
      "python3-torch",
      "python3-numpy",
    ]]
  ) {
    const all = [...prefix, ...argv];
    const r = new Deno.Command(all[0], { args: all.slice(1), stdout: "inherit", stderr: "inherit" })
      .outputSync();
    if (!r.success) {
      log(`"${all.join(" ")}" failed. Install PyTorch for ${PYTHON} (Debian/Ubuntu: ${how}).`);
      Deno.exit(2);
    }
  }
  if (!works()) {
    log(`${PYTHON} still cannot import torch after ${how}; --no-torch leaves PyTorch out.`);
    Deno.exit(2);
  }
}

interface TorchRun {
  version: string;
  /** Debian's python3-torch package version, when dpkg knows it. */
  package: string | null;
  /** The BLAS/LAPACK shared libraries torch had loaded (they decide `orthogonal_`'s speed). */
  blasLapack: string[];
  capability: string;
  threads: number;
  python: string;
  timings: Map<string, Timing>;
}

async function torchTimings(cases: readonly Case[], settings: Settings): Promise<TorchRun> {
  const script = new URL("bench/torch_bench.py", ROOT).pathname;
  const input: unknown[] = cases.map((c) => ({
    id: c.id,
    op: OPS[c.op].torch,
    args: OPS[c.op].args,
    shape: c.shape,
    dtype: "float32",
  }));
  const child = new Deno.Command(PYTHON, {
    args: [script, String(settings.budgetS)],
    env: { ATEN_CPU_CAPABILITY: CAPABILITY, OMP_NUM_THREADS: "1", MKL_NUM_THREADS: "1" },
    stdin: "piped",
    stdout: "piped",
    stderr: "inherit",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(JSON.stringify(input)));
  await writer.close();
  const out = await child.output();
  if (!out.success) throw new Error(`${PYTHON} ${script} failed (exit ${out.code})`);
  const parsed = JSON.parse(new TextDecoder().decode(out.stdout));
  const timings = new Map<string, Timing>();
  for (const r of parsed.results) timings.set(r.id, { samplesNs: r.samples_ns });
  let pkg: string | null = null;
  try {
    const q = run("dpkg-query", ["-W", "-f=${Version}", "python3-torch"]);
    if (q.success) pkg = new TextDecoder().decode(q.stdout).trim() || null;
  } catch {
    // not a Debian system
  }
  return {
    version: parsed.torch,
    package: pkg,
    blasLapack: parsed.blas_lapack?.libraries ?? [],
    capability: parsed.capability,
    threads: parsed.threads,
    python: parsed.python,
    timings,
  };
}

// ---------------------------------------------------------------- ours

function oursTimings(cases: readonly Case[], settings: Settings): Map<string, Timing> {
  setCpuCapability(CAPABILITY);
  manualSeed(0);
  const previous = setWarningHandler(() => {});
  const timings = new Map<string, Timing>();
  try {
    for (const c of cases) {
      const t: Tensor = { data: new Float32Array(numelOf(c.shape)), shape: c.shape };
      const fill = OPS[c.op].fill;
      timings.set(c.id, measure(() => fill(t), settings.budgetS));
      log(`ours  ${c.id}: ${fmtMs(timings.get(c.id)!)}`);
    }
  } finally {
    setWarningHandler(previous);
  }
  return timings;
}

// ---------------------------------------------------------------- TF.js

type Tf = typeof import("npm:@tensorflow/tfjs@4.22.0");
type TfInitializer = ReturnType<Tf["initializers"]["zeros"]>;

/** TF.js's counterpart of each op, with torch's parameters; absent where TF.js has none. */
const TFJS: Partial<Record<OpName, { name: string; make(tf: Tf): TfInitializer }>> = {
  uniform: {
    name: "randomUniform(-1, 1)",
    make: (tf) => tf.initializers.randomUniform({ minval: -1, maxval: 1 }),
  },
  normal: {
    name: "randomNormal(0, 1)",
    make: (tf) => tf.initializers.randomNormal({ mean: 0, stddev: 1 }),
  },
  truncNormal: {
    name: "truncatedNormal(0, 1)",
    make: (tf) => tf.initializers.truncatedNormal({ mean: 0, stddev: 1 }),
  },
  kaimingUniform: { name: "heUniform", make: (tf) => tf.initializers.heUniform({}) },
  kaimingNormal: { name: "heNormal", make: (tf) => tf.initializers.heNormal({}) },
  xavierUniform: { name: "glorotUniform", make: (tf) => tf.initializers.glorotUniform({}) },
  xavierNormal: { name: "glorotNormal", make: (tf) => tf.initializers.glorotNormal({}) },
  constant: { name: "constant(0.5)", make: (tf) => tf.initializers.constant({ value: 0.5 }) },
  ones: { name: "ones", make: (tf) => tf.initializers.ones() },
  zeros: { name: "zeros", make: (tf) => tf.initializers.zeros() },
  eye: { name: "identity", make: (tf) => tf.initializers.identity({ gain: 1 }) },
  orthogonal: { name: "orthogonal", make: (tf) => tf.initializers.orthogonal({ gain: 1 }) },
};

async function tfjsTimings(
  cases: readonly Case[],
  settings: Settings,
): Promise<Map<string, Timing>> {
  const tf: Tf = await import("npm:@tensorflow/tfjs@4.22.0");
  if (!(await tf.setBackend("cpu"))) throw new Error("The TF.js CPU backend failed to start");
  await tf.ready();
  const timings = new Map<string, Timing>();
  // The last measured (side, seconds) of an op, to estimate the next size before running it.
  const last = new Map<OpName, { side: number; seconds: number }>();
  const warn = console.warn;
  console.warn = () => {}; // TF.js warns that orthogonal is slow on large matrices
  try {
    for (const c of cases) {
      const counterpart = TFJS[c.op];
      if (counterpart === undefined) continue;
      const previous = last.get(c.op);
      if (previous !== undefined) {
        const power = OPS[c.op].kind === "orthogonal" ? 3 : 2;
        const estimate = previous.seconds * (c.shape[0] / previous.side) ** power;
        if (estimate > settings.tfjsLimitS) {
          const why = `skipped (est. ${estimate.toFixed(0)} s > ${settings.tfjsLimitS} s)`;
          timings.set(c.id, { skipped: why });
          log(`tfjs  ${c.id}: ${why}`);
          continue;
        }
      }
      const init = counterpart.make(tf);
      const shape = [...c.shape];
      const timing = measure(() => {
        const x = tf.tidy(() => init.apply(shape, "float32"));
        x.dataSync();
        x.dispose();
      }, settings.budgetS);
      timings.set(c.id, timing);
      if ("samplesNs" in timing) {
        last.set(c.op, { side: c.shape[0], seconds: median(timing.samplesNs) / 1e9 });
      }
      log(`tfjs  ${c.id}: ${fmtMs(timing)}`);
    }
  } finally {
    console.warn = warn;
  }
  return timings;
}

// ---------------------------------------------------------------- memory

interface MemoryRow {
  op: OpName;
  sizes: { shape: number[]; tensorBytes: number; peakExtraBytes: number; reset: boolean }[];
  growthBytes: number;
  constant: boolean;
}

function memoryRows(settings: Settings): MemoryRow[] | string {
  if (Deno.build.os !== "linux") return "not measured (needs Linux /proc)";
  const sides = settings.quick ? [512, 2048] : [1024, 4096];
  const probe = new URL("bench/_memory_probe.ts", ROOT).pathname;
  const rows: MemoryRow[] = [];
  const ops = (Object.keys(OPS) as OpName[]).filter((op) => OPS[op].kind === "elementwise");
  for (const op of ops) {
    const sizes = sides.map((side) => {
      const out = run(Deno.execPath(), [
        "run",
        "--allow-all",
        probe,
        op,
        `${side},${side}`,
        "float32",
      ]);
      if (!out.success) {
        throw new Error(`Memory probe ${op} failed:\n${new TextDecoder().decode(out.stderr)}`);
      }
      const r = JSON.parse(new TextDecoder().decode(out.stdout));
      return {
        shape: [side, side],
        tensorBytes: r.tensorBytes,
        peakExtraBytes: r.peakExtraBytes,
        reset: r.reset,
      };
    });
    const growthBytes = sizes[1].peakExtraBytes - sizes[0].peakExtraBytes;
    // An O(n) scratch buffer of even an eighth of the tensor would exceed this.
    const constant = growthBytes < 0.1 * sizes[1].tensorBytes;
    rows.push({ op, sizes, growthBytes, constant });
    log(`mem   ${op}: ${sizes.map((s) => mib(s.peakExtraBytes)).join(" → ")} MiB`);
  }
  return rows;
}

// ---------------------------------------------------------------- whole models

/** One whole model, built on both sides after the seed. */
interface ModelCase {
  id: string;
  model: string;
}

const MODEL_CASES: readonly ModelCase[] = [
  { id: "GPT-2 small (124M parameters) constructed after manual_seed", model: "gpt2_small" },
  { id: "ResNet-50-sized conv stack", model: "resnet50" },
];

/** Target on ours/torch for building a whole model. */
const MODEL_TARGET = 1.0;

/** Timed constructions of one model, and what they built. */
interface ModelTiming {
  samplesNs: number[];
  /** CPU time (user + system) of each construction. */
  cpuNs: number[];
  /** SHA-256 of every state dict entry's bytes, in state dict order. */
  stateSha256: string;
  /** SHA-256 of the 5056 generator state bytes after construction. */
  rngSha256: string;
  /** Parameters and buffers, a tied tensor once. */
  stateBytes: number;
  parameters: number;
}

function sha256(parts: Iterable<Uint8Array>): string {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest("hex");
}

function* stateDictBytes(m: Module): Generator<Uint8Array> {
  for (const [key, t] of m.stateDict()) {
    const numel = t.shape.reduce((a, b) => a * b, 1);
    if ((t.offset ?? 0) !== 0 || t.data.length !== numel) {
      throw new Error(`${key} is not a whole contiguous tensor`);
    }
    yield new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength);
  }
}

/** A `torch_bench.py --serve` child: one JSON request line, one JSON reply line. */
class TorchModels {
  #child: Deno.ChildProcess;
  #writer: WritableStreamDefaultWriter<Uint8Array>;
  #lines: AsyncIterator<string>;

  constructor() {
    this.#child = new Deno.Command(PYTHON, {
      args: [new URL("bench/torch_bench.py", ROOT).pathname, "--serve"],
      env: { ATEN_CPU_CAPABILITY: CAPABILITY, OMP_NUM_THREADS: "1", MKL_NUM_THREADS: "1" },
      stdin: "piped",
      stdout: "piped",
      stderr: "inherit",
    }).spawn();
    this.#writer = this.#child.stdin.getWriter();
    this.#lines = lines(this.#child.stdout);
  }

  async request(body: Record<string, string>): Promise<Record<string, unknown>> {
    await this.#writer.write(new TextEncoder().encode(JSON.stringify(body) + "\n"));
    const next = await this.#lines.next();
    if (next.done) throw new Error(`${PYTHON} bench/torch_bench.py --serve ended early`);
    const reply = JSON.parse(next.value);
    if (reply.error) throw new Error(`torch_bench.py --serve: ${reply.error}`);
    return reply;
  }

  async close(): Promise<void> {
    await this.#writer.close();
    await this.#child.status;
  }
}

async function* lines(stream: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  let buffer = "";
  for await (const chunk of stream.pipeThrough(new TextDecoderStream())) {
    buffer += chunk;
    let at: number;
    while ((at = buffer.indexOf("\n")) >= 0) {
      yield buffer.slice(0, at);
      buffer = buffer.slice(at + 1);
    }
  }
}

/**
 * Both sides' constructions of each model, alternating (torch, ours, torch,
 * ours, …) after one warm-up each, so that a change in the machine's load
 * reaches both; then both digests.
 */
async function modelTimings(
  models: readonly ModelCase[],
  settings: Settings,
): Promise<{ ours: Map<string, ModelTiming>; torch: Map<string, ModelTiming> | null }> {
  setCpuCapability(CAPABILITY);
  const ours = new Map<string, ModelTiming>();
  const theirs = settings.torch ? new Map<string, ModelTiming>() : null;
  const server = settings.torch ? new TorchModels() : null;
  try {
    for (const c of models) {
      const { build } = MODELS[c.model];
      const oursBuild = () => {
        manualSeed(0);
        const cpu = process.cpuUsage();
        const start = performance.now();
        const m = build();
        const ns = (performance.now() - start) * 1e6;
        const used = process.cpuUsage(cpu);
        return { m, ns, cpuNs: (used.user + used.system) * 1e3, rng: getRngState() };
      };
      const torchBuild = async () => {
        const r = await server!.request({ op: "build", model: c.model });
        return { ns: r.ns as number, cpuNs: r.cpu_ns as number };
      };
      if (server) await torchBuild(); // warm-up
      let last: ReturnType<typeof oursBuild> | null = oursBuild(); // warm-up
      const o = { samplesNs: [] as number[], cpuNs: [] as number[] };
      const t = { samplesNs: [] as number[], cpuNs: [] as number[] };
      for (let i = 0; i < settings.modelRuns; i++) {
        if (server) {
          const r = await torchBuild();
          t.samplesNs.push(r.ns);
          t.cpuNs.push(r.cpuNs);
        }
        last = null;
        last = oursBuild();
        o.samplesNs.push(last.ns);
        o.cpuNs.push(last.cpuNs);
      }
      const model = last!.m;
      ours.set(c.id, {
        ...o,
        stateSha256: sha256(stateDictBytes(model)),
        rngSha256: sha256([last!.rng]),
        stateBytes: stateBytes(model),
        parameters: [...model.parameters()].reduce((n, p) => n + p.data.length, 0),
      });
      log(`ours  ${c.id}: ${(median(o.samplesNs) / 1e6).toFixed(0)} ms`);
      if (server) {
        const d = await server.request({ op: "digest" });
        theirs!.set(c.id, {
          ...t,
          stateSha256: d.state_sha256 as string,
          rngSha256: d.rng_sha256 as string,
          stateBytes: d.state_bytes as number,
          parameters: d.parameters as number,
        });
        log(`torch ${c.id}: ${(median(t.samplesNs) / 1e6).toFixed(0)} ms`);
      }
    }
  } finally {
    await server?.close();
  }
  return { ours, torch: theirs };
}

/** Peak extra memory of one construction beyond the model's tensors, each side in a fresh process. */
interface ModelMemory {
  oursBytes: number | null;
  torchBytes: number | null;
  stateBytes: number;
}

function modelMemory(models: readonly ModelCase[], settings: Settings): Map<string, ModelMemory> {
  const out = new Map<string, ModelMemory>();
  if (Deno.build.os !== "linux") return out;
  const probe = new URL("bench/_model_probe.ts", ROOT).pathname;
  const script = new URL("bench/torch_bench.py", ROOT).pathname;
  for (const c of models) {
    const ours = run(Deno.execPath(), [
      "run",
      "--allow-all",
      "--v8-flags=--expose-gc",
      probe,
      c.model,
    ]);
    if (!ours.success) {
      throw new Error(`Model probe ${c.model} failed:\n${new TextDecoder().decode(ours.stderr)}`);
    }
    const o = JSON.parse(new TextDecoder().decode(ours.stdout));
    let t: { peak_extra_bytes: number } | null = null;
    if (settings.torch) {
      const r = run(PYTHON, [script, "--memory", c.model], {
        ATEN_CPU_CAPABILITY: CAPABILITY,
        OMP_NUM_THREADS: "1",
      });
      if (!r.success) {
        throw new Error(`torch --memory ${c.model} failed:\n${new TextDecoder().decode(r.stderr)}`);
      }
      t = JSON.parse(new TextDecoder().decode(r.stdout));
    }
    out.set(c.id, {
      oursBytes: o.reset ? o.peakExtraBytes : null,
      torchBytes: t?.peak_extra_bytes ?? null,
      stateBytes: o.stateBytes,
    });
    log(
      `mem   ${c.model}: ours ${mib(o.peakExtraBytes)} MiB, torch ${
        t ? mib(t.peak_extra_bytes) : "–"
      } MiB beyond the model's ${mib(o.stateBytes)} MiB`,
    );
  }
  return out;
}

interface ModelRow {
  id: string;
  model: string;
  parameters: number;
  stateBytes: number;
  torchMs: number | null;
  torchCpuMs: number | null;
  oursMs: number;
  oursCpuMs: number;
  ratio: number | null;
  cpuRatio: number | null;
  target: number;
  met: boolean | null;
  sameBits: boolean | null;
  torchExtraBytes: number | null;
  oursExtraBytes: number | null;
  torchRuns: number | null;
  oursRuns: number;
}

function modelRows(
  models: readonly ModelCase[],
  torch: Map<string, ModelTiming> | null,
  ours: Map<string, ModelTiming>,
  memory: Map<string, ModelMemory> | null,
): ModelRow[] {
  return models.map((c) => {
    const o = ours.get(c.id)!;
    const t = torch?.get(c.id) ?? null;
    const torchMs = t ? median(t.samplesNs) / 1e6 : null;
    const oursMs = median(o.samplesNs) / 1e6;
    const torchCpuMs = t ? median(t.cpuNs) / 1e6 : null;
    const oursCpuMs = median(o.cpuNs) / 1e6;
    const ratio = torchMs === null ? null : oursMs / torchMs;
    const mem = memory?.get(c.id);
    return {
      id: c.id,
      model: c.model,
      parameters: o.parameters,
      stateBytes: o.stateBytes,
      torchMs,
      torchCpuMs,
      oursMs,
      oursCpuMs,
      ratio,
      cpuRatio: torchCpuMs === null ? null : oursCpuMs / torchCpuMs,
      target: MODEL_TARGET,
      met: ratio === null ? null : ratio <= MODEL_TARGET,
      sameBits: t ? t.stateSha256 === o.stateSha256 && t.rngSha256 === o.rngSha256 : null,
      torchExtraBytes: mem?.torchBytes ?? null,
      oursExtraBytes: mem?.oursBytes ?? null,
      torchRuns: t ? t.samplesNs.length : null,
      oursRuns: o.samplesNs.length,
    };
  });
}

function modelMarkdown(rows: readonly ModelRow[]): string[] {
  const lines = [
    "",
    "Whole models: `torch.manual_seed(0); Model()` against `manualSeed(0); new Model()` " +
    "(bench/torch_models.py, bench/_models.ts), median of the timed constructions after a warm-up, " +
    "the two sides alternating; " +
    "CPU time in parentheses; same bits: the SHA-256 of the state dict and of the generator state " +
    "after construction are equal; extra memory: the resident-set peak of one construction beyond " +
    "the model's own tensors, in a fresh process:",
    "",
    "| model | parameters | torch ms | ours ms | ours/torch (CPU) | target | met | same bits | extra MiB torch / ours |",
    "| --- | --: | --: | --: | --: | --: | --- | --- | --: |",
  ];
  const ms = (x: number | null, cpu: number | null) =>
    x === null ? "–" : `${x.toFixed(0)} (${cpu!.toFixed(0)})`;
  const mb = (x: number | null) => (x === null ? "–" : mib(x));
  for (const r of rows) {
    lines.push(
      `| ${r.id} | ${r.parameters.toLocaleString("en-US")} | ${ms(r.torchMs, r.torchCpuMs)} | ${
        ms(r.oursMs, r.oursCpuMs)
      } | ${num(r.ratio)} (${num(r.cpuRatio)}) | ≤ ${r.target} | ${yes(r.met)} | ${
        r.sameBits === null ? "–" : r.sameBits ? "yes" : "**no**"
      } | ${mb(r.torchExtraBytes)} / ${mb(r.oursExtraBytes)} |`,
    );
  }
  return lines;
}

function printModelTable(rows: readonly ModelRow[]): void {
  console.log("\nwhole models, ms per construction (CPU ms), float32, avx2, one thread");
  for (const r of rows) {
    console.log(
      `${r.model.padEnd(11)} torch ${r.torchMs?.toFixed(0) ?? "–"} (${
        r.torchCpuMs?.toFixed(0) ?? "–"
      })  ours ${r.oursMs.toFixed(0)} (${r.oursCpuMs.toFixed(0)})  ours/torch ${num(r.ratio)} (${
        num(r.cpuRatio)
      })  same bits ${r.sameBits ?? "–"}  extra MiB torch ${
        r.torchExtraBytes === null ? "–" : mib(r.torchExtraBytes)
      } ours ${r.oursExtraBytes === null ? "–" : mib(r.oursExtraBytes)}`,
    );
  }
}

// ---------------------------------------------------------------- cold start

/** The fills whose first call in a fresh process is timed, at this shape. */
const COLD_OPS: readonly OpName[] = ["uniform", "normal", "truncNormal", "orthogonal", "sparse"];
const COLD_SHAPE = [64, 64];
/** Target on the first call of a fill in a fresh process, ms. */
const COLD_TARGET_MS = 5;

/** Medians over fresh processes, ms; null where not measured. */
interface ColdRow {
  /** An op of bench/_ops.ts, or "initWorkers(2)". */
  op: string;
  shape: number[] | null;
  runs: number;
  importMs: number;
  firstMs: number;
  warmMs: number | null;
  /** Stages, from separate fresh processes (`--stages`): kernels module, QR module, the rest. */
  kernelsMs: number | null;
  qrMs: number | null;
  restMs: number | null;
  torchImportMs: number | null;
  torchFirstMs: number | null;
  torchWarmMs: number | null;
  target: number | null;
  met: boolean | null;
}

function medianOf(xs: readonly (number | null)[]): number | null {
  const v = xs.filter((x): x is number => x !== null);
  return v.length ? median(v) : null;
}

function coldStart(settings: Settings): ColdRow[] {
  const probe = new URL("bench/_cold_start_probe.ts", ROOT).pathname;
  const script = new URL("bench/torch_bench.py", ROOT).pathname;
  const ours = (args: string[]) => {
    const out = run(Deno.execPath(), ["run", "--allow-read", "--allow-env", probe, ...args]);
    if (!out.success) {
      throw new Error(
        `Cold-start probe ${args.join(" ")} failed:\n${new TextDecoder().decode(out.stderr)}`,
      );
    }
    return JSON.parse(new TextDecoder().decode(out.stdout));
  };
  const rows: ColdRow[] = [];
  const n = settings.coldRuns;
  const shape = COLD_SHAPE.join(",");
  for (const op of COLD_OPS) {
    const plain = [];
    const staged = [];
    const torch: { import_ns: number; first_ns: number; warm_ns: number }[] = [];
    for (let i = 0; i < n; i++) {
      // Alternate the kinds of process, so that a change in load reaches all.
      plain.push(ours([op, shape]));
      staged.push(ours([op, shape, "--stages"]));
      if (settings.torch) {
        const r = run(PYTHON, [
          script,
          "--cold",
          OPS[op].torch,
          JSON.stringify(OPS[op].args),
          shape,
        ], {
          ATEN_CPU_CAPABILITY: CAPABILITY,
          OMP_NUM_THREADS: "1",
          MKL_NUM_THREADS: "1",
        });
        if (!r.success) {
          throw new Error(`torch --cold ${op} failed:\n${new TextDecoder().decode(r.stderr)}`);
        }
        torch.push(JSON.parse(new TextDecoder().decode(r.stdout)));
      }
    }
    const firstMs = median(plain.map((r) => r.firstMs));
    rows.push({
      op,
      shape: COLD_SHAPE,
      runs: n,
      importMs: median(plain.map((r) => r.importMs)),
      firstMs,
      warmMs: median(plain.map((r) => r.warmMs)),
      kernelsMs: medianOf(staged.map((r) => r.kernelsMs)),
      qrMs: medianOf(staged.map((r) => r.qrMs)),
      restMs: medianOf(staged.map((r) => r.firstMs)),
      torchImportMs: torch.length ? median(torch.map((r) => r.import_ns / 1e6)) : null,
      torchFirstMs: torch.length ? median(torch.map((r) => r.first_ns / 1e6)) : null,
      torchWarmMs: torch.length ? median(torch.map((r) => r.warm_ns / 1e6)) : null,
      target: COLD_TARGET_MS,
      met: firstMs <= COLD_TARGET_MS,
    });
    log(`cold  ${op} ${shape}: first call ${firstMs.toFixed(2)} ms (median of ${n} processes)`);
  }
  const workers = Array.from({ length: n }, () => ours(["initWorkers", "2"]));
  const threads = workers.map((r) => r.threads as number);
  rows.push({
    op: "initWorkers(2)",
    shape: null,
    runs: n,
    importMs: median(workers.map((r) => r.importMs)),
    firstMs: median(workers.map((r) => r.firstMs)),
    warmMs: null,
    kernelsMs: null,
    qrMs: null,
    restMs: null,
    torchImportMs: null,
    torchFirstMs: null,
    torchWarmMs: null,
    target: null,
    met: threads.every((t) => t === 2) ? null : false,
  });
  log(`cold  initWorkers(2): ${rows.at(-1)!.firstMs.toFixed(1)} ms (threads ${threads.join(",")})`);
  return rows;
}

function coldMarkdown(rows: readonly ColdRow[]): string[] {
  const fills = rows.filter((r) => r.shape !== null);
  const lines = [
    "",
    `Cold start: the first call of each fill at ${
      shapeLabel(COLD_SHAPE)
    } in a fresh process (\`bench/_cold_start_probe.ts\`; \`bench/torch_bench.py --cold\` for torch), ` +
    `its WebAssembly compile and instantiation included, median of ${
      fills[0]?.runs ?? 0
    } fresh processes each; ` +
    "the stages come from other fresh processes that make the kernels ready one by one before the call; " +
    "import: loading the library (torch: `import torch`), not counted in the first call:",
    "",
    "| op | first call ms | target | met | stages: kernels module / QR module / rest ms | second call ms | torch first call ms (second) | import ms ours / torch |",
    "| --- | --: | --: | --- | --: | --: | --: | --: |",
  ];
  const f = (x: number | null) => (x === null ? "–" : num(x));
  for (const r of fills) {
    lines.push(
      `| \`${r.op}\` | ${num(r.firstMs)} | ≤ ${r.target} | ${yes(r.met)} | ${f(r.kernelsMs)} / ${
        f(r.qrMs)
      } / ${f(r.restMs)} | ${f(r.warmMs)} | ${f(r.torchFirstMs)} (${f(r.torchWarmMs)}) | ${
        num(r.importMs)
      } / ${f(r.torchImportMs)} |`,
    );
  }
  const w = rows.find((r) => r.shape === null);
  if (w) {
    lines.push(
      "",
      `\`await initWorkers(2)\` in a fresh process (one worker started, loading the library and ` +
        `compiling its kernels): ${num(w.firstMs)} ms, median of ${w.runs}` +
        (w.met === false ? " (**the workers did not start in every run**)" : "") + ".",
    );
  }
  return lines;
}

// ---------------------------------------------------------------- parallel

/** Target on the speed-up of `initWorkers(2)` over one thread. */
const PARALLEL_TARGET = 1.8;

/** bench/parallel_bench.ts's JSON report (the fields used here). */
interface ParallelRun {
  threads: number;
  cores: number;
  freeCoresBefore: number | null;
  freeCoresAfter: number | null;
  loadBefore: string;
  loadAfter: string;
  initWorkersMs: number;
  reps: number;
  rows: {
    op: string;
    shared: boolean;
    size: number;
    single: { median: number; min: number };
    parallel: { median: number; min: number };
    speedup: number;
    speedupMin: number;
    cpuSpeedup: number | null;
    bitEqual: boolean;
    ranges: number[];
    redone: number;
    stages: { main: number; wait: number; copy: number; jump: number; fill: number };
  }[];
  models: {
    model: string;
    /** Parameters on SharedArrayBuffers (absent in reports of older versions: plain). */
    shared?: boolean;
    single: { median: number; min: number };
    parallel: { median: number; min: number };
    speedup: number;
    speedupMin: number;
    cpuSpeedup: number | null;
    bitEqual: boolean;
  }[];
}

/**
 * The speed-up a model row is graded on: for shared parameters, against the
 * plain one-thread build of the same model (what a user gets without the
 * option: a one-thread build on shared storage is slower), else its own.
 */
function modelSpeedup(p: ParallelRun, m: ParallelRun["models"][number]): number {
  if (m.shared !== true) return m.speedup;
  const plain = p.models.find((x) => x.model === m.model && x.shared !== true);
  return plain === undefined ? m.speedup : plain.single.median / m.parallel.median;
}

function parallelRun(settings: Settings): ParallelRun | string {
  const script = new URL("bench/parallel_bench.ts", ROOT).pathname;
  log("parallel: bench/parallel_bench.ts --json (4096², uniform and normal; GPT-2 small)");
  const out = run(Deno.execPath(), [
    "run",
    "--allow-all",
    script,
    "--json",
    "--size=4096",
    `--reps=${settings.parallelReps}`,
    "--ops=uniform,normal",
    ...(settings.models ? ["--models=gpt2_small", `--model-reps=${settings.modelRuns}`] : []),
  ]);
  const text = new TextDecoder().decode(out.stdout).trim();
  if (!out.success || text === "null") {
    return `not measured: ${
      new TextDecoder().decode(out.stderr).trim().split("\n").at(-1) ?? "parallel_bench.ts failed"
    }`;
  }
  return JSON.parse(text);
}

function parallelMarkdown(p: ParallelRun | string): string[] {
  const lines = [
    "",
    "Parallel fill, `initWorkers(2)` against one thread (bench/parallel_bench.ts):",
    "",
  ];
  if (typeof p === "string") return [...lines, p];
  lines[1] = `Parallel fill, \`initWorkers(2)\` against one thread, float32, avx2 ` +
    `(bench/parallel_bench.ts; the two alternate ${p.reps} times on one preallocated tensor after ` +
    `a warm-up; cores free at the start ${p.freeCoresBefore?.toFixed(2) ?? "n/a"} and at the end ${
      p.freeCoresAfter?.toFixed(2) ?? "n/a"
    } ` +
    `(two CPU-bound processes against one; 2.00 on an idle 2-core machine), load average ${p.loadBefore} → ${p.loadAfter}; ` +
    "CPU-bound: one thread's CPU time over the busier thread's, the speed-up two free cores would give; " +
    "bit-equal: values and generator state of the two fills, checked in the same run; " +
    "graded: wall speed-up of the medians on a plain tensor, what `empty()` gives, and on each model row; " +
    "a plain `uniform` stays on one thread by design, its copy out of the scratch buffer costing more than the fill):";
  lines.push(
    "",
    "| fill | tensor | 1 thread ms | 2 threads ms | speed-up (min) | CPU-bound | target | met | bit-equal | ranges | stages ms: main / wait / copy / worker jump / worker fill |",
    "| --- | --- | --: | --: | --: | --: | --: | --- | --- | --- | --: |",
  );
  for (const r of p.rows) {
    const graded = !r.shared;
    const st = r.stages;
    lines.push(
      `| \`${r.op}\` ${r.size}×${r.size} | ${r.shared ? "SharedArrayBuffer" : "plain"} | ${
        num(r.single.median)
      } | ${num(r.parallel.median)} | ${num(r.speedup)} (${num(r.speedupMin)}) | ${
        num(r.cpuSpeedup)
      } | ${graded ? `≥ ${PARALLEL_TARGET}` : "–"} | ${
        graded ? yes(r.speedup >= PARALLEL_TARGET) : "–"
      } | ${r.bitEqual ? "yes" : "**no**"} | ${r.ranges.join(" + ") || "not split"} | ${
        [st.main, st.wait, st.copy, st.jump, st.fill].map((x) => num(x, 1)).join(" / ")
      } |`,
    );
  }
  for (const m of p.models) {
    const graded = modelSpeedup(p, m);
    const against = m.shared === true && graded !== m.speedup
      ? `; ${num(graded)} against the plain one-thread build`
      : "";
    lines.push(
      `| ${m.model === "gpt2_small" ? "GPT-2 small construction" : m.model} | ${
        m.shared === true ? "model, `sharedParameters: true`" : "model, plain parameters"
      } | ${num(m.single.median)} | ${num(m.parallel.median)} | ${num(m.speedup)} (${
        num(m.speedupMin)
      })${against} | ${num(m.cpuSpeedup)} | ≥ ${PARALLEL_TARGET} | ${
        yes(graded >= PARALLEL_TARGET)
      } | ${m.bitEqual ? "yes" : "**no**"} | per tensor | – |`,
    );
  }
  return lines;
}

// ---------------------------------------------------------------- report

interface Row {
  id: string;
  op: OpName;
  torchName: string;
  kind: OpKind;
  shape: number[];
  numel: number;
  torch: Timing | null;
  ours: Timing;
  tfjsName: string | null;
  tfjs: Timing | null;
  torchNsPerElem: number | null;
  oursNsPerElem: number;
  tfjsNsPerElem: number | null;
  ratio: number | null;
  target: number | null;
  met: boolean | null;
  tfjsOverOurs: number | null;
  tfjsMet: boolean | null;
}

const nsPerElem = (t: Timing | null | undefined, numel: number): number | null =>
  t && "samplesNs" in t ? median(t.samplesNs) / numel : null;

/** A timing as median, min and max in ns and the number of calls, for the JSON report. */
function summary(t: Timing | null) {
  if (t === null || "skipped" in t) return t;
  return {
    medianNs: Math.round(median(t.samplesNs)),
    minNs: Math.round(Math.min(...t.samplesNs)),
    maxNs: Math.round(Math.max(...t.samplesNs)),
    runs: t.samplesNs.length,
  };
}

function fmtMs(t: Timing): string {
  if ("skipped" in t) return t.skipped;
  return `${(median(t.samplesNs) / 1e6).toFixed(2)} ms (${t.samplesNs.length} runs)`;
}

function num(x: number | null, digits = 2): string {
  if (x === null) return "–";
  if (x >= 1000) return Math.round(x).toLocaleString("en-US");
  if (x >= 100) return x.toFixed(0);
  if (x >= 10) return x.toFixed(1);
  return x.toFixed(digits);
}

const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(2);
const yes = (b: boolean | null) => (b === null ? "–" : b ? "yes" : "**no**");

interface Machine {
  date: string;
  cpu: string;
  cores: number;
  cpuFlags: string[];
  os: string;
  memoryGiB: number | null;
  loadAverage: number[] | null;
  deno: string;
  v8: string;
  typescript: string;
  kernels: string;
}

function machine(): Machine {
  let cpu = "unknown";
  let flags: string[] = [];
  try {
    // Deno grants /proc/cpuinfo only with --allow-all; cat needs just --allow-run.
    const info = new TextDecoder().decode(run("cat", ["/proc/cpuinfo"]).stdout);
    cpu = /^model name\s*:\s*(.+)$/m.exec(info)?.[1].trim() ?? cpu;
    const all = /^flags\s*:\s*(.+)$/m.exec(info)?.[1].split(/\s+/) ?? [];
    flags = ["avx2", "fma", "avx512f"].filter((f) => all.includes(f));
  } catch {
    // not Linux
  }
  const sys = <T>(f: () => T): T | null => {
    try {
      return f();
    } catch {
      return null;
    }
  };
  const total = sys(() => Deno.systemMemoryInfo().total);
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    cpu,
    cores: navigator.hardwareConcurrency,
    cpuFlags: flags,
    os: `${Deno.build.os} ${sys(() => Deno.osRelease()) ?? ""} ${Deno.build.arch}`.replace(
      /\s+/g,
      " ",
    ),
    memoryGiB: total === null ? null : Math.round(total / 2 ** 30),
    loadAverage: sys(() => Deno.loadavg()),
    deno: Deno.version.deno,
    v8: Deno.version.v8,
    typescript: Deno.version.typescript,
    kernels: kernelsInUse(),
  };
}

/** Which element kernels this library runs with here. */
function kernelsInUse(): string {
  const k = wasmKernels();
  if (k === null) return "TypeScript kernels (no WebAssembly SIMD)";
  return k.hardwareFma
    ? "WebAssembly SIMD kernels with the hardware FMA (relaxed SIMD)"
    : "WebAssembly SIMD kernels with an emulated FMA";
}

function markdown(
  m: Machine,
  torch: TorchRun | null,
  rows: readonly Row[],
  memory: MemoryRow[] | string | null,
  models: readonly ModelRow[] = [],
  cold: readonly ColdRow[] = [],
  parallel: ParallelRun | string | null = null,
  release: TorchVersion = DEFAULT_RELEASE,
): string {
  const lines: string[] = [];
  const torchText = torch
    ? `torch ${torch.version}${
      torch.package ? ` (Debian python3-torch ${torch.package};` : " ("
    } capability ${torch.capability}, ${torch.threads} thread${
      torch.threads === 1 ? "" : "s"
    }, Python ${torch.python}${
      torch.blasLapack.length
        ? `, ${torch.blasLapack.map((p) => `\`${p.split("/").pop()}\``).join(" and ")} from ${
          [...new Set(torch.blasLapack.map((p) => p.split("/").slice(0, -1).join("/")))].join(", ")
        }`
        : ""
    })`
    : "torch not run";
  lines.push(
    `Measured ${m.date} on ${m.cpu} (${m.cores} cores${
      m.cpuFlags.length ? `, ${m.cpuFlags.join("/")}` : ""
    }${m.memoryGiB ? `, ${m.memoryGiB} GiB` : ""}, ${m.os}; load average at start ${
      m.loadAverage?.map((x) => x.toFixed(2)).join(" ") ?? "n/a"
    }) with Deno ${m.deno} (V8 ${m.v8}; ${m.kernels}), ${torchText} and TF.js ${TFJS_VERSION} (cpu backend). ` +
      `float32, capability avx2, this library set to torch ${release}'s algorithms ` +
      `(\`setTorchVersion("${release}")\`); each figure is the median of repeated calls after a warm-up.`,
  );
  if (rows.length) {
    lines.push(
      "",
      "| op | shape | torch ns/elem | ours ns/elem | TF.js ns/elem | ours/torch | target | met | TF.js/ours (≥ 5) |",
      "| --- | --- | --: | --: | --: | --: | --: | --- | --: |",
    );
  }
  for (const r of rows) {
    const tfjsCell = r.tfjs === null
      ? "–"
      : "skipped" in r.tfjs
      ? r.tfjs.skipped
      : `${num(r.tfjsNsPerElem)} (${r.tfjsName})`;
    lines.push(
      `| \`${r.op}\` | ${shapeLabel(r.shape)} | ${num(r.torchNsPerElem)} | ${
        num(r.oursNsPerElem)
      } | ${tfjsCell} | ${num(r.ratio)} | ${r.target === null ? "–" : `≤ ${r.target}`} | ${
        yes(r.met)
      } | ${
        r.tfjsOverOurs === null
          ? "–"
          : `${num(r.tfjsOverOurs, 1)} ${r.tfjsMet ? "" : "(**< 5**)"}`.trim()
      } |`,
    );
  }
  const perCall = rows.filter((r) => r.kind === "orthogonal" || r.kind === "sparse");
  if (perCall.length) {
    lines.push(
      "",
      "Per call (ms):",
      "",
      "| op | shape | torch | ours | TF.js |",
      "| --- | --- | --: | --: | --: |",
    );
    const ms = (t: Timing | null) =>
      t === null ? "–" : "skipped" in t ? t.skipped : num(median(t.samplesNs) / 1e6);
    for (const r of perCall) {
      lines.push(
        `| \`${r.op}\` | ${shapeLabel(r.shape)} | ${ms(r.torch)} | ${ms(r.ours)} | ${ms(r.tfjs)} |`,
      );
    }
  }
  if (memory !== null) {
    lines.push("", "Peak extra memory of one call (float32, resident-set high-water mark):", "");
    if (typeof memory === "string") {
      lines.push(memory);
    } else {
      const [small, large] = memory[0].sizes.map((s) => shapeLabel(s.shape));
      lines.push(
        `| op | extra at ${small} (MiB) | extra at ${large} (MiB) | tensor at ${large} (MiB) | O(1) |`,
        "| --- | --: | --: | --: | --- |",
      );
      for (const r of memory) {
        lines.push(
          `| \`${r.op}\` | ${mib(r.sizes[0].peakExtraBytes)} | ${
            mib(r.sizes[1].peakExtraBytes)
          } | ${mib(r.sizes[1].tensorBytes)} | ${yes(r.constant)} |`,
        );
      }
    }
  }
  if (models.length) lines.push(...modelMarkdown(models));
  if (cold.length) lines.push(...coldMarkdown(cold));
  if (parallel !== null) lines.push(...parallelMarkdown(parallel));
  lines.push(...gradeMarkdown(rows, models, cold, parallel));
  return lines.join("\n") + "\n";
}

/** Every graded row of the run: what it is, ours, the target, met, and its profile. */
interface Grade {
  what: string;
  key: string;
  value: number;
  target: string;
  met: boolean;
}

function grades(
  rows: readonly Row[],
  models: readonly ModelRow[],
  cold: readonly ColdRow[],
  parallel: ParallelRun | string | null,
): Grade[] {
  const out: Grade[] = [];
  for (const r of rows) {
    if (r.met === null) continue;
    out.push({
      what: `\`${r.op}\` ${shapeLabel(r.shape)}: ${num(r.ratio)} of torch`,
      key: r.op,
      value: r.ratio!,
      target: `≤ ${r.target}`,
      met: r.met,
    });
  }
  for (const m of models) {
    if (m.met === null) continue;
    out.push({
      what: `${m.id}: ${num(m.ratio)} of torch`,
      key: "whole models",
      value: m.ratio!,
      target: `≤ ${m.target}`,
      met: m.met,
    });
  }
  for (const c of cold) {
    if (c.target === null) continue;
    out.push({
      what: `first call of \`${c.op}\` in a fresh process: ${num(c.firstMs)} ms`,
      key: "cold start",
      value: c.firstMs,
      target: `≤ ${c.target} ms`,
      met: c.met!,
    });
  }
  if (parallel !== null && typeof parallel !== "string") {
    for (const r of parallel.rows.filter((x) => !x.shared)) {
      out.push({
        what: `\`initWorkers(2)\` \`${r.op}\` ${r.size}²: ${
          num(r.speedup)
        }× (bit-equal ${r.bitEqual})`,
        key: "parallel fill",
        value: r.speedup,
        target: `≥ ${PARALLEL_TARGET}× and bit-equal`,
        met: r.speedup >= PARALLEL_TARGET && r.bitEqual,
      });
    }
    for (const m of parallel.models) {
      const speedup = modelSpeedup(parallel, m);
      out.push({
        what: `\`initWorkers(2)\` ${m.model} construction${
          m.shared === true ? " (shared parameters, against the plain one-thread build)" : ""
        }: ${num(speedup)}× (bit-equal ${m.bitEqual})`,
        key: "parallel fill",
        value: speedup,
        target: `≥ ${PARALLEL_TARGET}× and bit-equal`,
        met: speedup >= PARALLEL_TARGET && m.bitEqual,
      });
    }
  }
  return out;
}

function gradeMarkdown(
  rows: readonly Row[],
  models: readonly ModelRow[],
  cold: readonly ColdRow[],
  parallel: ParallelRun | string | null,
): string[] {
  const all = grades(rows, models, cold, parallel);
  const tfjsGraded = rows.filter((r) => r.tfjsMet !== null);
  const lines = [
    "",
    `Targets (issue 13) met: ${all.filter((g) => g.met).length} of ${all.length}` +
    (tfjsGraded.length
      ? `; TF.js ≥ 5× slower than ours: ${
        tfjsGraded.filter((r) => r.tfjsMet).length
      } of ${tfjsGraded.length}`
      : "") +
    ".",
  ];
  const missed = all.filter((g) => !g.met);
  if (missed.length) {
    lines.push("", "Missed, each with where its profile (ns per element per stage) is:", "");
    for (const g of missed) {
      const profile = profileLink(g.key);
      lines.push(
        `- ${g.what}, target ${g.target}: ${
          profile === null
            ? "**no profile in docs/performance.md**"
            : `profile: [docs/${profile.replace("#", " › #")}](${profile})`
        }`,
      );
    }
  }
  return lines;
}

function printTable(rows: readonly Row[]): void {
  const header = [
    "op",
    "shape",
    "torch",
    "ours",
    "TF.js",
    "ours/torch",
    "target",
    "met",
    "TF.js/ours",
  ];
  const body = rows.map((r) => [
    r.op,
    shapeLabel(r.shape),
    num(r.torchNsPerElem),
    num(r.oursNsPerElem),
    r.tfjs !== null && "skipped" in r.tfjs ? "skipped" : num(r.tfjsNsPerElem),
    num(r.ratio),
    r.target === null ? "–" : `≤ ${r.target}`,
    r.met === null ? "–" : r.met ? "yes" : "NO",
    r.tfjsOverOurs === null ? "–" : num(r.tfjsOverOurs, 1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log("ns/element, float32, avx2, one thread");
  console.log(line(header));
  for (const b of body) console.log(line(b));
}

function formatFiles(paths: string[]): void {
  const out = run(Deno.execPath(), ["fmt", "--quiet", ...paths]);
  if (!out.success) log(`deno fmt failed:\n${new TextDecoder().decode(out.stderr)}`);
}

async function main(): Promise<void> {
  const settings = parseFlags(Deno.args);
  const m = machine();
  const cases = casesFor(settings);
  const modelCases = settings.models || settings.modelsOnly ? MODEL_CASES : [];
  log(`bench:compare — ${cases.length} cases, ${m.cpu}, ${m.cores} cores`);

  let torch: TorchRun | null = null;
  if (settings.torch) {
    ensureTorch();
    log("torch: running bench/torch_bench.py (ATEN_CPU_CAPABILITY=avx2, 1 thread)");
    torch = await torchTimings(cases, settings);
    if (torch.capability.toLowerCase() !== CAPABILITY) {
      log(`warning: torch reports CPU capability ${torch.capability}, not ${CAPABILITY}`);
    }
  }
  // Reproduce the release torch runs (its trunc_normal_ algorithm differs from 2.x's), here and
  // in every child process.
  const release = (torch && releaseOf(torch.version)) ?? DEFAULT_RELEASE;
  if (torch && releaseOf(torch.version) === null) {
    log(`warning: torch ${torch.version} is no release this library reproduces; using ${release}`);
  }
  setTorchVersion(release);
  Deno.env.set(BENCH_TORCH_VERSION, release);
  log(`ours: setTorchVersion("${release}")`);
  const ours = oursTimings(cases, settings);
  const paired = await modelTimings(modelCases, settings);
  const tfjs = settings.tfjs && cases.length ? await tfjsTimings(cases, settings) : null;
  const memory = settings.memory && cases.length ? memoryRows(settings) : null;
  const modelMem = settings.memory && modelCases.length ? modelMemory(modelCases, settings) : null;
  const models = modelRows(modelCases, paired.torch, paired.ours, modelMem);
  const cold = settings.cold && !settings.modelsOnly ? coldStart(settings) : [];
  const parallel = settings.parallel && !settings.modelsOnly ? parallelRun(settings) : null;

  const rows: Row[] = cases.map((c) => {
    const numel = numelOf(c.shape);
    const torchTiming = torch?.timings.get(c.id) ?? null;
    const oursTiming = ours.get(c.id)!;
    const tfjsTiming = tfjs?.get(c.id) ?? null;
    const t = nsPerElem(torchTiming, numel);
    const o = nsPerElem(oursTiming, numel)!;
    const f = nsPerElem(tfjsTiming, numel);
    const ratio = t === null ? null : o / t;
    const target = targetOf(c);
    const tfjsOverOurs = f === null ? null : f / o;
    return {
      id: c.id,
      op: c.op,
      torchName: OPS[c.op].call,
      kind: OPS[c.op].kind,
      shape: c.shape,
      numel,
      torch: torchTiming,
      ours: oursTiming,
      tfjsName: TFJS[c.op]?.name ?? null,
      tfjs: tfjsTiming,
      torchNsPerElem: t,
      oursNsPerElem: o,
      tfjsNsPerElem: f,
      ratio,
      target,
      met: ratio === null || target === null ? null : ratio <= target,
      tfjsOverOurs,
      tfjsMet: tfjsOverOurs === null ? null : tfjsOverOurs >= TFJS_TARGET,
    };
  });

  if (rows.length) printTable(rows);
  if (models.length) printModelTable(models);
  const md = markdown(m, torch, rows, memory, models, cold, parallel, release);
  const dir = new URL("bench/results/", ROOT);
  Deno.mkdirSync(dir, { recursive: true });
  // A models-only run keeps the full table of the last complete run.
  const stem = settings.modelsOnly ? "compare_models" : "compare";
  const jsonPath = new URL(`${stem}.json`, dir).pathname;
  const mdPath = new URL(`${stem}.md`, dir).pathname;
  const report = {
    machine: m,
    torch: torch && {
      version: torch.version,
      package: torch.package,
      blasLapack: torch.blasLapack,
      capability: torch.capability,
      threads: torch.threads,
      python: torch.python,
    },
    torchRelease: release,
    tfjs: settings.tfjs ? { version: TFJS_VERSION, backend: "cpu" } : null,
    settings,
    rows: rows.map((r) => ({
      ...r,
      torch: summary(r.torch),
      ours: summary(r.ours),
      tfjs: summary(r.tfjs),
    })),
    memory,
    models,
    coldStart: cold,
    parallel,
    grades: grades(rows, models, cold, parallel),
  };
  Deno.writeTextFileSync(jsonPath, JSON.stringify(report, null, 2) + "\n");
  // The profile links are relative to docs/.
  Deno.writeTextFileSync(
    mdPath,
    `# \`deno task bench:compare\`\n\n${
      md.replaceAll("](performance.md#", "](../../docs/performance.md#")
    }`,
  );
  const written = [jsonPath, mdPath];
  if (settings.updateReadme && !settings.modelsOnly) {
    const readmePath = new URL("docs/performance.md", ROOT).pathname;
    const readme = Deno.readTextFileSync(readmePath);
    const start = readme.indexOf(MARK_START);
    const end = readme.indexOf(MARK_END);
    if (start < 0 || end < start) {
      throw new Error(`docs/performance.md has no ${MARK_START} … ${MARK_END} block`);
    }
    Deno.writeTextFileSync(
      readmePath,
      `${readme.slice(0, start + MARK_START.length)}\n\n${md}\n${readme.slice(end)}`,
    );
    written.push(readmePath);
  }
  formatFiles(written);
  log(`wrote ${written.map((p) => p.replace(new URL(ROOT).pathname, "")).join(", ")}`);
  console.log("\n" + md);
}

if (import.meta.main) await main();
