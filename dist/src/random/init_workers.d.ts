/**
 * `initWorkers(n)`: a bit-exact multi-threaded fill.
 *
 * Design:
 * - MT19937 jump-ahead (`_jump.ts`) puts each thread at its exact offset in
 *   the stream, so a large elementwise fill (`uniform`, `normal`'s contiguous
 *   fill path, `kaimingUniform`/`kaimingNormal`, `xavierUniform`/
 *   `xavierNormal`, `truncNormal`'s inverse-CDF path; float32 and float64;
 *   every capability and torch version) is cut into disjoint element ranges
 *   (`_worker_plan.ts`): the main thread fills the first, each worker one of
 *   the others, every one with the ordinary single-threaded kernel. The
 *   values and the generator's final state (the last range's) are the
 *   single-threaded ones, bit for bit.
 * - The fills stay synchronous. The main thread posts the ranges, fills its
 *   own, then blocks in `Atomics.wait` (or spins, where the main thread may not
 *   wait, as in browsers) until the workers have set their status words.
 *   Workers write straight into the tensor when its data is backed by a
 *   `SharedArrayBuffer`; otherwise into a shared scratch buffer that the main
 *   thread copies from (allocate with `new Float32Array(new
 *   SharedArrayBuffer(4 * n))` to skip that copy).
 * - The split follows measured costs: for each kind of fill (op, dtype,
 *   shared or plain buffer) of at least 2^18 elements the pool keeps running
 *   averages of the calling thread's fill per element, a worker's fill per
 *   element, its jump and the hand-over, and per dtype of the copy out of
 *   the scratch buffer (priors before the first measurement). The planner
 *   (`planSplit`) predicts the split time of the schedule below, gives the
 *   calling thread the share where both sides finish together
 *   (`_worker_plan.ts` then moves each start by at most 1% to the cheapest
 *   jump), and by default splits only when it predicts a speed-up of at
 *   least 1.1×. Timing only decides whether and where to cut; the values and
 *   the final state never depend on it.
 * - Only contiguous tensors are split (by default those the planner predicts
 *   a gain for; with `minElements`, all that large);
 *   everything else (small tensors, strided views, `orthogonal`, `sparse`,
 *   `normal`'s scalar path, torch 2.14's rejection `trunc_normal_`,
 *   `randperm`) stays on the calling thread. The workers copy the calling
 *   thread's settings (capability, torch version, libm, WebAssembly variant)
 *   with every fill.
 * - A worker that fails or hangs is replaced by the main thread for its range
 *   (a hang also shuts the pool down); where workers or `SharedArrayBuffer`
 *   are unavailable (no `Worker`, a page that is not cross-origin isolated),
 *   everything runs on one thread.
 *
 * @module
 */
import { type ParallelOp } from "./_worker_hook.js";
import { type Costs, type Range } from "./_worker_plan.js";
/** Options for {@linkcode initWorkers}. */
export interface InitWorkersOptions {
    /**
     * Split every fill of at least this many elements, whatever the planner
     * predicts. Default: none; fills of at least 2^18 elements are split when
     * the planner predicts a speed-up of at least 1.1× from the measured
     * costs of that kind of fill (the calling thread's and a worker's fill per
     * element, the jump, the hand-over and, for a plain buffer, the copy out of
     * the scratch buffer), so a fill never gets slower by default: on a
     * 2-core machine a plain float32 `uniform` (its copy costs more than its
     * fill) stays on one thread; with the initial cost estimates
     * `SharedArrayBuffer`-backed `uniform` splits from about 1.7M float32
     * elements, `normal` from about 0.9M, plain `normal` from about 1.9M.
     */
    minElements?: number;
    /** Smallest share of one thread, in elements. Default: 2^16. */
    minPerThread?: number;
    /**
     * While the workers run, give the parameters of newly built `torch.nn`
     * modules `SharedArrayBuffer` storage (as `empty(shape, { shared: true })`
     * does), so that the workers fill them in place instead of through a
     * scratch buffer the calling thread copies from. Their values, state
     * dicts and safetensors files are the same; only `data.buffer` differs
     * (pass `data.slice()` to APIs that refuse shared views, such as `Blob` or
     * `crypto.subtle`). Ends with `initWorkers(0)` (or a pool that could not
     * start). V8 returns a discarded `SharedArrayBuffer`'s memory later than
     * an `ArrayBuffer`'s, and on a 2-core machine it sped large single fills
     * up but not a whole GPT-2 construction (docs/performance.md). Default:
     * `false`.
     */
    sharedParameters?: boolean;
}
/** What the last split fill did (for the tests): its ranges and the ranges redone here. */
export interface ParallelReport {
    ranges: readonly Range[];
    redone: number;
    /** Milliseconds: the whole split fill (from posting the tasks), the calling thread's range, its wait, its copies. */
    totalMs: number;
    mainMs: number;
    waitMs: number;
    copyMs: number;
    /** Per worker: [jump ms, fill ms]. */
    workers: [number, number][];
}
/** Running totals of the split fills since the last reset (for the benchmarks' profiles). */
export interface ParallelTotals {
    fills: number;
    elements: number;
    /** Wall ms of the split fills, and of their parts on the calling thread. */
    totalMs: number;
    mainMs: number;
    waitMs: number;
    copyMs: number;
}
/** A copy of the running totals; `reset` zeroes them afterwards. Internal, for the benchmarks. */
export declare function parallelTotals(reset?: boolean): ParallelTotals;
/** The report of the last split fill, or null; internal, for the tests. */
export declare function lastParallelFill(): ParallelReport | null;
/**
 * Keep the workers but fill on the calling thread (`true`) or split again
 * (`false`); internal, for the benchmarks' one-thread baseline.
 */
export declare function pauseWorkers(paused: boolean): void;
/** Default: split only when the planner predicts at least this speed-up. */
export declare const MIN_SPEEDUP = 1.1;
/**
 * Replace the planner's costs of one kind of fill (ms per element; jump and
 * handover in ms); internal, for the tests, which must not depend on timing.
 * A plain buffer's `copy` is stored for its dtype (every op shares it).
 */
export declare function setParallelCosts(op: ParallelOp, dtype: "float32" | "float64", shared: boolean, costs: Costs): void;
/**
 * Split large elementwise fills across `n` threads (the calling thread and
 * `n - 1` workers), with exactly the single-threaded bits: MT19937 jump-ahead
 * puts every thread at its offset in the stream, and the generator ends in
 * the single-threaded final state (same `getState()` bytes). `n` of 0 or 1
 * stops the workers and fills on one thread again.
 *
 * Covers `uniform`, `normal` (contiguous, 16 elements or more),
 * `kaimingUniform`, `kaimingNormal`, `xavierUniform`, `xavierNormal` and
 * `truncNormal` (inverse-CDF releases) on contiguous tensors large enough to
 * gain (see `minElements`); everything else runs on the calling thread. The
 * fills stay synchronous: the calling thread fills its share, then waits for
 * the workers. By default a fill is split only when the planner predicts a
 * gain of at least 1.1× (see `minElements`). Give the tensor a
 * `SharedArrayBuffer` (`empty(shape, { shared: true })`; for modules the
 * `sharedParameters` option) to save the copy of the workers' shares, which
 * costs about as much as a float32 `uniform` fill itself. Works with Web Workers (Deno, Bun, browsers; a page must be
 * cross-origin isolated for `SharedArrayBuffer`) and Node's `worker_threads`;
 * without them it resolves to 1 and nothing changes. In Deno and browsers the
 * workers keep the process (page) busy until `initWorkers(0)`; in Node and
 * Bun they do not keep it alive. A plain (not shared) tensor's workers'
 * shares go through a shared scratch buffer, kept at its largest size until
 * `initWorkers(0)`. A later call replaces the pool (an earlier call still
 * starting resolves to 1).
 *
 * @param n Threads to use, counting the calling thread: 0 or 1 for none.
 * @param options `minElements`, `minPerThread` and `sharedParameters`.
 * @returns The number of threads the fills now use (1 when workers are
 * unavailable).
 * @throws {TypeError} If `n` is not a number, `options` is not an object or
 * `sharedParameters` is not a boolean.
 * @throws {RangeError} If `n` is not an integer in [0, 64] or an option is not
 * a positive integer.
 *
 * @example Two threads, the same bits as one
 * ```ts
 * import { empty, Generator, initWorkers, uniform } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * const one = uniform(empty([1 << 16]), { generator: new Generator().manualSeed(0) });
 * const threads = await initWorkers(2, { minElements: 1 << 12, minPerThread: 1 << 12 });
 * const g = new Generator().manualSeed(0);
 * const two = uniform(empty([1 << 16]), { generator: g });
 * await initWorkers(0);
 * assert.ok(threads === 1 || threads === 2);
 * assert.deepEqual(two.data, one.data);
 * ```
 *
 * @example Modules with shared parameters, filled in place
 * ```ts
 * import { initWorkers, manualSeed } from "@torch-parity/init";
 * import { Linear } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * manualSeed(0);
 * const one = new Linear(1024, 1024);
 * const threads = await initWorkers(2, { sharedParameters: true });
 * manualSeed(0);
 * const two = new Linear(1024, 1024);
 * await initWorkers(0);
 * if (threads === 2) assert.ok(two.weight.data.buffer instanceof SharedArrayBuffer);
 * assert.deepEqual(two.weight.data, one.weight.data);
 * assert.deepEqual(two.stateDict().get("bias")!.data, one.bias!.data);
 * ```
 */
export declare function initWorkers(n: number, options?: InitWorkersOptions): Promise<number>;
