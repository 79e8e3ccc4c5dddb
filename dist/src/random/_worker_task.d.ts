/**
 * One thread's part of a parallel fill, the same code on the main thread and
 * in a worker: start from the engine state the whole fill starts from, jump
 * `skip` words ahead (`_jump.ts`), and run the ordinary single-threaded kernel
 * on the element range, which then draws exactly the words the whole fill
 * draws for those elements.
 *
 * @module
 */
import { type MtState } from "./_mt19937.js";
import type { CpuCapability } from "./capability.js";
import type { TorchVersion } from "./torch_version.js";
import type { Libm } from "./libm.js";
import type { WasmVariant } from "./_wasm.js";
import type { ParallelOp } from "./_worker_hook.js";
/** Everything a worker needs to fill its range; structured-clone friendly. */
export interface FillTask {
    op: ParallelOp;
    float32: boolean;
    /** uniform: from, to; normal: mean, std; trunc_normal: mean, std, a, b. */
    params: number[];
    capability: CpuCapability;
    version: TorchVersion;
    libm: Libm;
    wasm: WasmVariant;
    /** The engine before the whole fill: 624 words, then left, then next. */
    state: Uint32Array;
    /** Words to jump before the range's first draw. */
    skip: number;
    /** Elements in the range. */
    count: number;
    /** Where the range's values go: a SharedArrayBuffer and a byte offset. */
    buffer: SharedArrayBuffer;
    byteOffset: number;
    /** Control block: [status, …] as Int32, the final state after it. */
    control: SharedArrayBuffer;
    /** Int32 index of this task's status word in `control`. */
    slot: number;
    /** Whether this is the last range (its final state is the generator's). */
    last: boolean;
}
/** Control block layout: one status word per thread, then 626 state words. */
export declare const STATUS_PENDING = 0;
export declare const STATUS_DONE = 1;
export declare const STATUS_FAILED = 2;
/** Int32 offset of the final state in the control block. */
export declare const FINAL_STATE_AT = 64;
/** Float64 offset of the per-slot timings (jump ms, fill ms) in the control block. */
export declare const TIMINGS_AT: any;
/** Bytes of a control block. */
export declare const CONTROL_BYTES: number;
/** Pack an engine state as 626 words (words, left, next). */
export declare function packState(mt: MtState): Uint32Array;
/** The inverse of {@linkcode packState}, into `mt`. */
export declare function unpackState(s: Uint32Array, mt: MtState): void;
/** Milliseconds the last {@linkcode runRange} spent jumping and filling. */
export declare const lastTimings: [number, number];
/**
 * Fill `data[offset .. offset + count)` with the range's values and return
 * the engine state after it. Uses the calling thread's settings (capability
 * aside, which the task carries): a worker sets them from the task first.
 */
export declare function runRange(task: Pick<FillTask, "op" | "params" | "capability" | "state" | "skip" | "count">, data: Float32Array | Float64Array, offset: number): MtState;
