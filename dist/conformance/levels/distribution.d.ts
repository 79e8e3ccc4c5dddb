/**
 * Level 3, distribution: each random initializer's output, sampled with
 * fixed seeds over several shapes, dtypes and parameters, is tested against
 * the analytic law torch's formulas imply — uniform(lo, hi), normal(mean,
 * std) or the normal truncated to the absolute interval [a, b] — with a
 * one-sample Kolmogorov–Smirnov test, an Anderson–Darling test, z-tests of the
 * mean and the variance (using the law's fourth moment) and, for uniform laws,
 * exact order-statistic tests of the smallest and largest value (which see a
 * bound that is wrong by a relative 5e-5 on a million samples). `sparse_`'s
 * non-zero values are tested against N(0, std). Every float64 output must
 * carry float64 resolution: few values exactly representable in float32
 * ({@linkcode float32Share}) and, for uniform laws, almost no repeated values
 * ({@linkcode repeatCount}). `orthogonal_` must be Haar-distributed, which
 * torch's sign fix `Q *= sign(diag(R))` ensures: over fixed seeds, the sign
 * of W[0,0] (and of det W for square W) is a fair coin, tested exactly
 * against Binomial(n, 1/2) ({@linkcode signPValue}); a port without the fix
 * gets one sign every time. The family-wise false-alarm rate per run is
 * `alpha` (default 1e-6), split equally over all checks (Bonferroni).
 *
 * @module
 */
import type { InitRequest } from "../port.js";
import { type LevelContext } from "./_common.js";
/** The requests level 3 samples: level 1's, plus a large one for the support tests. */
export declare function distributionRequests(): InitRequest[];
/**
 * Shapes of the Haar sign checks: tall, wide, square, and > 2-D tensors whose [rows, numel/rows]
 * view is tall or wide (torch factors the transpose of a wide matrix).
 */
export declare const HAAR_SHAPES: readonly number[][];
/**
 * Seeds per shape and dtype: one sign per seed, so a port without the sign fix gets
 * p = 2^-47 ≈ 7e-15, far below any per-check threshold of a run.
 */
export declare const HAAR_SEEDS = 48;
/** The sign of the determinant of a square row-major matrix (Gaussian elimination, pivoting). */
export declare function determinantSign(data: ArrayLike<number>, n: number): number;
/** Run level 3 on `ctx.port`; returns how the false-alarm rate was split. */
export declare function runDistribution(ctx: LevelContext, alpha: number): Promise<{
    alpha: number;
    checks: number;
    perCheck: number;
}>;
