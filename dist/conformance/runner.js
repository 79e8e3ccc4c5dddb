/* @ts-self-types="./runner.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Grade a port of `torch.nn.init`, level by level.
 *
 * @module
 */
import { TENSOR_OPS } from "./port.js";
import { runFormulas } from "./levels/formulas.js";
import { runStructure } from "./levels/structure.js";
import { runDistribution } from "./levels/distribution.js";
import { runBitExact } from "./levels/bitexact.js";
import { runModules } from "./levels/modules.js";
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
export async function runConformance(port, options = {}) {
    const levels = [...(options.levels ?? [1, 2, 3, 4, 5])].sort();
    // One false-alarm budget per run: split between levels 3 and 5 when both run.
    const alpha = options.alpha ?? 1e-6;
    const statLevels = (levels.includes(3) ? 1 : 0) + (levels.includes(5) && port.module ? 1 : 0);
    const share = statLevels > 1 ? alpha / 2 : alpha;
    const checks = [];
    const ctx = {
        port,
        add: (c) => checks.push(c),
        progress: options.onProgress ?? (() => { }),
        torchVersion: options.torchVersion ?? port.torchVersion ?? "1.13",
    };
    const report = {
        port: port.name,
        capability: port.capability,
        levels,
        checks,
        notImplemented: [...TENSOR_OPS, "calculate_gain", "calculate_fan_in_and_fan_out"].filter((op) => !port.ops.includes(op)),
    };
    for (const level of levels) {
        if (level === 1)
            await runFormulas(ctx);
        else if (level === 2)
            await runStructure(ctx);
        else if (level === 3) {
            report.statistics = { ...await runDistribution(ctx, share), alpha: share };
        }
        else if (level === 5) {
            report.moduleStatistics = await runModules(ctx, options.capability ?? port.capability ?? "avx2", options.torchVersion ?? port.torchVersion ?? "1.13", share);
        }
        else if (level === 4) {
            await runBitExact(ctx, options.capability ?? port.capability ?? "avx2", options.torchVersion ?? port.torchVersion ?? "1.13");
        }
    }
    return report;
}
