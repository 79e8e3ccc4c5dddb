/**
 * Level 5: whole modules. For every golden module case (recorded by real
 * torch, golden/README.md "Module cases") the port builds the module spec
 * after `manual_seed(seed)` and returns its state dict, which is graded:
 *
 * - refusals: where torch refused (a constructor, or a re-init step such as
 *   `xavier_normal_` on a 1-D bias), the port must refuse too;
 * - structure: state_dict names in torch's order, dtypes and shapes;
 * - laws: every entry of two or more elements that torch filled with one
 *   constant (ones, zeros, running statistics) must hold exactly that constant; every other stored entry
 *   with at least 64 elements is compared with torch's own values of the same
 *   parameter by an exact two-sample Kolmogorov–Smirnov test (same law?),
 *   at this level's share of the run's false-alarm rate (Bonferroni);
 * - bit-exact (ports claiming a capability): every entry's bytes (or the
 *   SHA-256 of large ones) and, when the port returns it, the generator
 *   state after the case.
 *
 * @module
 */
import type { Capability } from "../port.js";
import { type LevelContext } from "./_common.js";
/** Run level 5 on `ctx.port`; returns the number of statistical checks and their threshold. */
export declare function runModules(ctx: LevelContext, capability: Capability, torchVersion: "1.13" | "2.6" | "2.14", alpha: number): Promise<{
    checks: number;
    perCheck: number;
}>;
