/* @ts-self-types="./_worker_task.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * One thread's part of a parallel fill, the same code on the main thread and
 * in a worker: start from the engine state the whole fill starts from, jump
 * `skip` words ahead (`_jump.ts`), and run the ordinary single-threaded kernel
 * on the element range, which then draws exactly the words the whole fill
 * draws for those elements.
 *
 * @module
 */
import { MT_N } from "./_mt19937.js";
import { jumpWords } from "./_jump.js";
import { engineOf, Generator } from "./generator.js";
import { uniformFill } from "./_uniform.js";
import { normalFill } from "./_normal.js";
import { truncNormal } from "../init/trunc_normal.js";
import { layoutOf } from "../_layout.js";
/** Control block layout: one status word per thread, then 626 state words. */
export const STATUS_PENDING = 0;
export const STATUS_DONE = 1;
export const STATUS_FAILED = 2;
/** Int32 offset of the final state in the control block. */
export const FINAL_STATE_AT = 64;
/** Float64 offset of the per-slot timings (jump ms, fill ms) in the control block. */
export const TIMINGS_AT = Math.ceil((4 * (FINAL_STATE_AT + MT_N + 2)) / 8);
/** Bytes of a control block. */
export const CONTROL_BYTES = 8 * (TIMINGS_AT + 2 * FINAL_STATE_AT);
/** Pack an engine state as 626 words (words, left, next). */
export function packState(mt) {
    const s = new Uint32Array(MT_N + 2);
    s.set(mt.words);
    s[MT_N] = mt.left;
    s[MT_N + 1] = mt.next;
    return s;
}
/** The inverse of {@linkcode packState}, into `mt`. */
export function unpackState(s, mt) {
    mt.words.set(s.subarray(0, MT_N));
    mt.left = s[MT_N];
    mt.next = s[MT_N + 1];
}
/** Milliseconds the last {@linkcode runRange} spent jumping and filling. */
export const lastTimings = [0, 0];
/**
 * Fill `data[offset .. offset + count)` with the range's values and return
 * the engine state after it. Uses the calling thread's settings (capability
 * aside, which the task carries): a worker sets them from the task first.
 */
export function runRange(task, data, offset) {
    const generator = new Generator();
    const engine = engineOf(generator);
    unpackState(task.state, engine.mt);
    const t0 = performance.now();
    jumpWords(engine.mt, task.skip);
    const t1 = performance.now();
    const p = task.params;
    const tensor = { data, shape: [task.count], offset };
    if (task.op === "trunc_normal") {
        truncNormal(tensor, { mean: p[0], std: p[1], a: p[2], b: p[3], generator });
    }
    else {
        const layout = layoutOf(tensor, "Cannot fill a worker's range");
        if (task.op === "uniform")
            uniformFill(layout, p[0], p[1], engine, task.capability);
        else
            normalFill(layout, p[0], p[1], engine, task.capability);
    }
    lastTimings[0] = t1 - t0;
    lastTimings[1] = performance.now() - t1;
    return engine.mt;
}
