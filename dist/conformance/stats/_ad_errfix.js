/* @ts-self-types="./_ad_errfix.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Private: the finite-n correction of the Anderson–Darling distribution.
 *
 * @module
 */
/**
 * errfix(n, x) of Marsaglia & Marsaglia (2004): the fitted correction that
 * turns x = ADinf(z) into P(Aₙ² < z) ≈ x + errfix(n, x); the authors state
 * "accuracy may be off at the 5th, rarely at the 4th, digit". With
 * c = 0.01265 + 0.1757/n:
 * - x < c: (0.0037/n³ + 0.00078/n² + 0.00006/n)·g₁(x/c),
 *   g₁(t) = √t (1 − t)(49t − 102);
 * - c ≤ x ≤ 0.8: (0.04213/n + 0.01365/n²)·g₂((x − c)/(0.8 − c)),
 *   g₂(t) = −0.00022633 + (6.54034 − (14.6538 − (14.458 − (8.259 − 1.91864t)t)t)t)t;
 * - x > 0.8: g₃(x)/n,
 *   g₃(x) = −130.2137 + (745.2337 − (1705.091 − (1950.646 − (1116.360 − 255.7844x)x)x)x)x.
 */
export function adErrfix(n, x) {
    if (x > 0.8) {
        return (-130.2137 +
            (745.2337 - (1705.091 - (1950.646 - (1116.360 - 255.7844 * x) * x) * x) * x) * x) / n;
    }
    const c = 0.01265 + 0.1757 / n;
    if (x < c) {
        const t = x / c;
        const g1 = Math.sqrt(t) * (1 - t) * (49 * t - 102);
        return (g1 * (0.0037 / (n * n) + 0.00078 / n + 0.00006)) / n;
    }
    const t = (x - c) / (0.8 - c);
    const g2 = -0.00022633 +
        (6.54034 - (14.6538 - (14.458 - (8.259 - 1.91864 * t) * t) * t) * t) * t;
    return (g2 * (0.04213 + 0.01365 / n)) / n;
}
