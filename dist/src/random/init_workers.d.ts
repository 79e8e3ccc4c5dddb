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
 * - The split balances measured costs: for each kind of fill (op, dtype,
 *   shared or plain buffer) of at least 2^18 elements the pool keeps running
 *   averages of the calling thread's fill and copy per element, a worker's
 *   fill per element and its jump, and gives the calling thread the share
 *   that makes all threads finish together (`_worker_plan.ts` then moves each
 *   start by at most 1% to the cheapest jump). Timing only moves the range
 *   boundaries; the values and the final state never depend on them.
 * - Only contiguous tensors large enough to gain are split (by default about
 *   8 ms of one-thread work and at least 2^20 elements; or `minElements`);
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
import { type Range } from "./_worker_plan.js";
/** Options for {@linkcode initWorkers}. */
export interface InitWorkersOptions {
    /**
     * Smallest number of elements a fill must have to be split. Default: the
     * fills that take about 8 ms or more on one thread (at least 2^20
     * elements; about 6.7M for float32 `uniform`, 2.7M for float32 `normal`,
     * 0.8M for float32 `truncNormal`): below that, handing over to the workers
     * and their jumps cost more than they save.
     */
    minElements?: number;
    /** Smallest share of one thread, in elements. Default: 2^16. */
    minPerThread?: number;
}
/** What the last split fill did (for the tests): its ranges and the ranges redone here. */
export interface ParallelReport {
    ranges: readonly Range[];
    redone: number;
    /** Milliseconds: the calling thread's range, its wait, its copies. */
    mainMs: number;
    waitMs: number;
    copyMs: number;
    /** Per worker: [jump ms, fill ms]. */
    workers: [number, number][];
}
/** The report of the last split fill, or null; internal, for the tests. */
export declare function lastParallelFill(): ParallelReport | null;
/**
 * Keep the workers but fill on the calling thread (`true`) or split again
 * (`false`); internal, for the benchmarks' one-thread baseline.
 */
export declare function pauseWorkers(paused: boolean): void;
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
 * the workers. Give the tensor a `SharedArrayBuffer` to save the copy of the
 * workers' shares. Works with Web Workers (Deno, Bun, browsers; a page must be
 * cross-origin isolated for `SharedArrayBuffer`) and Node's `worker_threads`;
 * without them it resolves to 1 and nothing changes. In Deno and browsers the
 * workers keep the process (page) busy until `initWorkers(0)`; in Node and
 * Bun they do not keep it alive. A plain (not shared) tensor's workers'
 * shares go through a shared scratch buffer, kept at its largest size until
 * `initWorkers(0)`. A later call replaces the pool (an earlier call still
 * starting resolves to 1).
 *
 * @param n Threads to use, counting the calling thread: 0 or 1 for none.
 * @param options `minElements` and `minPerThread`.
 * @returns The number of threads the fills now use (1 when workers are
 * unavailable).
 * @throws {TypeError} If `n` is not a number or `options` is not an object.
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
 */
export declare function initWorkers(n: number, options?: InitWorkersOptions): Promise<number>;
