/**
 * `applyInit`: a torch `torch.nn.init` call (op name and keyword arguments,
 * as the golden files and the port protocol write them) made with this
 * library's public API only (`src/mod.ts`), so the golden replay can run
 * against any build of the library, the shipped browser bundle included.
 *
 * @module
 */
import { type Generator, type HalfTensor, type Tensor } from "../src/mod.js";
import type { InitArgs, TensorOp } from "./port.js";
/** Apply torch op `op` with torch keyword `args` to `t` using this library. *
 * @example
 * ```ts
 * import { applyInit } from "./_apply_init.ts";
 * import { empty } from "../src/mod.ts";
 * import assert from "node:assert/strict";
 *
 * const t = empty([2, 2]);
 * applyInit("eye_", t, {});
 * assert.deepEqual(Array.from(t.data), [1, 0, 0, 1]);
 * ```
 */
export declare function applyInit(op: TensorOp, t: Tensor | HalfTensor, args: InitArgs, generator?: Generator): void;
