// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The torch release the benchmarks reproduce. bench/compare.ts sets
 * `BENCH_TORCH_VERSION` to the release of the torch it measures (Debian's
 * python3-torch is 1.13, whose `trunc_normal_` is the inverse-CDF one; this
 * library's default, 2.14, samples by rejection), and its child processes
 * (the memory, model and cold-start probes, bench/parallel_bench.ts) read it
 * here, so both sides run the same algorithm.
 *
 * @module
 */

import { setTorchVersion, type TorchVersion } from "../src/mod.ts";

/** The environment variable compare.ts passes to its children. */
export const BENCH_TORCH_VERSION = "BENCH_TORCH_VERSION";

const RELEASES: readonly TorchVersion[] = ["1.13", "2.6", "2.14"];

/** This library's release for a torch version string ("1.13.0a0" → "1.13"), or null. */
export function releaseOf(torchVersion: string): TorchVersion | null {
  return RELEASES.find((r) => torchVersion === r || torchVersion.startsWith(`${r}.`)) ?? null;
}

/**
 * Apply `BENCH_TORCH_VERSION` with `setTorchVersion` when it is set (and
 * readable); return the release set, or null (the library's default stays).
 */
export function applyBenchTorchVersion(): TorchVersion | null {
  let value: string | undefined;
  try {
    value = Deno.env.get(BENCH_TORCH_VERSION);
  } catch {
    return null;
  }
  if (value === undefined || value === "") return null;
  const release = releaseOf(value);
  if (release === null) {
    throw new RangeError(
      `${BENCH_TORCH_VERSION} must be one of ${RELEASES.join(", ")}, received ${value}`,
    );
  }
  setTorchVersion(release);
  return release;
}
