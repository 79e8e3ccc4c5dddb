/**
 * How a parallel fill splits a tensor: disjoint element ranges, one per
 * thread, each starting at its exact word offset in the MT19937 stream.
 *
 * A range must start on an element (one word per float32 uniform, two per
 * float64), and for `normal_`'s fill path on a 16-element block (each block of
 * 16 reads only its own 16 uniforms; the tail rule — n % 16 uniforms drawn,
 * then 16 fresh ones for the last 16 positions — stays with the last range,
 * which is at least 16 long). A jump by T twists costs one polynomial
 * evaluation per set bit of (T − 1) / 256 and up to 255 real twists
 * (`_jump.ts`); each start may move by up to 1% of a share to the block
 * whose jump is cheapest.
 *
 * @module
 */
/** How far a start may move to make its jump cheaper, as a share of a range. */
export declare const SLACK = 0.01;
/** One thread's share of a fill. */
export interface Range {
    /** First element (relative to the tensor's first element). */
    start: number;
    /** Number of elements. */
    count: number;
    /** 32-bit words the stream advances before the range's first draw. */
    skip: number;
}
/**
 * The twist count in [lo, hi] whose jump is cheapest: polynomial evaluations
 * weigh {@linkcode STEP_TWISTS} real twists each.
 */
export declare function cheapestTwists(lo: number, hi: number): number;
/**
 * Split `numel` elements among at most `threads` threads. `left` is the
 * engine's `left` before the fill, `wordsPerElement` 1 (float32) or 2
 * (float64), `align` 1 or 16 (`normal_`), `mainShare` the fraction of the
 * elements for the first range (default: an even split). Returns the ranges
 * in stream order; fewer than `threads` when the tensor is too small to split.
 */
export declare function planRanges(numel: number, threads: number, left: number, wordsPerElement: number, align: number, minPerThread: number, mainShare?: number): Range[];
