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
export declare function adErrfix(n: number, x: number): number;
