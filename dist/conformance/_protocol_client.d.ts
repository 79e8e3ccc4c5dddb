/**
 * The client side of the port protocol (`PROTOCOL.md`), shared by the
 * child-process and the Pyodide hosts: errors, reply decoding, and the
 * {@linkcode Port} built on top of a request function.
 *
 * @module
 */
import type { Port } from "./port.js";
/**
 * The port broke the protocol or its process failed (as opposed to refusing a call).
 *
 * @example
 * ```ts
 * import { PortFailure } from "./process_port.ts";
 * import assert from "node:assert/strict";
 *
 * const e = new PortFailure("timeout", "no reply within 1000 ms");
 * assert.equal(e.kind, "timeout");
 * ```
 */
export declare class PortFailure extends Error {
    /** What went wrong: `"timeout"`, `"protocol"` or `"exit"`. */
    readonly kind: "timeout" | "protocol" | "exit";
    /** Create a failure of `kind`. */
    constructor(kind: "timeout" | "protocol" | "exit", message: string);
}
/**
 * A refusal reported by the port (`ok: false`), like an exception torch raises.
 *
 * @example
 * ```ts
 * import { PortRefusal } from "./process_port.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(new PortRefusal("ValueError", "bad mode").type, "ValueError");
 * ```
 */
export declare class PortRefusal extends Error {
    /** The exception type the port named, e.g. `ValueError`. */
    readonly type: string;
    /** Create a refusal. */
    constructor(type: string, message: string);
}
/** Something that sends one protocol request and resolves with the reply. */
export interface Requester {
    request(message: Record<string, unknown>): Promise<Record<string, unknown>>;
    /** Stop the port (kill the process or the interpreter). */
    kill(): void;
    /** What the port printed as diagnostics. */
    readonly stderr: string;
}
export declare function decode(reply: Record<string, unknown>, dtype: "float32" | "float64" | "uint32", count: number): Float32Array | Float64Array | Uint32Array;
export declare function unwrap(reply: Record<string, unknown>): Record<string, unknown>;
/**
 * Handshake with a port (`hello`) and return a {@linkcode Port} whose methods
 * send protocol requests through `client`.
 */
export declare function connect(client: Requester, fallbackName: string): Promise<Port>;
