/* @ts-self-types="./process_port.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * A {@linkcode Port} backed by a child process that speaks the JSON-lines
 * protocol of `PROTOCOL.md` (`torch-parity-port/1`). The child is spawned
 * through `node:child_process`, so this works in Deno, Node and Bun.
 *
 * A misbehaving port never crashes the harness: a request that gets no reply
 * within the timeout, a reply that is not JSON, a reply for another id, or
 * the child exiting all reject that request with a {@linkcode PortFailure};
 * a dead or hung child is restarted for the next request.
 *
 * @module
 */
import { spawn } from "node:child_process";
import process from "node:process";
import { connect, PortFailure } from "./_protocol_client.js";
export { PortFailure, PortRefusal } from "./_protocol_client.js";
/** Split a shell-like command line into words (double and single quotes supported). */
export function splitCommand(command) {
    const words = [];
    const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
    for (const m of command.matchAll(re))
        words.push(m[1] ?? m[2] ?? m[3]);
    return words;
}
class ProcessClient {
    #argv;
    #env;
    #timeoutMs;
    #child = null;
    #buffer = "";
    #nextId = 1;
    #pending = new Map();
    stderr = "";
    constructor(argv, timeoutMs, env) {
        this.#argv = argv;
        this.#timeoutMs = timeoutMs;
        this.#env = env;
    }
    #start() {
        const [cmd, ...args] = this.#argv;
        const child = spawn(cmd, args, {
            stdio: ["pipe", "pipe", "pipe"],
            env: this.#env ? { ...process.env, ...this.#env } : process.env,
        });
        child.stdout.setEncoding("utf8");
        child.stdout.on("data", (chunk) => this.#onData(chunk));
        child.stderr.setEncoding("utf8");
        child.stderr.on("data", (chunk) => {
            if (this.stderr.length < 20_000)
                this.stderr += chunk;
        });
        const fail = (why) => {
            if (this.#child !== child)
                return;
            this.#child = null;
            this.#failAll(new PortFailure("exit", why));
        };
        child.on("error", (e) => fail(`could not run ${cmd}: ${e.message}`));
        child.on("exit", (code, signal) => fail(`port exited (${signal ?? `code ${code}`})`));
        child.stdin.on("error", () => { });
        this.#child = child;
        return child;
    }
    #failAll(e) {
        for (const [id, p] of this.#pending) {
            clearTimeout(p.timer);
            this.#pending.delete(id);
            p.reject(e);
        }
    }
    #onData(chunk) {
        this.#buffer += chunk;
        let nl;
        while ((nl = this.#buffer.indexOf("\n")) >= 0) {
            const line = this.#buffer.slice(0, nl).trim();
            this.#buffer = this.#buffer.slice(nl + 1);
            if (line === "")
                continue;
            let reply;
            try {
                reply = JSON.parse(line);
            }
            catch {
                this.#failAll(new PortFailure("protocol", `reply is not JSON: ${line.slice(0, 120)}`));
                this.kill();
                continue;
            }
            const id = typeof reply?.id === "number" ? reply.id : -1;
            const p = this.#pending.get(id);
            if (!p) {
                this.#failAll(new PortFailure("protocol", `reply with unexpected id ${String(reply?.id)}`));
                this.kill();
                continue;
            }
            clearTimeout(p.timer);
            this.#pending.delete(id);
            p.resolve(reply);
        }
    }
    kill() {
        const child = this.#child;
        this.#child = null;
        this.#buffer = "";
        if (child) {
            try {
                child.kill("SIGKILL");
            }
            catch {
                // already gone
            }
        }
    }
    request(message) {
        const child = this.#child ?? this.#start();
        const id = this.#nextId++;
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                this.#pending.delete(id);
                reject(new PortFailure("timeout", `no reply within ${this.#timeoutMs} ms`));
                this.kill();
            }, this.#timeoutMs);
            this.#pending.set(id, { resolve, reject, timer });
            child.stdin.write(JSON.stringify({ id, ...message }) + "\n");
        });
    }
}
/**
 * Start `command` and handshake with it (`hello`). Returns a {@linkcode Port}
 * whose methods send protocol requests.
 *
 * @param command The command line, e.g. `python3 conformance/examples/torch_port.py`.
 * @param options Timeout and environment.
 * @returns The connected port.
 * @throws {PortFailure} If the handshake fails.
 *
 * @example
 * ```ts ignore
 * import { processPort } from "./process_port.ts";
 * const port = await processPort("python3 conformance/examples/pure_port.py");
 * console.log(port.name, port.ops);
 * await port.close?.();
 * ```
 */
export async function processPort(command, options = {}) {
    const argv = splitCommand(command);
    if (argv.length === 0)
        throw new TypeError("Cannot start port: command is empty");
    const client = new ProcessClient(argv, options.timeoutMs ?? 30_000, options.env);
    return await connect(client, command);
}
