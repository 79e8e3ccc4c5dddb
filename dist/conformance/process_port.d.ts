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
import type { Port } from "./port.js";
export { PortFailure, PortRefusal } from "./_protocol_client.js";
/** Options for {@linkcode processPort}. */
export interface ProcessPortOptions {
    /** Milliseconds to wait for each reply. Default: 30 000. */
    timeoutMs?: number;
    /** Extra environment variables for the child. */
    env?: Record<string, string>;
}
/** Split a shell-like command line into words (double and single quotes supported). */
export declare function splitCommand(command: string): string[];
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
export declare function processPort(command: string, options?: ProcessPortOptions): Promise<Port>;
