/* @ts-self-types="./_worker_plan.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
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
import { MT_N } from "./_mt19937.js";
import { jumpCost, STEP_TWISTS } from "./_jump.js";
/** How far a start may move to make its jump cheaper, as a share of a range. */
export const SLACK = 0.01;
/**
 * The twist count in [lo, hi] whose jump is cheapest: polynomial evaluations
 * weigh {@linkcode STEP_TWISTS} real twists each.
 */
export function cheapestTwists(lo, hi) {
    let best = lo;
    let bestCost = Infinity;
    // Candidates: lo itself and every multiple of STEP_TWISTS (plus one) in the window.
    const first = Math.ceil((lo - 1) / STEP_TWISTS);
    const candidates = [lo];
    for (let k = first; k * STEP_TWISTS + 1 <= hi; k++)
        candidates.push(k * STEP_TWISTS + 1);
    for (const t of candidates) {
        if (t < lo || t > hi)
            continue;
        const cost = jumpCost(t) * STEP_TWISTS + ((t - 1) % STEP_TWISTS);
        if (cost < bestCost) {
            best = t;
            bestCost = cost;
        }
    }
    return best;
}
/**
 * Split `numel` elements among at most `threads` threads. `left` is the
 * engine's `left` before the fill, `wordsPerElement` 1 (float32) or 2
 * (float64), `align` 1 or 16 (`normal_`), `mainShare` the fraction of the
 * elements for the first range (default: an even split). Returns the ranges
 * in stream order; fewer than `threads` when the tensor is too small to split.
 */
export function planRanges(numel, threads, left, wordsPerElement, align, minPerThread, mainShare) {
    const ready = left - 1;
    const unit = wordsPerElement * align;
    const starts = [0];
    const parts = Math.max(1, Math.min(threads, Math.floor(numel / Math.max(minPerThread, align))));
    for (let t = 1; t < parts; t++) {
        // The calling thread's range takes `mainShare` of the tensor (it also
        // copies the workers' shares of a plain buffer; the workers jump), the
        // workers split the rest evenly.
        const at = mainShare === undefined
            ? t / parts
            : mainShare + ((t - 1) * (1 - mainShare)) / (parts - 1);
        const target = Math.round((at * numel) / align) * align;
        let start = target;
        const words = target * wordsPerElement;
        if (words > ready + MT_N) {
            const twists = Math.floor((words - ready - 1) / MT_N) + 1;
            const slack = Math.floor((SLACK * numel * wordsPerElement) / parts / MT_N);
            const chosen = cheapestTwists(Math.max(2, twists - slack), twists + slack);
            // The first aligned element at least one word into twist block `chosen`
            // (so that reaching it takes exactly `chosen` twists).
            const firstWord = ready + MT_N * (chosen - 1) + 1;
            start = Math.ceil(firstWord / unit) * align;
        }
        if (start <= starts[starts.length - 1] || start > numel - align)
            continue;
        starts.push(start);
    }
    const ranges = [];
    for (let i = 0; i < starts.length; i++) {
        const end = i + 1 < starts.length ? starts[i + 1] : numel;
        ranges.push({ start: starts[i], count: end - starts[i], skip: starts[i] * wordsPerElement });
    }
    // normal_: the last range carries the tail rule and needs 16 elements.
    while (ranges.length > 1 && ranges[ranges.length - 1].count < 16) {
        const last = ranges.pop();
        ranges[ranges.length - 1].count += last.count;
    }
    return ranges;
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
export function planSplit(c, n, w) {
    const perWorker = c.worker / w;
    const x0 = (c.jump + n * perWorker) / (c.main + perWorker);
    const share = Math.min(0.9, Math.max(0.1 / (w + 1), x0 / n));
    const x = share * n;
    const split = c.handover + Math.max(x * c.main, c.jump + (n - x) * perWorker) +
        (n - x) * c.copy;
    const speedup = (n * c.main) / split;
    return {
        share: Number.isFinite(share) ? share : 1 / (w + 1),
        speedup: Number.isFinite(speedup) ? speedup : 0,
    };
}
