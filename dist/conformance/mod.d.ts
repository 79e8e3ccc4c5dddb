/**
 * The conformance harness: grade any port of `torch.nn.init` — in
 * TypeScript, Python, Rust or anything else — level by level against
 * PyTorch: 1 formulas, 2 structure, 3 distribution (KS, Anderson–Darling,
 * moments, extremes, float64 resolution, the Haar signs of `orthogonal_`; a
 * stated false-alarm rate split with Bonferroni), 4 bit-exact (replay of
 * goldens recorded from real PyTorch).
 *
 * Ports implement {@linkcode Port} in-process, or speak the JSON-lines
 * protocol of `PROTOCOL.md` as a child process ({@linkcode processPort}) or
 * as a Python module run in Pyodide ({@linkcode pyodidePort}).
 *
 * @example Grade this library's formulas and structure
 * ```ts
 * import { formatTable, passed, runConformance, selfPort } from "./mod.ts";
 * import assert from "node:assert/strict";
 *
 * const report = await runConformance(selfPort("avx2"), { levels: [1, 2] });
 * assert.ok(passed(report));
 * assert.match(formatTable(report), /0 failed/);
 * ```
 *
 * @module
 */
export type { Capability, FormulaOp, HalfInitRequest, InitArgs, InitRequest, ModuleRequest, ModuleResult, ModuleStateEntry, Port, PortOp, TensorOp, } from "./port.js";
export { TENSOR_OPS } from "./port.js";
export type { RunOptions } from "./runner.js";
export { runConformance } from "./runner.js";
export type { Check, Grade, Level, Report, Status } from "./report.js";
export { formatJson, formatJUnit, formatTable, grade, LEVEL_NAMES, passed } from "./report.js";
export { selfPort } from "./self_port.js";
export type { ProcessPortOptions } from "./process_port.js";
export { PortFailure, PortRefusal, processPort } from "./process_port.js";
export type { PyodidePortOptions } from "./pyodide_port.js";
export { pyodidePort } from "./pyodide_port.js";
