/**
 * This library as a {@linkcode Port}, so the harness grades it like any
 * other port (and so other ports are compared with it).
 *
 * @module
 */
import { type TorchVersion } from "../src/random/torch_version.js";
import type { HalfTensor } from "../src/tensor.js";
import { type CpuCapability, type Generator, type Tensor } from "../src/mod.js";
import { type InitArgs, type Port, type TensorOp } from "./port.js";
/** Apply torch op `op` with torch keyword `args` to `t` using this library. *
 * @example
 * ```ts
 * import { applyInit } from "./self_port.ts";
 * import { empty } from "../src/mod.ts";
 * import assert from "node:assert/strict";
 *
 * const t = empty([2, 2]);
 * applyInit("eye_", t, {});
 * assert.deepEqual(Array.from(t.data), [1, 0, 0, 1]);
 * ```
 */
export declare function applyInit(op: TensorOp, t: Tensor | HalfTensor, args: InitArgs, generator?: Generator): void;
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
