/**
 * Parse a torch module constructor call as Python writes it —
 * `Linear(300, 100)`, `Conv2d(3, 16, kernel_size=(3, 3), bias=False)`,
 * `Sequential(Linear(4, 8), ReLU())` — into the JSON module spec that
 * {@linkcode buildModule} takes (`{ type, args, kwargs }`). Values: numbers
 * (with a sign), `True`, `False`, `None`, quoted strings, tuples and lists
 * (as arrays), and nested calls (as nested specs). No `eval`.
 *
 * @module
 */
import type { ModuleSpec } from "../nn/build_module.js";
/**
 * Parse `text`, a constructor call of a `torch.nn` module.
 *
 * @param text The call, e.g. `Linear(300, 100, bias=False)`.
 * @returns The module spec (`type`, `args`, `kwargs`).
 * @throws {SyntaxError} If `text` is not a call of that form (the message gives the position).
 *
 * @example
 * ```ts
 * import { parseModuleCall } from "./_module_call.ts";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(parseModuleCall("Conv2d(3, 16, kernel_size=(3, 3), bias=False)"), {
 *   type: "Conv2d",
 *   args: [3, 16],
 *   kwargs: { kernel_size: [3, 3], bias: false },
 * });
 * ```
 */
export declare function parseModuleCall(text: string): ModuleSpec;
