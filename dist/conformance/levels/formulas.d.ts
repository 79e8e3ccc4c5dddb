/**
 * Level 1, formulas: `calculate_gain` for every nonlinearity and slope, fans
 * for arbitrary shapes, and the bound or std each random initializer implies
 * (all values inside the implied support, the spread and the sample std
 * consistent with it) — Kaiming with every nonlinearity torch lists, `a`,
 * `mode="fan_out"` on non-square shapes and the mode spellings torch accepts
 * (it lower-cases the mode), `sparse_`'s non-zero values for several `std`,
 * `trunc_normal_` with bounds far from the mean or a mean outside [a, b] —
 * plus the refusals torch makes for invalid arguments (modes that are not
 * "fan_in"/"fan_out" once lower-cased, nonlinearities in another case).
 * Thresholds are deterministic and loose enough that a correct port fails
 * with probability below 1e-15 per check.
 *
 * @module
 */
import type { InitRequest } from "../port.js";
import { type LevelContext } from "./_common.js";
/**
 * Requests beyond the dtype × shape product of {@linkcode samplingRequests}: each Kaiming
 * variant on a non-square shape (fan_in ≠ fan_out), `sparse_` with several `std`, and
 * `trunc_normal_` with bounds far from the mean or a mean outside [a, b]; one dtype and shape
 * each (alternating), so levels 1 and 3 stay fast.
 */
export declare function coverageRequests(): InitRequest[];
/** The random initializer requests level 1 (and 3) sample. */
export declare function samplingRequests(): InitRequest[];
/** Standard deviation of N(mean, std²) truncated to [a, b] (numerically, by quadrature). */
export declare function truncatedStd(mean: number, std: number, a: number, b: number): number;
/** Run level 1 on `ctx.port`. */
export declare function runFormulas(ctx: LevelContext): Promise<void>;
