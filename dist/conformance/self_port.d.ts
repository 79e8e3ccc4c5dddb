/**
 * This library as a {@linkcode Port}, so the harness grades it like any
 * other port (and so other ports are compared with it).
 *
 * @module
 */
import { type TorchVersion } from "../src/random/torch_version.js";
import { type CpuCapability, type Generator } from "../src/mod.js";
import { type Port } from "./port.js";
import { applyInit } from "./_apply_init.js";
export { applyInit };
/**
 * This library as a port reproducing `capability` (default `"avx2"`) of torch
 * `torchVersion` (default: {@linkcode getTorchVersion}), drawing from
 * `generator` (default: the default generator, as torch's nn.init does).
 *
 * @example
 * ```ts
 * import { selfPort } from "./self_port.ts";
 * import assert from "node:assert/strict";
 *
 * const port = selfPort("avx2");
 * port.manualSeed!(0n);
 * const data = await port.init!({ op: "uniform_", shape: [2], dtype: "float32", args: {} });
 * assert.equal(data[0], Math.fround(0.49625658988952637));
 * ```
 */
export declare function selfPort(capability?: CpuCapability, generator?: Generator, torchVersion?: TorchVersion): Port;
