/* @ts-self-types="./_durbin.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Private: the exact distribution of Kolmogorov's Dₙ by the matrix method of
 * G. Marsaglia, W. W. Tsang and J. Wang, "Evaluating Kolmogorov's
 * distribution", Journal of Statistical Software 8(18), 2003
 * (doi:10.18637/jss.v008.i18), after Durbin (1973).
 *
 * @module
 */
/** Entries are rescaled by 2⁻²⁵⁶ (exactly) once one exceeds 2²⁵⁶. */
const SCALE_BITS = 256;
const BIG = 2 ** SCALE_BITS;
const SMALL = 2 ** -SCALE_BITS;
/** x·2^e without intermediate overflow or underflow (for |e| up to ~10⁶). */
function ldexp(x, e) {
    while (e > 1000) {
        x *= 2 ** 1000;
        e -= 1000;
    }
    while (e < -1000) {
        x *= 2 ** -1000;
        e += 1000;
    }
    return x * 2 ** e;
}
/** c = a·b for m × m row-major matrices. */
function multiply(a, b, m) {
    const c = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
        const row = i * m;
        for (let l = 0; l < m; l++) {
            const ail = a[row + l];
            if (ail === 0)
                continue;
            const col = l * m;
            for (let j = 0; j < m; j++)
                c[row + j] += ail * b[col + j];
        }
    }
    return c;
}
/** Rescales `v` in place when an entry exceeds 2²⁵⁶; returns the exponent added. */
function rescale(v) {
    let max = 0;
    for (let i = 0; i < v.length; i++) {
        const x = Math.abs(v[i]);
        if (x > max)
            max = x;
    }
    if (max <= BIG)
        return 0;
    for (let i = 0; i < v.length; i++)
        v[i] *= SMALL;
    return SCALE_BITS;
}
/**
 * K(n, d) = P(Dₙ < d), exactly up to rounding (13–15 digits per the paper).
 *
 * With k = ⌊nd⌋ + 1, m = 2k − 1 and h = k − nd ∈ (0, 1], H is the m × m
 * matrix with H[i][j] = 1/(i − j + 1)! for i − j + 1 ≥ 0 (else 0), except
 * that the first column is reduced by h^(i+1)/(i+1)!, the last row by
 * h^(m−j)/(m−j)!, and the corner increased by (2h − 1)^m/m! when 2h > 1
 * (0-based i, j). Then K(n, d) = (n!/nⁿ)·(Hⁿ)[k−1][k−1]. Hⁿ is formed by
 * binary powering; entries are kept below 2²⁵⁶ by exact power-of-two
 * rescaling, with the exponent carried separately (the paper rescales by
 * 10¹⁴⁰), and n!/nⁿ is applied one factor i/n at a time.
 *
 * Cost O(m³ log n) time, O(m²) memory.
 */
export function durbinCdf(n, d) {
    const nd = n * d;
    const k = Math.floor(nd) + 1;
    const m = 2 * k - 1;
    const h = k - nd;
    const hm = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
        for (let j = 0; j < m; j++)
            hm[i * m + j] = i - j + 1 >= 0 ? 1 : 0;
    }
    for (let i = 0; i < m; i++) {
        hm[i * m] -= h ** (i + 1);
        hm[(m - 1) * m + i] -= h ** (m - i);
    }
    if (2 * h - 1 > 0)
        hm[(m - 1) * m] += (2 * h - 1) ** m;
    for (let i = 0; i < m; i++) {
        for (let j = 0; j < m; j++) {
            for (let g = 1; g <= i - j + 1; g++)
                hm[i * m + j] /= g;
        }
    }
    // Binary powering from the most significant bit of n.
    let power = hm;
    let exponent = 0;
    for (let bit = 30 - Math.clz32(n); bit >= 0; bit--) {
        power = multiply(power, power, m);
        exponent = 2 * exponent + rescale(power);
        if ((n >> bit) & 1) {
            power = multiply(power, hm, m);
            exponent += rescale(power);
        }
    }
    let s = power[(k - 1) * m + (k - 1)];
    for (let i = 1; i <= n; i++) {
        s = (s * i) / n;
        if (s < SMALL) {
            s *= BIG;
            exponent -= SCALE_BITS;
        }
    }
    return ldexp(s, exponent);
}
