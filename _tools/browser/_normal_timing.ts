// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The speed figure of the browser test: a 1024×1024 float32 `normal` (torch's
 * `torch.randn(1024, 1024)` after `manual_seed(0)`), timed the same way in
 * Chromium (the test page) and in Deno (the test itself).
 *
 * @module
 */

import {
  type CpuCapability,
  empty,
  getCpuCapability,
  manualSeed,
  normal,
  setCpuCapability,
} from "../../src/mod.ts";

/** One capability's timing. */
export interface NormalTiming {
  /** The CPU capability whose kernel ran. */
  capability: CpuCapability;
  /** Timed runs (after one warm-up). */
  runs: number;
  /** Fastest run, ms. */
  minMs: number;
  /** Median run, ms. */
  medianMs: number;
  /** SHA-256 (hex) of the first run's float32 bytes: the same on every backend. */
  sha256: string;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>),
  );
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Time `normal(empty([1024, 1024]))` after `manualSeed(0)` under each capability.
 *
 * @param runs Timed runs per capability.
 * @returns One entry per capability ("avx2", then "default").
 */
export async function timeNormal1024(runs = 21): Promise<NormalTiming[]> {
  const previous = getCpuCapability();
  const out: NormalTiming[] = [];
  for (const capability of ["avx2", "default"] as const) {
    setCpuCapability(capability);
    const t = empty([1024, 1024]);
    manualSeed(0);
    normal(t); // warm-up, and the bits
    const sha256 = await sha256Hex(new Uint8Array(t.data.buffer));
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      manualSeed(0);
      const start = performance.now();
      normal(t);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    out.push({
      capability,
      runs,
      minMs: times[0],
      medianMs: times[Math.floor(runs / 2)],
      sha256,
    });
  }
  setCpuCapability(previous);
  return out;
}
