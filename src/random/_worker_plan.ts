// Copyright 2026 the torch-parity authors. MIT license.
/**
 * How a parallel fill splits a tensor: disjoint element ranges, one per
 * thread, each starting at its exact word offset in the MT19937 stream.
 *
 * A range must start on an element (one word per float32 uniform, two per
 * float64), and for `normal_`'s fill path on a 16-element block (each block of
 * 16 reads only its own 16 uniforms; the tail rule — n % 16 uniforms drawn,
 * then 16 fresh ones for the last 16 positions — stays with the last range,
 * which is at least 16 long). A jump by T twists costs one real twist plus one
 * polynomial evaluation per set bit of T − 1 (`_jump.ts`), so every start is
 * moved to the nearest block whose T − 1 has at most {@linkcode MAX_JUMP_BITS}
 * set bits: the ranges stay within a few percent of equal.
 *
 * @module
 */

import { MT_N } from "./_mt19937.ts";

/** Most polynomial evaluations a worker's jump may take. */
export const MAX_JUMP_BITS = 4;

/** One thread's share of a fill. */
export interface Range {
  /** First element (relative to the tensor's first element). */
  start: number;
  /** Number of elements. */
  count: number;
  /** 32-bit words the stream advances before the range's first draw. */
  skip: number;
}

function bitCount(x: number): number {
  let c = 0;
  while (x > 0) {
    if (x % 2 === 1) c++;
    x = Math.floor(x / 2);
  }
  return c;
}

/** `x` rounded to the nearest number with at most `bits` set bits. */
export function roundToBits(x: number, bits: number): number {
  if (bitCount(x) <= bits) return x;
  const top = Math.floor(Math.log2(x));
  const unit = 2 ** Math.max(0, top - bits + 1);
  return Math.round(x / unit) * unit;
}

/**
 * Split `numel` elements among at most `threads` threads. `left` is the
 * engine's `left` before the fill, `wordsPerElement` 1 (float32) or 2
 * (float64), `align` 1 or 16 (`normal_`). Returns the ranges in stream order;
 * fewer than `threads` when the tensor is too small to split.
 */
export function planRanges(
  numel: number,
  threads: number,
  left: number,
  wordsPerElement: number,
  align: number,
  minPerThread: number,
): Range[] {
  const ready = left - 1;
  const unit = wordsPerElement * align;
  const starts = [0];
  const parts = Math.max(1, Math.min(threads, Math.floor(numel / Math.max(minPerThread, align))));
  for (let t = 1; t < parts; t++) {
    const target = Math.round((t * numel) / parts / align) * align;
    let start = target;
    const words = target * wordsPerElement;
    if (words > ready + MT_N) {
      // Twists needed to reach the target, minus the one done for real.
      const twists = Math.floor((words - ready - 1) / MT_N) + 1;
      const rounded = roundToBits(twists - 1, MAX_JUMP_BITS) + 1;
      // The first aligned element whose first word lies in twist block `rounded`.
      const firstWord = ready + MT_N * (rounded - 1) + 1;
      start = Math.ceil(firstWord / unit) * align;
    }
    if (start <= starts[starts.length - 1] || start > numel - align) continue;
    starts.push(start);
  }
  const ranges: Range[] = [];
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1] : numel;
    ranges.push({ start: starts[i], count: end - starts[i], skip: starts[i] * wordsPerElement });
  }
  // normal_: the last range carries the tail rule and needs 16 elements.
  while (ranges.length > 1 && ranges[ranges.length - 1].count < 16) {
    const last = ranges.pop()!;
    ranges[ranges.length - 1].count += last.count;
  }
  return ranges;
}
