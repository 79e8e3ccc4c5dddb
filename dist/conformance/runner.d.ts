/**
 * Grade a port of `torch.nn.init`, level by level.
 *
 * @module
 */
import type { Capability, Port } from "./port.js";
import type { Level, Report } from "./report.js";
/** Options for {@linkcode runConformance}. */
export interface RunOptions {
    /** Levels to run. Default: all five (5 is skipped for a port without `module`). */
    levels?: Level[];
    /** Family-wise false-alarm rate per run (levels 3 and 5 share it equally). Default: 1e-6. */
    alpha?: number;
    /** Goldens to compare with at level 4. Default: the port's capability, else `"avx2"`. */
    capability?: Capability;
    /** The torch release whose goldens level 4 replays. Default: the port's, else `"1.13"`. */
    torchVersion?: "1.13" | "2.6" | "2.14";
    /** Called with a line of progress text. */
    onProgress?: (message: string) => void;
}
/**
 * Run the requested levels on `port` and return the report.
 *
 * @param port The port under test.
 * @param options Levels, false-alarm rate, capability, progress callback.
 * @returns Every check, graded.
 *
 * @example Grade this library's formulas
 * ```ts
 * import { runConformance } from "./runner.ts";
 * import { selfPort } from "./self_port.ts";
 * import { passed } from "./report.ts";
 * import assert from "node:assert/strict";
 *
 * const report = await runConformance(selfPort(), { levels: [1] });
 * assert.ok(passed(report));
 * ```
 */
export declare function runConformance(port: Port, options?: RunOptions): Promise<Report>;
