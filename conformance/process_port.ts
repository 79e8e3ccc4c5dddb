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

import { type ChildProcess, spawn } from "node:child_process";
import process from "node:process";
import type { Port } from "./port.ts";
import { connect, PortFailure, type Requester } from "./_protocol_client.ts";

export { PortFailure, PortRefusal } from "./_protocol_client.ts";

/** Options for {@linkcode processPort}. */
export interface ProcessPortOptions {
  /** Milliseconds to wait for each reply. Default: 30 000. */
  timeoutMs?: number;
  /** Extra environment variables for the child. */
  env?: Record<string, string>;
}

interface Pending {
  resolve: (v: Record<string, unknown>) => void;
  reject: (e: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

/** Split a shell-like command line into words (double and single quotes supported). */
export function splitCommand(command: string): string[] {
  const words: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (const m of command.matchAll(re)) words.push(m[1] ?? m[2] ?? m[3]);
  return words;
}

class ProcessClient implements Requester {
  #argv: string[];
  #env: Record<string, string> | undefined;
  #timeoutMs: number;
  #child: ChildProcess | null = null;
  #buffer = "";
  #nextId = 1;
  #pending = new Map<number, Pending>();
  stderr = "";

  constructor(argv: string[], timeoutMs: number, env?: Record<string, string>) {
    this.#argv = argv;
    this.#timeoutMs = timeoutMs;
    this.#env = env;
  }

  #start(): ChildProcess {
    const [cmd, ...args] = this.#argv;
    const child = spawn(cmd, args, {
      stdio: ["pipe", "pipe", "pipe"],
      env: this.#env ? { ...process.env, ...this.#env } : process.env,
    });
    child.stdout!.setEncoding("utf8");
    child.stdout!.on("data", (chunk: string) => this.#onData(chunk));
    child.stderr!.setEncoding("utf8");
    child.stderr!.on("data", (chunk: string) => {
      if (this.stderr.length < 20_000) this.stderr += chunk;
    });
    const fail = (why: string) => {
      if (this.#child !== child) return;
      this.#child = null;
      this.#failAll(new PortFailure("exit", why));
    };
    child.on("error", (e) => fail(`could not run ${cmd}: ${e.message}`));
    child.on("exit", (code, signal) => fail(`port exited (${signal ?? `code ${code}`})`));
    child.stdin!.on("error", () => {});
    this.#child = child;
    return child;
  }

  #failAll(e: Error) {
    for (const [id, p] of this.#pending) {
      clearTimeout(p.timer);
      this.#pending.delete(id);
      p.reject(e);
    }
  }

  #onData(chunk: string) {
    this.#buffer += chunk;
    let nl: number;
    while ((nl = this.#buffer.indexOf("\n")) >= 0) {
      const line = this.#buffer.slice(0, nl).trim();
      this.#buffer = this.#buffer.slice(nl + 1);
      if (line === "") continue;
      let reply: Record<string, unknown>;
      try {
        reply = JSON.parse(line);
      } catch {
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
      } catch {
        // already gone
      }
    }
  }

  request(message: Record<string, unknown>): Promise<Record<string, unknown>> {
    const child = this.#child ?? this.#start();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new PortFailure("timeout", `no reply within ${this.#timeoutMs} ms`));
        this.kill();
      }, this.#timeoutMs);
      this.#pending.set(id, { resolve, reject, timer });
      child.stdin!.write(JSON.stringify({ id, ...message }) + "\n");
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
export async function processPort(
  command: string,
  options: ProcessPortOptions = {},
): Promise<Port> {
  const argv = splitCommand(command);
  if (argv.length === 0) throw new TypeError("Cannot start port: command is empty");
  const client = new ProcessClient(argv, options.timeoutMs ?? 30_000, options.env);
  return await connect(client, command);
}
