// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Householder QR in float64 with LAPACK's conventions (dgeqrf/dlarfg: β = −sign(α)·‖x‖, τ = 0
 * for a one-element column), for the orthogonal_ mutants.
 *
 * @module
 */

/** The thin Q (m × n, row-major) of the row-major m × n matrix `a` (m ≥ n), without a sign fix. */
export function householderQ(a: ArrayLike<number>, m: number, n: number): Float64Array {
  const r = Float64Array.from(a);
  const vs: Float64Array[] = [];
  const taus: number[] = [];
  for (let k = 0; k < n; k++) {
    const alpha = r[k * n + k];
    let tail = 0;
    for (let i = k + 1; i < m; i++) tail += r[i * n + k] ** 2;
    const v = new Float64Array(m - k);
    v[0] = 1;
    if (tail === 0) {
      vs.push(v);
      taus.push(0);
      continue;
    }
    const norm = Math.sqrt(alpha * alpha + tail);
    const beta = alpha >= 0 ? -norm : norm;
    for (let i = k + 1; i < m; i++) v[i - k] = r[i * n + k] / (alpha - beta);
    const tau = (beta - alpha) / beta;
    for (let j = k; j < n; j++) {
      let s = 0;
      for (let i = k; i < m; i++) s += v[i - k] * r[i * n + j];
      s *= tau;
      for (let i = k; i < m; i++) r[i * n + j] -= s * v[i - k];
    }
    vs.push(v);
    taus.push(tau);
  }
  // Q = H_0 H_1 … H_{n−1} applied to the first n columns of the identity.
  const q = new Float64Array(m * n);
  for (let j = 0; j < n; j++) q[j * n + j] = 1;
  for (let k = n - 1; k >= 0; k--) {
    const v = vs[k];
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let i = k; i < m; i++) s += v[i - k] * q[i * n + j];
      s *= taus[k];
      for (let i = k; i < m; i++) q[i * n + j] -= s * v[i - k];
    }
  }
  return q;
}
