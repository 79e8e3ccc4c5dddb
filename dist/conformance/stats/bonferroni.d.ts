/**
 * Bonferroni's split of a family-wise false-alarm rate.
 *
 * @module
 */
/**
 * The per-check threshold α/k that keeps the family-wise false-alarm rate
 * of `checks` tests at most `alpha`: by Boole's inequality,
 * P(any of k correct checks rejects) ≤ Σ P(check i rejects) = k·(α/k) = α,
 * whatever the dependence between the checks (they share samples). The
 * conformance harness states its per-run false-alarm rate α (e.g. 10⁻⁶) and
 * splits it this way; a check fails when its p-value is ≤ α/k.
 *
 * @param alpha The family-wise false-alarm rate, in (0, 1).
 * @param checks The number of checks k, an integer ≥ 1.
 * @returns α/k.
 * @throws {RangeError} If `alpha` is not in (0, 1) or `checks` is not an integer ≥ 1.
 *
 * @example
 * ```ts
 * import { bonferroni } from "./bonferroni.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(bonferroni(1e-6, 40), 2.5e-8);
 * ```
 */
export declare function bonferroni(alpha: number, checks: number): number;
