// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Speed-up of the bit-exact parallel fill (`initWorkers(2)`) over one thread,
 * at 4096×4096 (default) for `uniform` and `normal`, float32, capability
 * avx2, plain and `SharedArrayBuffer`-backed tensors:
 *
 *     deno run -A bench/parallel_bench.ts [--size=4096]
 *       [--reps=15] [--ops=uniform,normal,truncNormal,kaimingUniform] [--dtype=float64]
 *       [--models=gpt2_small,resnet50] [--model-reps=3] [--json]
 *
 * Method (the machine is shared, so one number is not enough): both modes
 * keep the same pool (paused for the baseline), each is warmed up, then the
 * single-threaded and the parallel fill alternate `reps` times on the same
 * preallocated tensor, so that load changes hit both alike. Reported: the
 * median and the minimum of each, the speed-up of medians and of minima, the
 * load average and the cores actually free (two CPU-bound processes at once
 * against one, before and after), the CPU time of each thread and its
 * run-queue wait (Linux `schedstat`, needs --allow-all in Deno) with the
 * speed-up the CPU times give on two free cores, and whether the two results
 * are bit-equal, values and generator state (they must be). `--models`
 * also builds whole models of bench/_model_probe.ts after `manualSeed(0)`,
 * one thread and two alternating (`--model-reps` each after a warm-up), the
 * SHA-256 of state dict and generator state compared. `--json` prints the
 * report as one JSON line on stdout (the text goes to stderr):
 * bench/compare.ts runs it so. Capability avx2. Under `deno bench` this file
 * registers nothing.
 *
 * @module
 */
import { createHash } from "node:crypto";
import {
  empty,
  Generator,
  getRngState,
  initWorkers,
  kaimingUniform,
  manualSeed,
  normal,
  setCpuCapability,
  type Tensor,
  truncNormal,
  uniform,
} from "../src/mod.ts";
import type { Module } from "../src/nn/mod.ts";
import {
  lastParallelFill,
  type ParallelTotals,
  parallelTotals,
  pauseWorkers,
} from "../src/random/init_workers.ts";
import { setSharedParameters } from "../src/_shared_storage.ts";
import { MODELS } from "./_model_probe.ts";
import { applyBenchTorchVersion } from "./_torch_version.ts";

type Fill = (t: Tensor, g: Generator) => unknown;
const OPS: Record<string, Fill> = {
  uniform: (t, g) => uniform(t, { generator: g }),
  normal: (t, g) => normal(t, { generator: g }),
  truncNormal: (t, g) => truncNormal(t, { std: 0.02, generator: g }),
  kaimingUniform: (t, g) => kaimingUniform(t, { a: Math.sqrt(5), generator: g }),
};

function arg(name: string, fallback: string): string {
  const hit = Deno.args.find((a) => a.startsWith(`--${name}=`));
  return hit === undefined ? fallback : hit.slice(name.length + 3);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function load(): string {
  try {
    return Deno.loadavg().map((x) => x.toFixed(2)).join(" ");
  } catch {
    return "n/a";
  }
}

/** Per thread of this process: [ns on a CPU, ns waiting for one] (Linux schedstat). */
function threadTimes(): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  try {
    for (const e of Deno.readDirSync("/proc/self/task")) {
      const f = Deno.readTextFileSync(`/proc/self/task/${e.name}/schedstat`).split(" ");
      out.set(e.name, [Number(f[0]), Number(f[1])]);
    }
  } catch {
    // Not Linux, or no read permission: wall-clock times only.
  }
  return out;
}

interface Sample {
  /** Wall-clock ms. */
  wall: number;
  /** CPU ms of the busiest two threads (main first), and their run-queue wait. */
  cpu: number[];
  queued: number;
}

function timeOnce(fill: Fill, t: Tensor, seed: number): Sample {
  const g = new Generator().manualSeed(seed);
  return timeCall(() => void fill(t, g));
}

/** Wall time of `f` and the CPU time of the main thread and of the busiest other thread. */
function timeCall(f: () => void): Sample {
  const before = threadTimes();
  const t0 = performance.now();
  f();
  const wall = performance.now() - t0;
  const after = threadTimes();
  const main = String(Deno.pid);
  const deltas: [string, number, number][] = [];
  for (const [tid, [run, wait]] of after) {
    const b = before.get(tid) ?? [0, 0];
    deltas.push([tid, (run - b[0]) / 1e6, (wait - b[1]) / 1e6]);
  }
  const mainDelta = deltas.find((d) => d[0] === main) ?? [main, 0, 0];
  const other = deltas.filter((d) => d[0] !== main).sort((a, b) => b[1] - a[1])[0] ?? ["", 0, 0];
  return { wall, cpu: [mainDelta[1], other[1]], queued: mainDelta[2] + other[2] };
}

function bits(t: Tensor): Uint32Array {
  const d = t.data as Float32Array | Float64Array;
  return new Uint32Array(d.buffer.slice(d.byteOffset, d.byteOffset + d.byteLength));
}

/**
 * How many cores the machine gives this run right now: one CPU-bound process,
 * then two at once (needs --allow-run; null otherwise). 2.0 on an idle
 * two-core machine, about 1.0 when other work keeps one core busy.
 */
async function freeCores(): Promise<number | null> {
  const code = "const t=performance.now();let x=0;for(let i=0;i<2e8;i++)x=(x+i*7)|0;" +
    "console.log(performance.now()-t, x);";
  const once = async () => {
    const out = await new Deno.Command(Deno.execPath(), { args: ["eval", code], stdout: "piped" })
      .output();
    return Number(new TextDecoder().decode(out.stdout).split(" ")[0]);
  };
  try {
    const one = Math.min(await once(), await once());
    const [a, b] = await Promise.all([once(), once()]);
    return (2 * one) / Math.max(a, b);
  } catch {
    return null;
  }
}

/** One op, plain or shared tensor, one thread against two. */
export interface ParallelRow {
  op: string;
  shared: boolean;
  size: number;
  dtype: "float32" | "float64";
  /** Wall ms: median and minimum, one thread and two. */
  single: { median: number; min: number };
  parallel: { median: number; min: number };
  /** Speed-up of the medians and of the minima. */
  speedup: number;
  speedupMin: number;
  /** CPU-bound speed-up (one thread's CPU time over the busier thread's), null without schedstat. */
  cpuSpeedup: number | null;
  /** Whether the two fills gave the same bits and the same generator state. */
  bitEqual: boolean;
  /** Element counts of the ranges of the last split fill. */
  ranges: number[];
  /** Ranges the main thread had to redo (a worker failed or hung). */
  redone: number;
  /** Medians, ms: main range, wait, copy, worker jump, worker fill. */
  stages: { main: number; wait: number; copy: number; jump: number; fill: number };
}

/** A whole model built after `manualSeed(0)`, one thread against two. */
export interface ParallelModelRow {
  model: string;
  /** Parameters on SharedArrayBuffers (`initWorkers(2, { sharedParameters: true })`), both modes. */
  shared: boolean;
  single: { median: number; min: number };
  parallel: { median: number; min: number };
  speedup: number;
  speedupMin: number;
  cpuSpeedup: number | null;
  /** Same SHA-256 of the state dict and of the generator state on both. */
  bitEqual: boolean;
  /** The last two-thread construction's split fills: count, elements, wall ms and its parts. */
  split: ParallelTotals;
}

/** Everything one run measured. */
export interface ParallelReport {
  threads: number;
  cores: number;
  freeCoresBefore: number | null;
  freeCoresAfter: number | null;
  loadBefore: string;
  loadAfter: string;
  /** ms of `await initWorkers(2)` in this process (after the library was loaded here). */
  initWorkersMs: number;
  reps: number;
  rows: ParallelRow[];
  models: ParallelModelRow[];
}

function stateDigest(m: Module, g: Uint8Array): string {
  const h = createHash("sha256");
  for (const t of m.stateDict().values()) {
    h.update(new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength));
  }
  h.update(g);
  return h.digest("hex");
}

function stats(xs: number[]) {
  return { median: median(xs), min: Math.min(...xs) };
}

function cpuSpeedup(single: Sample[], parallel: Sample[]): number | null {
  if (!(single[0].cpu[0] > 0)) return null;
  const c1 = median(single.map((x) => x.cpu[0]));
  const busier = Math.max(
    median(parallel.map((x) => x.cpu[0])),
    median(parallel.map((x) => x.cpu[1])),
  );
  return c1 / busier;
}

async function measureAll(
  size: number,
  reps: number,
  ops: readonly string[],
  dtype: "float32" | "float64",
  models: readonly string[],
  modelReps: number,
  print: (line: string) => void,
): Promise<ParallelReport | null> {
  setCpuCapability("avx2");
  applyBenchTorchVersion();
  const cores = await freeCores();
  const loadBefore = load();
  const i0 = performance.now();
  const threads = await initWorkers(2);
  const initWorkersMs = performance.now() - i0;
  print(
    `parallel fill bench: ${size}x${size} ${dtype}, threads=${threads}, reps=${reps}, ` +
      `${navigator.hardwareConcurrency} cores (free now: ${cores?.toFixed(2) ?? "n/a"}), ` +
      `load average before: ${loadBefore}; initWorkers(2) took ${initWorkersMs.toFixed(0)} ms`,
  );
  if (threads !== 2) {
    print("workers unavailable (run with --allow-read): nothing to compare");
    return null;
  }
  const bytes = dtype === "float32" ? 4 : 8;
  const n = size * size;
  const rows: ParallelRow[] = [];
  for (const op of ops) {
    const fill = OPS[op];
    if (fill === undefined) throw new TypeError(`Unknown op ${op}; known: ${Object.keys(OPS)}`);
    for (const shared of [false, true]) {
      const t: Tensor = shared
        ? {
          data: dtype === "float32"
            ? new Float32Array(new SharedArrayBuffer(n * bytes))
            : new Float64Array(new SharedArrayBuffer(n * bytes)),
          shape: [size, size],
        }
        : empty([size, size], { dtype });
      // Warm-up, and the bit check (values and generator state).
      const check = (paused: boolean) => {
        pauseWorkers(paused);
        const g = new Generator().manualSeed(1);
        fill(t, g);
        return [bits(t), g.getState()] as const;
      };
      check(true);
      const [one, oneState] = check(true);
      check(false);
      const [two, twoState] = check(false);
      const equal = one.length === two.length && one.every((w, i) => w === two[i]) &&
        oneState.every((b, i) => b === twoState[i]);
      const ranges = lastParallelFill()?.ranges.map((r) => r.count) ?? [];
      if (ranges.length === 0) print(`${op} at ${size}x${size}: not split (below the threshold)`);
      const single: Sample[] = [];
      const parallel: Sample[] = [];
      const stages: number[][] = [[], [], [], [], []];
      let redone = 0;
      for (let r = 0; r < reps; r++) {
        pauseWorkers(true);
        single.push(timeOnce(fill, t, r));
        pauseWorkers(false);
        parallel.push(timeOnce(fill, t, r));
        const rep = lastParallelFill();
        if (rep === null) continue; // not split (below the threshold)
        redone += rep.redone;
        [rep.mainMs, rep.waitMs, rep.copyMs, rep.workers[0][0], rep.workers[0][1]].forEach((x, i) =>
          stages[i].push(x)
        );
      }
      const w1 = single.map((x) => x.wall);
      const w2 = parallel.map((x) => x.wall);
      const row: ParallelRow = {
        op,
        shared,
        size,
        dtype,
        single: stats(w1),
        parallel: stats(w2),
        speedup: median(w1) / median(w2),
        speedupMin: Math.min(...w1) / Math.min(...w2),
        cpuSpeedup: cpuSpeedup(single, parallel),
        bitEqual: equal,
        ranges,
        redone,
        stages: {
          main: median(stages[0]),
          wait: median(stages[1]),
          copy: median(stages[2]),
          jump: median(stages[3]),
          fill: median(stages[4]),
        },
      };
      rows.push(row);
      const ms = (x: number) => x.toFixed(1).padStart(7);
      print(
        `${op.padEnd(15)} ${shared ? "shared" : "plain "}  1 thread: median ${
          ms(row.single.median)
        } ms, min ${ms(row.single.min)} ms | 2 threads: median ${ms(row.parallel.median)} ms, min ${
          ms(row.parallel.min)
        } ms | wall speed-up median ${row.speedup.toFixed(2)}x, min ${
          row.speedupMin.toFixed(2)
        }x | CPU-bound ${row.cpuSpeedup?.toFixed(2) ?? "n/a"}x | ranges ${
          ranges.join("+") || "none"
        } | bit-equal ${equal}`,
      );
      print(
        `${"".padEnd(15)}        medians: main range ${ms(row.stages.main)} ms, wait ${
          ms(row.stages.wait)
        } ms, copy ${ms(row.stages.copy)} ms; worker jump ${ms(row.stages.jump)} ms, fill ${
          ms(row.stages.fill)
        } ms; ranges redone on the main thread: ${redone}`,
      );
    }
  }
  const modelRows: ParallelModelRow[] = [];
  let plainDigest = "";
  for (const [name, shared] of models.flatMap((m) => [[m, false], [m, true]] as const)) {
    const entry = MODELS[name];
    if (entry === undefined) {
      throw new TypeError(`Unknown model ${name}; known: ${Object.keys(MODELS)}`);
    }
    // Both modes allocate the same storage; only the threads differ.
    setSharedParameters(shared);
    const build = (paused: boolean) => {
      pauseWorkers(paused);
      manualSeed(0);
      let m: Module | null = null;
      const sample = timeCall(() => void (m = entry.build()));
      return { sample, m: m! };
    };
    // Warm-up, and the bit check.
    const a = build(true);
    const digestOne = stateDigest(a.m, getRngState());
    const b = build(false);
    const digestTwo = stateDigest(b.m, getRngState());
    const isShared = [...b.m.parameters()].every((p) => p.data.buffer instanceof SharedArrayBuffer);
    if (isShared !== shared) throw new Error(`${name}: parameters shared ${isShared}`);
    if (!shared) plainDigest = digestOne;
    const single: Sample[] = [];
    const parallel: Sample[] = [];
    let split = parallelTotals(true);
    for (let r = 0; r < modelReps; r++) {
      single.push(build(true).sample);
      parallelTotals(true);
      parallel.push(build(false).sample);
      split = parallelTotals(true);
    }
    const w1 = single.map((x) => x.wall);
    const w2 = parallel.map((x) => x.wall);
    const row: ParallelModelRow = {
      model: name,
      shared,
      single: stats(w1),
      parallel: stats(w2),
      speedup: median(w1) / median(w2),
      speedupMin: Math.min(...w1) / Math.min(...w2),
      cpuSpeedup: cpuSpeedup(single, parallel),
      bitEqual: digestOne === digestTwo && digestOne === plainDigest,
      split,
    };
    modelRows.push(row);
    print(
      `${name.padEnd(15)} ${shared ? "shared" : "plain "}  1 thread: median ${
        row.single.median.toFixed(0)
      } ms | 2 threads: ` +
        `median ${row.parallel.median.toFixed(0)} ms | wall speed-up ${
          row.speedup.toFixed(2)
        }x, min ${row.speedupMin.toFixed(2)}x | CPU-bound ${
          row.cpuSpeedup?.toFixed(2) ?? "n/a"
        }x | bit-equal ${row.bitEqual}`,
    );
    print(
      `${"".padEnd(15)}        last 2-thread build: ${split.fills} split fills, ${
        (split.elements / 1e6).toFixed(1)
      }M elements, ${split.totalMs.toFixed(0)} ms (main range ${split.mainMs.toFixed(0)}, wait ${
        split.waitMs.toFixed(0)
      }, copy ${split.copyMs.toFixed(0)}); the rest of the build ${
        (parallel.at(-1)!.wall - split.totalMs).toFixed(0)
      } ms on the calling thread alone`,
    );
  }
  setSharedParameters(false);
  pauseWorkers(false);
  const after = await freeCores();
  const loadAfter = load();
  print(`load average after: ${loadAfter}; free cores after: ${after?.toFixed(2) ?? "n/a"}`);
  await initWorkers(0);
  return {
    threads,
    cores: navigator.hardwareConcurrency,
    freeCoresBefore: cores,
    freeCoresAfter: after,
    loadBefore,
    loadAfter,
    initWorkersMs,
    reps,
    rows,
    models: modelRows,
  };
}

if (import.meta.main) {
  const json = Deno.args.includes("--json");
  const list = (name: string, fallback: string) =>
    arg(name, fallback).split(",").filter((x) => x !== "");
  const report = await measureAll(
    Number(arg("size", "4096")),
    Number(arg("reps", "15")),
    list("ops", "uniform,normal"),
    arg("dtype", "float32") as "float32" | "float64",
    list("models", ""),
    Number(arg("model-reps", "3")),
    json ? (line) => console.error(line) : (line) => console.log(line),
  );
  if (json) console.log(JSON.stringify(report));
  if (report === null) Deno.exit(1);
}
