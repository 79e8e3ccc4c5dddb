/**
 * A {@linkcode Port} backed by a Python module run in Pyodide (CPython
 * compiled to WebAssembly, standard library only), for ports written in pure
 * Python: `--python-port ./port.py`. The module defines
 * `handle_json(line: str) -> str`; each `Port` method sends it the same
 * request line {@linkcode processPort} would write to a child's stdin and
 * reads the reply the same way (base64 payloads, `ok: false` →
 * {@linkcode PortRefusal}).
 *
 * The interpreter runs in a Web Worker (this same file, started under a
 * private name), so a hung module can be stopped: like a child process, a
 * worker that misses the timeout, dies, or whose interpreter exits is
 * terminated, the request rejects with a {@linkcode PortFailure}, and the next
 * request starts a fresh interpreter (module state, such as a seed, is lost).
 * A Python exception escaping `handle_json`, or a reply that is not a JSON
 * line for the request's id, rejects with `PortFailure("protocol")`.
 * Anything the module prints goes to the port's `stderr` diagnostics, as a
 * child's stderr does.
 *
 * Runs in Deno (`npm:` specifier, Web Workers); needs read access to the
 * module file and to Deno's npm cache, and environment access.
 *
 * @module
 */
import type { Port } from "./port.js";
/** The Pyodide release this host loads (CPython 3.14). */
export declare const PYODIDE_VERSION = "314.0.7";
/** Options for {@linkcode pyodidePort}. */
export interface PyodidePortOptions {
    /** Milliseconds to wait for each reply. Default: 30 000. (Loading may take up to 120 s.) */
    timeoutMs?: number;
}
/**
 * Load the Python port at `path` into Pyodide and handshake with it (`hello`).
 * Returns a {@linkcode Port} whose methods call the module's
 * `handle_json(line)` with the protocol requests of `PROTOCOL.md`, exactly as
 * {@linkcode processPort} writes them to a child process. Call `close()` to
 * stop the interpreter's worker.
 *
 * @param path Path of the Python module (read with `node:fs/promises`).
 * @param options Per-request timeout.
 * @returns The connected port; its `stderr` property holds what the module printed.
 * @throws {PortFailure} If the file cannot be read (`"exit"`), the module does
 * not load or has no `handle_json` (`"protocol"`), or the handshake fails.
 * @throws {PortRefusal} If the module refuses `hello`.
 *
 * @example
 * ```ts ignore
 * import { pyodidePort } from "./pyodide_port.ts";
 * import assert from "node:assert/strict";
 *
 * const port = await pyodidePort("conformance/examples/pure_port.py");
 * try {
 *   assert.deepEqual(await port.calculateFanInAndFanOut!([32, 16, 3, 3]), [144, 288]);
 *   const eye = await port.init!({ op: "eye_", shape: [2, 2], dtype: "float32", args: {} });
 *   assert.deepEqual(Array.from(eye), [1, 0, 0, 1]);
 * } finally {
 *   await port.close?.();
 * }
 * ```
 */
export declare function pyodidePort(path: string, options?: PyodidePortOptions): Promise<Port>;
