/* @ts-self-types="./_ad_statistic.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Private: the Anderson–Darling statistic with its clamping count.
 *
 * @module
 */
import { sortedSample } from "./_sorted.js";
/** CDF values are clamped to [2⁻⁵³, 1 − 2⁻⁵³] before taking logarithms. */
export const AD_CLAMP = 2 ** -53;
/**
 * A² = −n − (1/n)·Σᵢ [(2i − 1)·ln uᵢ + (2n − 2i + 1)·ln(1 − uᵢ)] over the
 * sorted CDF values uᵢ = F(x₍ᵢ₎), summed with Neumaier's compensation.
 */
export function adStatistic(data, cdf, what) {
    const sorted = sortedSample(data, what);
    if (sorted === undefined)
        return { statistic: NaN, clamped: 0 };
    const n = sorted.length;
    let sum = 0;
    let compensation = 0;
    let clamped = 0;
    for (let i = 1; i <= n; i++) {
        let u = cdf(sorted[i - 1]);
        if (Number.isNaN(u))
            return { statistic: NaN, clamped };
        if (u < AD_CLAMP) {
            u = AD_CLAMP;
            clamped++;
        }
        else if (u > 1 - AD_CLAMP) {
            u = 1 - AD_CLAMP;
            clamped++;
        }
        const term = (2 * i - 1) * Math.log(u) + (2 * (n - i) + 1) * Math.log1p(-u);
        const t = sum + term;
        compensation += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
        sum = t;
    }
    return { statistic: -n - (sum + compensation) / n, clamped };
}
