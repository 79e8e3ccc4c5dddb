/* @ts-self-types="./pyodide_port.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
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
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { connect, PortFailure } from "./_protocol_client.js";
/** The Pyodide release this host loads (CPython 3.14). */
export const PYODIDE_VERSION = "314.0.7";
const PYODIDE_SPECIFIER = `npm:pyodide@${PYODIDE_VERSION}`;
const WORKER_NAME = "torch-parity-pyodide-port";
/** Time allowed for loading Pyodide and running the module's top level. */
const LOAD_TIMEOUT_MS = 120_000;
const STDERR_LIMIT = 20_000;
/** How long an interrupted interpreter gets to stop before its worker is terminated anyway. */
const INTERRUPT_GRACE_MS = 5_000;
/** Python run once in the worker: exec the port's source as a real module. */
const LOADER = `
import sys, types
def _torch_parity_load(path, source):
    module = types.ModuleType("torch_parity_port")
    module.__file__ = path
    sys.modules[module.__name__] = module
    exec(compile(source, path, "exec"), module.__dict__)
    handle = getattr(module, "handle_json", None)
    if not callable(handle):
        raise TypeError(f"{path} defines no callable handle_json(line)")
    return handle
`;
function errorText(e) {
    const text = e instanceof Error ? e.message : String(e);
    return text.length > 2000 ? "…" + text.slice(-2000) : text;
}
/** The worker side: load Pyodide once, exec the module, answer calls in order. */
function runWorker(scope) {
    let pyodide = null;
    let handle = null;
    let exited = false;
    let queue = Promise.resolve();
    const send = (m) => scope.postMessage(m);
    const output = (text) => send({ type: "output", text: text + "\n" });
    // A Python exception arrives as a PythonError; anything else (exit(), a WebAssembly trap,
    // "Pyodide already exited") means the interpreter is no longer usable.
    const isExit = (e) => exited ||
        !(e instanceof Error && (e.name === "PythonError" || e.constructor?.name === "PythonError"));
    async function load(path, source, interrupt) {
        // A computed specifier: Deno fetches Pyodide (14 MB) when a Python port starts, not for
        // every program that imports the harness.
        const { loadPyodide } = await import(PYODIDE_SPECIFIER);
        const py = (await loadPyodide({
            stdout: output,
            stderr: output,
            stdin: () => null,
        }));
        pyodide = py;
        if (interrupt)
            py.setInterruptBuffer(interrupt);
        py.runPython(LOADER);
        // Put the source in the virtual file system too, so tracebacks show its lines.
        const dir = path.slice(0, path.lastIndexOf("/"));
        if (dir)
            py.FS.mkdirTree(dir);
        py.FS.writeFile(path, source);
        handle = py.globals.get("_torch_parity_load")(path, source);
    }
    function call(line) {
        if (!pyodide || !handle)
            return { type: "failure", kind: "exit", message: "port not loaded" };
        let result;
        try {
            result = handle(line);
        }
        catch (e) {
            if (isExit(e)) {
                exited = true;
                return { type: "failure", kind: "exit", message: `interpreter exited: ${errorText(e)}` };
            }
            return {
                type: "failure",
                kind: "protocol",
                message: `handle_json raised: ${errorText(e)}`,
            };
        }
        if (typeof result === "string")
            return { type: "reply", line: result };
        const shown = result === null || result === undefined
            ? "None"
            : typeof result === "object" || typeof result === "function"
                ? String(result.type ?? typeof result)
                : `${typeof result} ${String(result).slice(0, 60)}`;
        result?.destroy?.();
        return {
            type: "failure",
            kind: "protocol",
            message: `handle_json returned ${shown}, not str`,
        };
    }
    scope.addEventListener("message", (event) => {
        const m = event.data;
        queue = queue.then(async () => {
            if (m.type === "load") {
                try {
                    await load(m.path, m.source, m.interrupt);
                    send({ type: "loaded" });
                }
                catch (e) {
                    send({
                        type: "failure",
                        kind: isExit(e) ? "exit" : "protocol",
                        message: `could not load ${m.path}: ${errorText(e)}`,
                    });
                }
            }
            else {
                send(call(m.line));
            }
        });
    });
}
class PyodideClient {
    #path;
    #source;
    #timeoutMs;
    #session = null;
    #ready = null;
    #nextId = 1;
    #chain = Promise.resolve();
    stderr = "";
    constructor(path, source, timeoutMs) {
        this.#path = path;
        this.#source = source;
        this.#timeoutMs = timeoutMs;
    }
    #start() {
        const worker = new Worker(import.meta.url, { type: "module", name: WORKER_NAME });
        const session = {
            worker,
            interrupt: new Int32Array(new SharedArrayBuffer(4)),
            waiting: null,
        };
        worker.onmessage = (event) => {
            const m = event.data;
            if (m.type === "output") {
                if (this.stderr.length < STDERR_LIMIT)
                    this.stderr += m.text;
                return;
            }
            const w = session.waiting;
            session.waiting = null;
            w?.resolve(m);
        };
        worker.onerror = (event) => {
            event.preventDefault();
            const w = session.waiting;
            session.waiting = null;
            this.#stop(session);
            w?.reject(new PortFailure("exit", `Pyodide worker crashed: ${event.message}`));
        };
        this.#session = session;
        return session;
    }
    /**
     * Stop `session`'s worker. `Worker.terminate()` does not stop WebAssembly
     * that is busy (the thread would spin on), so a busy interpreter is first
     * interrupted (KeyboardInterrupt) and terminated once it has answered, or
     * after a grace period in any case.
     */
    #stop(session) {
        if (this.#session === session) {
            this.#session = null;
            this.#ready = null;
        }
        if (session.waiting === null) {
            session.worker.terminate();
            return;
        }
        Atomics.store(session.interrupt, 0, 2);
        const grace = setTimeout(() => session.worker.terminate(), INTERRUPT_GRACE_MS);
        session.waiting = {
            resolve: () => {
                clearTimeout(grace);
                session.worker.terminate();
            },
            reject: () => clearTimeout(grace),
        };
    }
    /** Send one message and wait for the worker's answer, or stop it after `ms`. */
    #exchange(message, ms) {
        const session = this.#session ?? this.#start();
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                this.#stop(session);
                reject(new PortFailure("timeout", `no reply within ${ms} ms`));
            }, ms);
            session.waiting = {
                resolve: (m) => {
                    clearTimeout(timer);
                    resolve(m);
                },
                reject: (e) => {
                    clearTimeout(timer);
                    reject(e);
                },
            };
            session.worker.postMessage(message.type === "load" ? { ...message, interrupt: session.interrupt } : message);
        });
    }
    #ensureLoaded() {
        this.#ready ??= this.#exchange({ type: "load", path: this.#path, source: this.#source }, Math.max(LOAD_TIMEOUT_MS, this.#timeoutMs)).then((m) => {
            if (m.type !== "loaded") {
                this.kill();
                throw m.type === "failure"
                    ? new PortFailure(m.kind, m.message)
                    : new PortFailure("protocol", `unexpected message ${m.type}`);
            }
        });
        return this.#ready;
    }
    async #send(message) {
        await this.#ensureLoaded();
        const id = this.#nextId++;
        const m = await this.#exchange({ type: "call", line: JSON.stringify({ id, ...message }) }, this.#timeoutMs);
        if (m.type === "failure") {
            if (m.kind === "exit")
                this.kill();
            throw new PortFailure(m.kind, m.message);
        }
        if (m.type !== "reply")
            throw new PortFailure("protocol", `unexpected message ${m.type}`);
        const line = m.line.trim();
        let reply;
        try {
            reply = JSON.parse(line);
        }
        catch {
            throw new PortFailure("protocol", `reply is not JSON: ${line.slice(0, 120)}`);
        }
        if (reply === null || typeof reply !== "object" || Array.isArray(reply)) {
            throw new PortFailure("protocol", `reply is not a JSON object: ${line.slice(0, 120)}`);
        }
        const r = reply;
        if (r.id !== id) {
            throw new PortFailure("protocol", `reply with unexpected id ${String(r.id)}`);
        }
        return r;
    }
    /** Send `message` (after every earlier one has been answered) and return the reply object. */
    request(message) {
        const result = this.#chain.then(() => this.#send(message));
        this.#chain = result.catch(() => { });
        return result;
    }
    /** Stop the interpreter; the next request starts a fresh one. */
    kill() {
        const session = this.#session;
        if (!session)
            return;
        const w = session.waiting;
        this.#stop(session);
        w?.reject(new PortFailure("exit", "port closed"));
    }
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
export async function pyodidePort(path, options = {}) {
    let source;
    try {
        source = await readFile(path, "utf8");
    }
    catch (e) {
        throw new PortFailure("exit", `could not read ${path}: ${errorText(e)}`);
    }
    const client = new PyodideClient(resolve(path), source, options.timeoutMs ?? 30_000);
    return await connect(client, path);
}
// This file is also the worker's entry point.
const scope = globalThis;
if (scope.name === WORKER_NAME && typeof scope.postMessage === "function") {
    runWorker(scope);
}
