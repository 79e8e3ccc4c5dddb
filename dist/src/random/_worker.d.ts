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
export {};
