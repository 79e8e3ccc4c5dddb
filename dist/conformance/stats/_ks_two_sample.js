/* @ts-self-types="./_ks_two_sample.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The two-sample Kolmogorov–Smirnov test for two samples of the same size n,
 * with its exact null distribution (Gnedenko & Korolyuk, 1951):
 *
 *   P(D ≥ k/n) = 2 Σ_{j ≥ 1} (−1)^{j+1} C(2n, n − jk) / C(2n, n).
 *
 * Used by level 5 to compare a port's parameter values with torch's own
 * values of the same parameter: under the null hypothesis (same law) the
 * p-value is uniform for continuous laws and conservative with ties.
 *
 * @module
 */
/** The statistic k = n·D of two equal-size samples (ties are processed together). */
export function ksTwoSampleK(a, b) {
    const n = a.length;
    if (b.length !== n) {
        throw new RangeError(`Two-sample KS: sizes must be equal, received ${n} and ${b.length}`);
    }
    const x = Float64Array.from(a).sort();
    const y = Float64Array.from(b).sort();
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < n && j < n) {
        const v = Math.min(x[i], y[j]);
        while (i < n && x[i] === v)
            i++;
        while (j < n && y[j] === v)
            j++;
        k = Math.max(k, Math.abs(i - j));
    }
    return k;
}
/** The exact p-value P(n·D ≥ k) for two samples of size n. */
export function ksTwoSamplePValue(n, k) {
    if (!(Number.isInteger(n) && n >= 1)) {
        throw new RangeError(`Two-sample KS: n must be a positive integer, received ${n}`);
    }
    if (k <= 0)
        return 1;
    if (k > n)
        return 0;
    let sum = 0;
    let logRatio = 0; // log C(2n, n − m) / C(2n, n), for m = 0, 1, ...
    let m = 0;
    for (let jj = 1; jj * k <= n; jj++) {
        for (; m < jj * k; m++)
            logRatio += Math.log((n - m) / (n + m + 1));
        const term = Math.exp(logRatio);
        sum += jj % 2 === 1 ? term : -term;
        if (term < 1e-300)
            break;
    }
    return Math.min(1, Math.max(0, 2 * sum));
}
