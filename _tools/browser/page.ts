// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The browser test page (bundled by `bundle.ts`, served by
 * `../browser_test.ts` on 127.0.0.1). It records which WebAssembly modules
 * this browser compiles synchronously on its main thread, awaits
 * `initKernels()`, replays the golden cases recorded from PyTorch 1.13
 * (tensor cases of both capabilities and the nn module cases), grades this
 * library's self port at levels 1–5 and times a 1024² float32 `normal`
 * (`?quick`: only the compiles, the backend and the timing). The
 * outcome is the value of the promise `globalThis.torchParity` (read by the
 * test through the DevTools protocol) and is also written into the page.
 *
 * @module
 */

import {
  empty,
  initKernels,
  initWorkers,
  kernelBackend,
  manualSeed,
  normal,
  setWarningHandler,
} from "../../src/mod.ts";
import { lastParallelFill } from "../../src/random/init_workers.ts";
import { formatMismatches, replayGolden } from "../../golden/_replay.ts";
import { formatModuleMismatches, replayModules } from "../../golden/_module_replay.ts";
import { loadGolden } from "../../conformance/golden.ts";
import { runConformance } from "../../conformance/runner.ts";
import { selfPort } from "../../conformance/self_port.ts";
import { passed } from "../../conformance/report.ts";
import {
  KERNELS_RELAXED_WASM_BASE64,
  KERNELS_WASM_BASE64,
} from "../../src/random/_kernels_wasm.ts";
import { QR_KERNELS_WASM } from "../../src/init/_qr_wasm.ts";
import { JUMP_WASM_BASE64 } from "../../src/random/_jump_wasm.ts";
import { type NormalTiming, timeNormal1024 } from "./_normal_timing.ts";

/** A synchronous `new WebAssembly.Module(bytes)` on the page's main thread. */
export interface SyncCompile {
  /** Which module. */
  name: string;
  /** Its size in bytes. */
  bytes: number;
  /** Whether the compile succeeded. */
  compiled: boolean;
  /** The error, when it did not. */
  error?: string;
  /** How long it took, ms. */
  ms: number;
}

/** One capability's golden replay. */
export interface ReplaySummary {
  /** `"default"` or `"avx2"`. */
  capability: string;
  /** Tensor cases replayed. */
  cases: number;
  /** Cases per op of their steps (a case counts once per op it uses). */
  ops: Record<string, number>;
  /** Differences from torch's bits and generator states. */
  mismatches: number;
  /** The first ones, as text. */
  firstMismatches: string;
  /** Module cases replayed (nn constructors after manual_seed). */
  moduleCases: number;
  /** state_dict entries compared. */
  moduleEntries: number;
  /** Module differences. */
  moduleMismatches: number;
  /** The first ones, as text. */
  firstModuleMismatches: string;
  /** Time for both replays, ms. */
  ms: number;
}

/** The self-grade of the harness at one level. */
export interface LevelSummary {
  /** The level. */
  level: number;
  /** Checks per status. */
  statuses: Record<string, number>;
  /** The failed or errored checks, first few. */
  failures: string[];
}

/** `initWorkers(2)` and a split 1024² `normal` against the one-thread fill. */
export interface ParallelSummary {
  /** `self.crossOriginIsolated` (SharedArrayBuffer needs it). */
  crossOriginIsolated: boolean;
  /** Threads `initWorkers(2)` started (1: none). */
  threads: number;
  /** Ranges of the last split fill (0: not split). */
  ranges: number;
  /** Whether the split fill's bits equal the one-thread fill's. */
  sameBits: boolean;
}

/** Everything the page reports. */
export interface PageResult {
  /** `navigator.userAgent`. */
  userAgent: string;
  /** Synchronous compiles tried before `initKernels()`. */
  syncCompile: SyncCompile[];
  /** What `await initKernels()` returned. */
  backend: string;
  /** `kernelBackend().reason` afterwards. */
  reason: string;
  /** What the library warned during `initKernels()` (the one-time fallback warning). */
  warnings: string[];
  /** Golden replays. */
  replay: ReplaySummary[];
  /** The harness's levels 1–5 on this library's self port (avx2). */
  conformance: { passed: boolean; levels: LevelSummary[]; ms: number };
  /** `normal` of 1024² float32. */
  normal: NormalTiming[];
  /** The parallel fill. */
  parallel?: ParallelSummary;
  /** Uncaught problems. */
  errors: string[];
}

function decode(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * A valid module of exactly `size` bytes: the header and one custom section
 * (for the main thread's synchronous-compile size limit).
 */
function paddedModule(size: number): Uint8Array<ArrayBuffer> {
  const leb = (n: number): number[] => {
    const out: number[] = [];
    do {
      let b = n & 0x7f;
      n = Math.floor(n / 128);
      if (n > 0) b |= 0x80;
      out.push(b);
    } while (n > 0);
    return out;
  };
  const header = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  const name = [1, 0x70]; // name length 1, "p"
  // Find the section size whose encoding makes the whole module `size` bytes.
  for (let body = size - header.length - 2; body > 0; body--) {
    const total = header.length + 1 + leb(body).length + body;
    if (total === size) {
      const bytes = new Uint8Array(size);
      bytes.set([...header, 0, ...leb(body), ...name]);
      return bytes;
    }
    if (total < size) break;
  }
  throw new RangeError(`Cannot make a module of ${size} bytes`);
}

function trySyncCompile(name: string, source: string | Uint8Array<ArrayBuffer>): SyncCompile {
  const bytes = typeof source === "string" ? decode(source) : source;
  const start = performance.now();
  try {
    new WebAssembly.Module(bytes);
    return { name, bytes: bytes.length, compiled: true, ms: performance.now() - start };
  } catch (error) {
    return {
      name,
      bytes: bytes.length,
      compiled: false,
      error: String(error),
      ms: performance.now() - start,
    };
  }
}

async function replay(capability: "default" | "avx2", golden: URL): Promise<ReplaySummary> {
  const start = performance.now();
  const set = await loadGolden(golden, capability);
  const ops: Record<string, number> = {};
  for (const c of set.cases) {
    for (const op of new Set(c.steps.map((s) => s.op))) ops[op] = (ops[op] ?? 0) + 1;
  }
  const r = await replayGolden(capability, golden);
  const m = await replayModules(capability);
  return {
    capability,
    cases: r.cases,
    ops,
    mismatches: r.mismatches.length,
    firstMismatches: formatMismatches(r.mismatches, 5),
    moduleCases: m.cases,
    moduleEntries: m.entries,
    moduleMismatches: m.mismatches.length,
    firstModuleMismatches: formatModuleMismatches(m.mismatches, 5),
    ms: performance.now() - start,
  };
}

async function selfGrade(): Promise<PageResult["conformance"]> {
  const start = performance.now();
  const report = await runConformance(selfPort("avx2"), { levels: [1, 2, 3, 4, 5] });
  const levels: LevelSummary[] = [];
  for (const level of report.levels) {
    const checks = report.checks.filter((c) => c.level === level);
    const statuses: Record<string, number> = {};
    for (const c of checks) statuses[c.status] = (statuses[c.status] ?? 0) + 1;
    const failures = checks.filter((c) => c.status === "fail" || c.status === "error")
      .slice(0, 5).map((c) => `${c.op} ${c.name}: ${c.detail ?? ""}`);
    levels.push({ level, statuses, failures });
  }
  return { passed: passed(report), levels, ms: performance.now() - start };
}

async function parallel(): Promise<ParallelSummary> {
  const fill = () => {
    manualSeed(0);
    return new Uint32Array(normal(empty([1024, 1024])).data.buffer);
  };
  const one = fill();
  const threads = await initWorkers(2, { minElements: 1 });
  try {
    const split = fill();
    return {
      crossOriginIsolated: Reflect.get(globalThis, "crossOriginIsolated") === true,
      threads,
      ranges: threads > 1 ? lastParallelFill()?.ranges.length ?? 0 : 0,
      sameBits: split.length === one.length && split.every((w, i) => w === one[i]),
    };
  } finally {
    await initWorkers(0);
  }
}

async function run(): Promise<PageResult> {
  const errors: string[] = [];
  const syncCompile = [
    trySyncCompile("kernels (emulated FMA)", KERNELS_WASM_BASE64),
    trySyncCompile("kernels (relaxed SIMD)", KERNELS_RELAXED_WASM_BASE64),
    trySyncCompile("Householder QR", QR_KERNELS_WASM),
    trySyncCompile("jump-ahead", JUMP_WASM_BASE64),
    // The main thread's size limit, with modules that are only a custom section.
    ...[4097, 1 << 20, 8 << 20, (8 << 20) + 1].map((n) =>
      trySyncCompile(`${n} bytes (custom section)`, paddedModule(n))
    ),
  ];
  const warnings: string[] = [];
  setWarningHandler((m) => warnings.push(m));
  const backend = await initKernels();
  const info = kernelBackend();
  setWarningHandler(() => {});
  if (new URLSearchParams(globalThis.location.search).has("quick")) {
    // Only the kernels: what a policy allows, the backend, the bits and the speed.
    const none = { passed: false, levels: [], ms: 0 };
    const timing = await timeNormal1024();
    return {
      userAgent: navigator.userAgent,
      syncCompile,
      backend,
      reason: info.reason,
      warnings,
      replay: [],
      conformance: none,
      normal: timing,
      errors,
    };
  }
  const golden = new URL("/golden/", globalThis.location.href);
  const replays: ReplaySummary[] = [];
  for (const capability of ["default", "avx2"] as const) {
    try {
      replays.push(await replay(capability, golden));
    } catch (error) {
      errors.push(`replay ${capability}: ${error instanceof Error ? error.stack : error}`);
    }
  }
  let conformance: PageResult["conformance"] = { passed: false, levels: [], ms: 0 };
  try {
    conformance = await selfGrade();
  } catch (error) {
    errors.push(`self-grade: ${error instanceof Error ? error.stack : error}`);
  }
  const timing = await timeNormal1024();
  let parallelFill: ParallelSummary | undefined;
  try {
    parallelFill = await parallel();
  } catch (error) {
    errors.push(`parallel: ${error instanceof Error ? error.stack : error}`);
  }
  return {
    userAgent: navigator.userAgent,
    syncCompile,
    backend,
    reason: info.reason,
    warnings,
    parallel: parallelFill,
    replay: replays,
    conformance,
    normal: timing,
    errors,
  };
}

/** A minimal view of the DOM this page writes to (Deno's types have none). */
interface PageDocument {
  getElementById(id: string): { textContent: string | null } | null;
}

const result = run();
Object.assign(globalThis, { torchParity: result });
result.then(
  (r) => JSON.stringify(r, null, 2),
  (e) => `page error: ${e instanceof Error ? e.stack : e}`,
).then((text) => {
  const doc = Reflect.get(globalThis, "document") as PageDocument | undefined;
  const out = doc?.getElementById("result");
  if (out) out.textContent = text;
});
