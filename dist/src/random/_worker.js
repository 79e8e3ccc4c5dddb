/* @ts-self-types="./_worker.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The worker of the parallel fill (started by `initWorkers`). The same module
 * runs as a Web Worker (Deno, Bun, browsers) and as a Node `worker_threads`
 * worker. Messages:
 *
 * - `{ type: "init" }`: compile the WebAssembly kernels and decode the jump
 *   table, then answer `{ type: "ready" }` (or `{ type: "failed" }`).
 * - `{ type: "task", task }` ({@linkcode FillTask}): take the main thread's
 *   settings, fill the range into the shared buffer, write the final state if
 *   it is the last range, then set the task's status word and notify. The
 *   main thread may be blocked in `Atomics.wait` meanwhile, so nothing here
 *   waits for it.
 *
 * @module
 */
import { setCpuCapability } from "./capability.js";
import { setTorchVersion } from "./torch_version.js";
import { setLibm } from "./libm.js";
import { setWasmVariant, wasmKernels } from "./_wasm.js";
import { setWarningHandler } from "../init/warnings.js";
import { applyPolynomial, jumpPolynomial } from "./_jump.js";
import { MT_N } from "./_mt19937.js";
import { FINAL_STATE_AT, lastTimings, packState, runRange, STATUS_DONE, STATUS_FAILED, TIMINGS_AT, } from "./_worker_task.js";
function warmUp() {
    wasmKernels();
    // Decode the table and let the engine optimise the Horner loop.
    const words = new Uint32Array(MT_N).fill(1);
    for (let j = 0; j < 25; j++)
        jumpPolynomial(j);
    applyPolynomial(words, jumpPolynomial(3));
}
function runTask(t) {
    const status = new Int32Array(t.control);
    try {
        setCpuCapability(t.capability);
        setTorchVersion(t.version);
        setLibm(t.libm);
        setWasmVariant(t.wasm);
        const data = t.float32
            ? new Float32Array(t.buffer, t.byteOffset, t.count)
            : new Float64Array(t.buffer, t.byteOffset, t.count);
        const mt = runRange(t, data, 0);
        new Float64Array(t.control, 8 * TIMINGS_AT + 16 * t.slot, 2).set(lastTimings);
        if (t.last)
            new Uint32Array(t.control, 4 * FINAL_STATE_AT, MT_N + 2).set(packState(mt));
        Atomics.store(status, t.slot, STATUS_DONE);
    }
    catch {
        Atomics.store(status, t.slot, STATUS_FAILED);
    }
    Atomics.notify(status, t.slot);
}
function handle(message, reply) {
    const m = message;
    if (m.type === "task" && m.task !== undefined)
        runTask(m.task);
    else if (m.type === "init") {
        try {
            warmUp();
            reply({ type: "ready" });
        }
        catch (e) {
            reply({ type: "failed", error: String(e) });
        }
    }
}
// The range's warnings were already given on the main thread.
setWarningHandler(() => { });
const scope = globalThis;
if (typeof scope.postMessage === "function" && typeof scope.addEventListener === "function") {
    const reply = scope.postMessage.bind(globalThis);
    scope.addEventListener("message", (e) => handle(e.data, reply));
}
else {
    const { parentPort } = await import("node:worker_threads");
    if (parentPort !== null) {
        const port = parentPort;
        port.on("message", (data) => handle(data, (m) => port.postMessage(m)));
    }
}
