// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Golden replay shared by the Deno test (`replay_test.ts`) and the
 * runtime-neutral entry (`portable_replay.ts`, run under Deno, Node 24 and
 * Bun): every golden case recorded from real PyTorch (golden/generate.py),
 * bit for bit ({@linkcode replayGoldenWith} with the library's internals for
 * the raw MT19937 words and `randperm`). No runtime-specific API is used.
 *
 * @module
 */
import { GOLDEN_DIR } from "../conformance/golden.ts";
import type { Generator } from "../src/mod.ts";
import { engineOf } from "../src/random/generator.ts";
import { nextUint32 } from "../src/random/_mt19937.ts";
import { randpermKernel } from "../src/random/_randperm.ts";
import { type InternalDraws, replayGoldenWith, type ReplayResult } from "./_replay_core.ts";

export {
  formatMismatches,
  type InternalDraws,
  type Mismatch,
  ORTHOGONAL_TOLERANCE,
  type ReplayResult,
  torchVersionOf,
} from "./_replay_core.ts";

/** The library's own raw draws, for the steps its public API does not offer. */
export const INTERNAL_DRAWS: InternalDraws = {
  random32(gen: Generator, count: number): Uint32Array {
    const out = new Uint32Array(count);
    const mt = engineOf(gen).mt;
    for (let i = 0; i < out.length; i++) out[i] = nextUint32(mt);
    return out;
  },
  randperm(gen: Generator, n: number): Int32Array {
    return randpermKernel(n, engineOf(gen));
  },
};

/**
 * Replay every golden case of `capability` with the CPU capability set to
 * it (restored afterwards) and collect every mismatch.
 */
export function replayGolden(
  capability: string,
  dir: string | URL = GOLDEN_DIR,
): Promise<ReplayResult> {
  return replayGoldenWith(capability, dir, INTERNAL_DRAWS);
}
