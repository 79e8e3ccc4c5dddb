/* @ts-self-types="./_protocol_client.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The client side of the port protocol (`PROTOCOL.md`), shared by the
 * child-process and the Pyodide hosts: errors, reply decoding, and the
 * {@linkcode Port} built on top of a request function.
 *
 * @module
 */
import { Buffer } from "node:buffer";
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
export class PortFailure extends Error {
    /** What went wrong: `"timeout"`, `"protocol"` or `"exit"`. */
    kind;
    /** Create a failure of `kind`. */
    constructor(kind, message) {
        super(message);
        this.name = "PortFailure";
        this.kind = kind;
    }
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
export class PortRefusal extends Error {
    /** The exception type the port named, e.g. `ValueError`. */
    type;
    /** Create a refusal. */
    constructor(type, message) {
        super(`${type}: ${message}`);
        this.name = "PortRefusal";
        this.type = type;
    }
}
export function decode(reply, dtype, count) {
    if (typeof reply.data !== "string") {
        throw new PortFailure("protocol", "reply has no base64 data field");
    }
    const bytes = Buffer.from(reply.data, "base64");
    const size = dtype === "float64" ? 8 : 4;
    if (bytes.length !== count * size) {
        throw new PortFailure("protocol", `reply data has ${bytes.length} bytes, expected ${count * size}`);
    }
    const copy = new Uint8Array(bytes).buffer;
    if (dtype === "float64")
        return new Float64Array(copy);
    return dtype === "float32" ? new Float32Array(copy) : new Uint32Array(copy);
}
export function unwrap(reply) {
    if (reply.ok === true)
        return reply;
    const err = reply.error;
    if (reply.ok === false && err && typeof err === "object") {
        throw new PortRefusal(String(err.type ?? "Error"), String(err.message ?? ""));
    }
    throw new PortFailure("protocol", `reply has neither ok: true nor an error: ${JSON.stringify(reply).slice(0, 120)}`);
}
/**
 * Handshake with a port (`hello`) and return a {@linkcode Port} whose methods
 * send protocol requests through `client`.
 */
export async function connect(client, fallbackName) {
    let hello;
    try {
        hello = unwrap(await client.request({ op: "hello", protocol: "torch-parity-port/1" }));
    }
    catch (e) {
        client.kill();
        throw e;
    }
    const listed = Array.isArray(hello.ops) ? hello.ops : [];
    const ops = listed.filter((op) => op !== "module");
    const capability = typeof hello.capability === "string"
        ? hello.capability
        : undefined;
    const torchVersion = hello.torch === "1.13" || hello.torch === "2.6" || hello.torch === "2.14"
        ? hello.torch
        : undefined;
    const dtypes = Array.isArray(hello.dtypes) ? hello.dtypes : [];
    const half = dtypes.includes("float16") && dtypes.includes("bfloat16");
    const port = {
        name: typeof hello.name === "string" ? hello.name : fallbackName,
        ops,
        capability,
        torchVersion,
        async calculateGain(nonlinearity, param) {
            const r = unwrap(await client.request({ op: "calculate_gain", args: { nonlinearity, param } }));
            if (typeof r.value !== "number")
                throw new PortFailure("protocol", "value is not a number");
            return r.value;
        },
        async calculateFanInAndFanOut(shape) {
            const r = unwrap(await client.request({ op: "calculate_fan_in_and_fan_out", shape }));
            const v = r.value;
            if (!Array.isArray(v) || v.length !== 2 || v.some((x) => typeof x !== "number")) {
                throw new PortFailure("protocol", "value is not [fan_in, fan_out]");
            }
            return [v[0], v[1]];
        },
        async init(request) {
            const r = unwrap(await client.request({ ...request }));
            const count = request.shape.reduce((a, b) => a * b, 1);
            return decode(r, request.dtype, count);
        },
        ...(half
            ? {
                async initHalf(request) {
                    const r = unwrap(await client.request({ ...request }));
                    const count = request.shape.reduce((a, b) => a * b, 1);
                    if (typeof r.data !== "string") {
                        throw new PortFailure("protocol", "reply has no base64 data field");
                    }
                    const bytes = new Uint8Array(Buffer.from(r.data, "base64"));
                    if (bytes.length !== 2 * count) {
                        throw new PortFailure("protocol", `reply data has ${bytes.length} bytes, expected ${2 * count}`);
                    }
                    const bits = new Uint16Array(count);
                    for (let i = 0; i < count; i++)
                        bits[i] = bytes[2 * i] | (bytes[2 * i + 1] << 8);
                    return bits;
                },
            }
            : {}),
        async manualSeed(seed) {
            unwrap(await client.request({ op: "manual_seed", seed: seed.toString() }));
        },
        async random32(count) {
            const r = unwrap(await client.request({ op: "random32", count }));
            return decode(r, "uint32", count);
        },
        close() {
            client.kill();
        },
    };
    if (listed.includes("module")) {
        port.module = async (request) => {
            const r = unwrap(await client.request({ op: "module", spec: request.spec, seed: request.seed.toString() }));
            return decodeModule(r);
        };
    }
    Object.defineProperty(port, "stderr", { get: () => client.stderr });
    return port;
}
const ENTRY_SIZE = { float32: 4, float64: 8, int64: 8, float16: 2, bfloat16: 2 };
/** A `module` reply's state dict (and generator state, if sent), checked entry by entry. */
function decodeModule(r) {
    if (!Array.isArray(r.state_dict)) {
        throw new PortFailure("protocol", "module reply has no state_dict array");
    }
    const stateDict = r.state_dict.map((e, i) => {
        const { name, dtype, shape, data } = e ?? {};
        if (typeof name !== "string" || typeof data !== "string" || !Array.isArray(shape) ||
            (dtype !== "float32" && dtype !== "float64" && dtype !== "int64" && dtype !== "float16" &&
                dtype !== "bfloat16")) {
            throw new PortFailure("protocol", `module reply: state_dict[${i}] is malformed`);
        }
        const bytes = new Uint8Array(Buffer.from(data, "base64"));
        const count = shape.reduce((a, b) => a * b, 1);
        if (bytes.length !== count * ENTRY_SIZE[dtype]) {
            throw new PortFailure("protocol", `module reply: ${name} has ${bytes.length} bytes, expected ${count * ENTRY_SIZE[dtype]}`);
        }
        const values = dtype === "float32"
            ? new Float32Array(bytes.buffer)
            : dtype === "float64"
                ? new Float64Array(bytes.buffer)
                : dtype === "int64"
                    ? new BigInt64Array(bytes.buffer)
                    : new Uint16Array(bytes.buffer); // float16 / bfloat16: the bit patterns
        return { name, dtype, shape: shape, data: values };
    });
    const rngState = typeof r.rng_state === "string"
        ? new Uint8Array(Buffer.from(r.rng_state, "base64"))
        : undefined;
    return { stateDict, rngState };
}
