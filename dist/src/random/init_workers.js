/* @ts-self-types="./init_workers.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
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
import { getTorchVersion } from "./torch_version.js";
import { getLibm } from "./libm.js";
import { wasmKernels } from "./_wasm.js";
import { setParallelFill } from "./_worker_hook.js";
import { planRanges, planSplit } from "./_worker_plan.js";
import { setSharedParameters } from "../_shared_storage.js";
import { setWarningHandler } from "../init/warnings.js";
import { CONTROL_BYTES, FINAL_STATE_AT, packState, runRange, STATUS_DONE, STATUS_PENDING, TIMINGS_AT, unpackState, } from "./_worker_task.js";
import { MT_N } from "./_mt19937.js";
let pool = null;
/** Bumped by every call of initWorkers: a call overtaken by a later one gives up its workers. */
let generation = 0;
let lastReport = null;
const totals = {
    fills: 0,
    elements: 0,
    totalMs: 0,
    mainMs: 0,
    waitMs: 0,
    copyMs: 0,
};
/** A copy of the running totals; `reset` zeroes them afterwards. Internal, for the benchmarks. */
export function parallelTotals(reset = false) {
    const out = { ...totals };
    if (reset) {
        for (const k of Object.keys(totals))
            totals[k] = 0;
    }
    return out;
}
/** The report of the last split fill, or null; internal, for the tests. */
export function lastParallelFill() {
    return lastReport;
}
/** Most threads a pool may have (one status word each before the final state). */
const MAX_THREADS = FINAL_STATE_AT;
/** The worker module next to this one, with this module's extension (.ts or .js). */
function workerUrl() {
    const here = new URL(import.meta.url);
    const ext = /\.[cm]?[jt]s$/.exec(here.pathname)?.[0] ?? ".js";
    return new URL(`./_worker${ext}`, here);
}
/** Start one worker and wait for its "ready" (or give up after `ms`). */
async function spawn(url, ms) {
    const g = globalThis;
    let w;
    let listen;
    // A worker that cannot load (no read permission, a blocked URL) fails its
    // start at once; the error must not reach the host as uncaught.
    let failed = () => { };
    try {
        if (typeof g.Worker === "function") {
            // Deno, Bun, browsers.
            w = new g.Worker(url, { type: "module" });
            listen = (f) => w.addEventListener("message", (e) => f(e.data));
            w.addEventListener?.("error", (e) => {
                e.preventDefault?.();
                failed();
            });
        }
        else {
            // Node: worker_threads behind the same small interface.
            const { Worker } = await import("node:worker_threads");
            w = new Worker(url);
            listen = (f) => w.on("message", f);
            w.on?.("error", () => failed());
        }
    }
    catch {
        return null;
    }
    const ready = await new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), ms);
        failed = () => {
            clearTimeout(timer);
            resolve(false);
        };
        listen((data) => {
            const type = data?.type;
            if (type === "ready" || type === "failed") {
                clearTimeout(timer);
                resolve(type === "ready");
            }
        });
        w.postMessage({ type: "init" });
    });
    if (!ready) {
        w.terminate();
        return null;
    }
    // Node and Bun: an idle worker does not keep the process alive.
    w.unref?.();
    return { post: (m) => w.postMessage(m), terminate: () => void w.terminate() };
}
/**
 * Keep the workers but fill on the calling thread (`true`) or split again
 * (`false`); internal, for the benchmarks' one-thread baseline.
 */
export function pauseWorkers(paused) {
    if (pool !== null)
        setParallelFill(paused ? null : fillParallel);
}
function stop() {
    if (pool === null)
        return;
    setParallelFill(null);
    setSharedParameters(false);
    for (const w of pool.workers)
        w.terminate();
    pool = null;
}
/** Block until `status[slot]` leaves PENDING or `deadline` (ms) passes. */
function waitFor(status, slot, deadline) {
    for (;;) {
        const s = Atomics.load(status, slot);
        if (s !== STATUS_PENDING)
            return s;
        const rest = deadline - performance.now();
        if (rest <= 0)
            return STATUS_PENDING;
        try {
            Atomics.wait(status, slot, STATUS_PENDING, rest);
        }
        catch {
            // A browser's main thread may not block: spin instead.
        }
    }
}
/**
 * Priors, before a kind of fill has been measured (this 2-core machine,
 * WebAssembly kernels, unloaded): one-thread fill, ms per element, float32
 * and float64.
 */
const SINGLE_MS = {
    uniform: [1.5e-6, 2.8e-6],
    normal: [3e-6, 8e-6],
    trunc_normal: [10e-6, 20e-6],
};
/** Prior copy out of the scratch buffer, ms per element (memory-bound: 1.7–1.9 ns per float32). */
const COPY_MS = [1.8e-6, 3.6e-6];
/** Prior jump (measured 1.2–1.8 ms at 4096²) and hand-over (post, wake-up, notice), ms. */
const JUMP_MS = 1.5;
const HANDOVER_MS = 0.3;
/** Default: split only when the planner predicts at least this speed-up. */
export const MIN_SPEEDUP = 1.1;
/** The costs the planner uses for one kind of fill: measured ones, else the priors. */
function costsFor(p, op, dtype, shared) {
    const d = dtype === "float32" ? 0 : 1;
    const measured = p.costs.get(`${op} ${dtype} ${shared}`);
    const copy = shared ? 0 : p.copy.get(dtype) ?? COPY_MS[d];
    if (measured !== undefined)
        return { ...measured, copy };
    const single = SINGLE_MS[op][d];
    return { main: single, worker: single, copy, jump: JUMP_MS, handover: HANDOVER_MS };
}
/**
 * Replace the planner's costs of one kind of fill (ms per element; jump and
 * handover in ms); internal, for the tests, which must not depend on timing.
 * A plain buffer's `copy` is stored for its dtype (every op shares it).
 */
export function setParallelCosts(op, dtype, shared, costs) {
    if (pool === null)
        return;
    pool.costs.set(`${op} ${dtype} ${shared}`, { ...costs });
    if (!shared)
        pool.copy.set(dtype, costs.copy);
}
/** The WebAssembly variant the calling thread uses, for the workers to use too. */
function currentWasm() {
    const k = wasmKernels();
    return k === null ? "none" : k.hardwareFma ? "auto" : "emulated";
}
function viewOf(float32, buffer, byteOffset, n) {
    return float32
        ? new Float32Array(buffer, byteOffset, n)
        : new Float64Array(buffer, byteOffset, n);
}
function fillParallel(op, layout, params, engine, capability) {
    const p = pool;
    if (p === null || p.busy || !layout.contiguous)
        return false;
    const n = layout.numel;
    if (n < (p.minElements ?? LEARN_MIN))
        return false;
    const float32 = layout.dtype === "float32";
    const data = layout.data;
    const shared = typeof SharedArrayBuffer === "function" &&
        data.buffer instanceof SharedArrayBuffer;
    const key = `${op} ${layout.dtype} ${shared}`;
    const plan = planSplit(costsFor(p, op, layout.dtype, shared), n, p.workers.length);
    // By default only a predicted gain splits (a plain buffer's copy can cost
    // more than the fill); an explicit minElements splits whatever is large enough.
    if (p.minElements === null && plan.speedup < MIN_SPEEDUP)
        return false;
    const ranges = planRanges(layout.numel, p.workers.length + 1, engine.mt.left, float32 ? 1 : 2, op === "normal" ? 16 : 1, p.minPerThread, n < LEARN_MIN || !p.costs.has(key) ? undefined : plan.share);
    if (ranges.length < 2)
        return false;
    p.busy = true;
    try {
        run(p, op, layout, params, engine, capability, ranges, float32, shared);
        if (n >= LEARN_MIN)
            learn(p, key, shared, layout.dtype, lastReport);
    }
    finally {
        p.busy = false;
    }
    return true;
}
/** Fills smaller than this are split evenly and teach nothing (their timings are noise). */
const LEARN_MIN = 1 << 18;
/** Fold a split fill's timings into the running averages of its kind. */
function learn(p, key, shared, dtype, report) {
    if (report === null || report.redone !== 0)
        return;
    const r = report.ranges;
    const rest = r.slice(1).reduce((a, x) => a + x.count, 0);
    const workerMs = report.workers.map((w) => w[0] + w[1]);
    const sample = {
        main: report.mainMs / r[0].count,
        worker: report.workers.reduce((a, w, i) => a + w[1] / r[i + 1].count, 0) /
            report.workers.length,
        copy: shared ? 0 : report.copyMs / rest,
        jump: report.workers.reduce((a, w) => a + w[0], 0) / report.workers.length,
        // What the wall time had beyond the slower side's work and the copies.
        handover: Math.max(0, report.totalMs - report.copyMs - Math.max(report.mainMs, ...workerMs)),
    };
    const k = 0.3;
    const mix = (old, x) => (1 - k) * old + k * x;
    if (!shared) {
        const old = p.copy.get(dtype);
        p.copy.set(dtype, old === undefined ? sample.copy : mix(old, sample.copy));
    }
    const old = p.costs.get(key);
    if (old === undefined) {
        p.costs.set(key, sample);
        return;
    }
    for (const f of ["main", "worker", "copy", "jump", "handover"]) {
        old[f] = mix(old[f], sample[f]);
    }
}
function run(p, op, layout, params, engine, capability, ranges, float32, shared) {
    const data = layout.data;
    const bytes = float32 ? 4 : 8;
    const status = new Int32Array(p.control);
    const start = performance.now();
    const first = ranges[1].start;
    if (!shared) {
        const need = (layout.numel - first) * bytes;
        if (p.scratch === null || p.scratch.byteLength < need)
            p.scratch = new SharedArrayBuffer(need);
    }
    const out = shared ? data.buffer : p.scratch;
    const base = {
        op,
        float32,
        params: [...params],
        capability,
        version: getTorchVersion(),
        libm: getLibm(),
        wasm: currentWasm(),
        state: packState(engine.mt),
        buffer: out,
        control: p.control,
    };
    const tasks = [];
    for (let i = 1; i < ranges.length; i++) {
        const r = ranges[i];
        const byteOffset = shared
            ? data.byteOffset + (layout.offset + r.start) * bytes
            : (r.start - first) * bytes;
        const task = {
            ...base,
            skip: r.skip,
            count: r.count,
            byteOffset,
            slot: i,
            last: i === ranges.length - 1,
        };
        Atomics.store(status, i, STATUS_PENDING);
        tasks.push(task);
        p.workers[i - 1].post({ type: "task", task });
    }
    // The first range here, with the warnings already given by the caller silenced.
    const quiet = setWarningHandler(() => { });
    let finalState = null;
    try {
        const t0 = performance.now();
        runRange({ ...base, skip: 0, count: ranges[0].count }, data, layout.offset);
        const t1 = performance.now();
        let waitMs = 0;
        let copyMs = 0;
        const deadline = performance.now() + 30_000 + layout.numel * 2e-3;
        let hung = false;
        let redone = 0;
        for (const task of tasks) {
            const w0 = performance.now();
            const s = waitFor(status, task.slot, deadline);
            const w1 = performance.now();
            waitMs += w1 - w0;
            if (s === STATUS_PENDING)
                hung = true;
            const at = layout.offset + ranges[task.slot].start;
            if (s === STATUS_DONE && !shared) {
                data.set(viewOf(float32, out, task.byteOffset, task.count), at);
                copyMs += performance.now() - w1;
            }
            else if (s !== STATUS_DONE) {
                // The worker failed or hangs: fill its range here.
                redone++;
                const mt = runRange(task, data, at);
                if (task.last)
                    finalState = packState(mt);
            }
            if (task.last && finalState === null) {
                finalState = new Uint32Array(p.control, 4 * FINAL_STATE_AT, MT_N + 2).slice();
            }
        }
        const times = new Float64Array(p.control, 8 * TIMINGS_AT, 2 * tasks.length + 2);
        lastReport = {
            ranges,
            redone,
            totalMs: performance.now() - start,
            mainMs: t1 - t0,
            waitMs,
            copyMs,
            workers: tasks.map((t) => [times[2 * t.slot], times[2 * t.slot + 1]]),
        };
        totals.fills++;
        totals.elements += layout.numel;
        totals.totalMs += lastReport.totalMs;
        totals.mainMs += lastReport.mainMs;
        totals.waitMs += waitMs;
        totals.copyMs += copyMs;
        if (hung)
            stop();
    }
    finally {
        setWarningHandler(quiet);
    }
    unpackState(finalState, engine.mt);
}
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
export async function initWorkers(n, options) {
    const what = "Cannot start workers";
    if (typeof n !== "number") {
        throw new TypeError(`${what}: n must be a number, received ${typeof n}`);
    }
    if (!Number.isInteger(n) || n < 0 || n > MAX_THREADS) {
        throw new RangeError(`${what}: n must be an integer in [0, ${MAX_THREADS}], received ${n}`);
    }
    if (options !== undefined && (options === null || typeof options !== "object")) {
        throw new TypeError(`${what}: options must be an object, received ${String(options)}`);
    }
    const minElements = options?.minElements ?? null;
    const minPerThread = options?.minPerThread ?? 1 << 16;
    const sharedParameters = options?.sharedParameters ?? false;
    if (typeof sharedParameters !== "boolean") {
        throw new TypeError(`${what}: sharedParameters must be a boolean, received ${String(sharedParameters)}`);
    }
    for (const [name, v] of [["minElements", minElements ?? 1], ["minPerThread", minPerThread]]) {
        if (typeof v !== "number") {
            throw new TypeError(`${what}: ${name} must be a number, received ${typeof v}`);
        }
        if (!Number.isSafeInteger(v) || v < 1) {
            throw new RangeError(`${what}: ${name} must be a positive integer, received ${v}`);
        }
    }
    stop();
    const mine = ++generation;
    if (n <= 1)
        return 1;
    const g = globalThis;
    if (typeof SharedArrayBuffer !== "function" || typeof Atomics !== "object" ||
        g.crossOriginIsolated === false) {
        return 1;
    }
    const url = workerUrl();
    const started = await Promise.all(Array.from({ length: n - 1 }, () => spawn(url, 60_000)));
    const workers = started.filter((w) => w !== null);
    if (workers.length < started.length || mine !== generation) {
        for (const w of workers)
            w.terminate();
        return 1;
    }
    pool = {
        workers,
        control: new SharedArrayBuffer(CONTROL_BYTES),
        scratch: null,
        minElements,
        minPerThread,
        busy: false,
        costs: new Map(),
        copy: new Map(),
    };
    setParallelFill(fillParallel);
    setSharedParameters(sharedParameters);
    return n;
}
