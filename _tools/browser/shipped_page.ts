// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The browser test's page for the SHIPPED bundle (`dist/browser/`, the files
 * the npm package holds): bundled by `bundle.ts` with every import of the
 * library (`src/mod.ts`, `src/nn/mod.ts`, `src/nn/build_module.ts`) left as
 * `@torch-parity/init` or `@torch-parity/init/nn` for the page's import map,
 * which points at the shipped files; any other import of `src/` fails the
 * bundle, so no second copy of the library can slip in. It awaits
 * `initKernels()`, replays the golden cases of torch 1.13 for both
 * capabilities through the public API (the tensor cases that need no raw
 * MT19937 words or `randperm`, and every nn module case), runs a 1024²
 * float32 `normal` on one thread and split over `initWorkers(2)`, and
 * reports in `globalThis.torchParity`. `?quick`: the backend and the
 * `normal` only (the CSP page).
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
import { formatMismatches, replayGoldenWith } from "../../golden/_replay_core.ts";
import { formatModuleMismatches, replayModules } from "../../golden/_module_replay.ts";
import { type NormalTiming, timeNormal1024 } from "./_normal_timing.ts";

/** One capability's replay through the shipped bundle. */
export interface ShippedReplay {
  /** `"default"` or `"avx2"`. */
  capability: string;
  /** Tensor cases replayed. */
  cases: number;
  /** Tensor cases skipped (they need `random32` or `randperm`, not public). */
  skipped: number;
  /** Tensor differences from torch. */
  mismatches: number;
  /** The first ones. */
  firstMismatches: string;
  /** Module cases replayed. */
  moduleCases: number;
  /** state_dict entries compared. */
  moduleEntries: number;
  /** Module differences. */
  moduleMismatches: number;
  /** The first ones. */
  firstModuleMismatches: string;
  /** Both replays, ms. */
  ms: number;
}

/** What the page reports. */
export interface ShippedResult {
  /** What `await initKernels()` returned. */
  backend: string;
  /** `kernelBackend().reason`. */
  reason: string;
  /** Warnings during `initKernels()`. */
  warnings: string[];
  /** The replays (empty with `?quick`). */
  replay: ShippedReplay[];
  /** `normal` of 1024² float32, per capability. */
  normal: NormalTiming[];
  /** `initWorkers(2)`: threads started and whether the split fill has the one-thread bits. */
  parallel?: { threads: number; sameBits: boolean };
  /** Uncaught problems. */
  errors: string[];
}

async function replay(capability: "default" | "avx2", golden: URL): Promise<ShippedReplay> {
  const start = performance.now();
  const r = await replayGoldenWith(capability, golden, null);
  const m = await replayModules(capability);
  return {
    capability,
    cases: r.cases,
    skipped: r.skipped,
    mismatches: r.mismatches.length,
    firstMismatches: formatMismatches(r.mismatches, 5),
    moduleCases: m.cases,
    moduleEntries: m.entries,
    moduleMismatches: m.mismatches.length,
    firstModuleMismatches: formatModuleMismatches(m.mismatches, 5),
    ms: performance.now() - start,
  };
}

async function parallel(): Promise<{ threads: number; sameBits: boolean }> {
  const fill = () => {
    manualSeed(0);
    return new Uint32Array(normal(empty([1024, 1024])).data.buffer);
  };
  const one = fill();
  const threads = await initWorkers(2, { minElements: 1 });
  try {
    const split = fill();
    return {
      threads,
      sameBits: split.length === one.length && split.every((w, i) => w === one[i]),
    };
  } finally {
    await initWorkers(0);
  }
}

async function run(): Promise<ShippedResult> {
  const errors: string[] = [];
  const warnings: string[] = [];
  setWarningHandler((m) => warnings.push(m));
  const backend = await initKernels();
  const { reason } = kernelBackend();
  setWarningHandler(() => {});
  const replays: ShippedReplay[] = [];
  let parallelFill: ShippedResult["parallel"];
  if (!new URLSearchParams(globalThis.location.search).has("quick")) {
    const golden = new URL("/golden/", globalThis.location.href);
    for (const capability of ["default", "avx2"] as const) {
      try {
        replays.push(await replay(capability, golden));
      } catch (error) {
        errors.push(`replay ${capability}: ${error instanceof Error ? error.stack : error}`);
      }
    }
    try {
      parallelFill = await parallel();
    } catch (error) {
      errors.push(`parallel: ${error instanceof Error ? error.stack : error}`);
    }
  }
  const timing = await timeNormal1024(3);
  return {
    backend,
    reason,
    warnings,
    replay: replays,
    normal: timing,
    parallel: parallelFill,
    errors,
  };
}

Object.assign(globalThis, { torchParity: run() });
