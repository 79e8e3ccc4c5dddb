/* @ts-self-types="./_kolmogorov_limit.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Private: Kolmogorov's limiting distribution.
 *
 * @module
 */
/**
 * P(K > x) for Kolmogorov's limit law K = lim √n·Dₙ (Kolmogorov 1933):
 * 1 − K(x) with K(x) = (√(2π)/x)·Σ_{k≥1} exp(−(2k−1)²π²/(8x²)) for x < 1,
 * and 2·Σ_{k≥1} (−1)^(k−1) exp(−2k²x²) for x ≥ 1; both series converge in a
 * handful of terms, the second without cancellation in the upper tail.
 */
export function kolmogorovLimitSf(x) {
    if (Number.isNaN(x))
        return NaN;
    if (x <= 0)
        return 1;
    if (x < 1) {
        const w = -(Math.PI * Math.PI) / (8 * x * x);
        let sum = 0;
        for (let k = 1; k < 100; k++) {
            const term = Math.exp((2 * k - 1) * (2 * k - 1) * w);
            sum += term;
            if (term <= 1e-17 * sum)
                break;
        }
        return 1 - (Math.sqrt(2 * Math.PI) / x) * sum;
    }
    let sum = 0;
    for (let k = 1; k < 100; k++) {
        const term = Math.exp(-2 * k * k * x * x);
        sum += k % 2 === 1 ? term : -term;
        if (term <= 1e-17 * sum)
            break;
    }
    return Math.min(1, 2 * sum);
}
