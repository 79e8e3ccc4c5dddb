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
/**
 * What one kind of split fill (op, dtype, shared or plain buffer) costs, in
 * milliseconds: measured running averages, or the priors of `init_workers.ts`
 * before the first measurement.
 */
export interface Costs {
    /** The calling thread's fill, per element. */
    main: number;
    /** A worker's fill, per element. */
    worker: number;
    /** The calling thread's copy of a worker's share out of the scratch buffer, per element (0 when shared). */
    copy: number;
    /** A worker's jump. */
    jump: number;
    /** Posting the tasks and waking the workers, and the calling thread noticing they are done. */
    handover: number;
}
/** A split the planner predicts, or why not. */
export interface Split {
    /** The calling thread's share of the elements, in (0, 1). */
    share: number;
    /** Predicted one-thread time over predicted split time. */
    speedup: number;
}
/**
 * Predict the best split of `n` elements between the calling thread and `w`
 * workers. The schedule `init_workers.ts` runs: the calling thread posts the
 * tasks and fills its x elements while each worker jumps and fills
 * (n − x) / w; then the calling thread waits for each worker in turn and, for
 * a plain buffer, copies its share out of the scratch buffer (the copy starts
 * only when the worker is done, so it is counted after the slower side). The
 * split time is
 *
 *     T(x) = handover + max(x·main, jump + (n − x)·worker / w) + (n − x)·copy
 *
 * and its minimum lies where the two sides meet (x₀), unless copying costs
 * more than filling (then filling everything here wins). The one-thread time
 * is n·main.
 */
export declare function planSplit(c: Costs, n: number, w: number): Split;
