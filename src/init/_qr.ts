// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Householder QR in double precision, for `orthogonal`. LAPACK's `geqrf` +
 * `orgqr` (what `torch.linalg.qr` calls) cannot be reproduced bit for bit, so
 * this computes the same mathematical object: the reduced Q of a tall matrix,
 * with each column multiplied by the sign of R's diagonal entry — the unique
 * Q whose R has a positive diagonal (a zero diagonal entry zeroes the column,
 * as `sign(0) = 0` does in torch).
 *
 * @module
 */

/**
 * The sign-fixed reduced Q of the m×n matrix `a` (m ≥ n), given column-major
 * (`a[i + j * m]`), overwritten. Returns Q column-major (m×n), with column j
 * multiplied by sign(R[j][j]).
 */
export function signFixedQ(a: Float64Array, m: number, n: number): Float64Array {
  // Householder vectors are stored in place below the diagonal (with an
  // explicit leading entry in `v0`), tau in `taus`, R's diagonal in `diag`.
  const taus = new Float64Array(n);
  const diag = new Float64Array(n);
  const v0 = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const col = k * m;
    let norm2 = 0;
    for (let i = k; i < m; i++) norm2 += a[col + i] * a[col + i];
    const alpha = a[col + k];
    const norm = Math.sqrt(norm2);
    if (norm === 0) {
      taus[k] = 0;
      diag[k] = 0;
      v0[k] = 1;
      continue;
    }
    // beta = -sign(alpha) * norm; v = x - beta e1; H = I - tau v vᵀ.
    const beta = alpha >= 0 ? -norm : norm;
    const vk = alpha - beta;
    v0[k] = vk;
    // tau = 2 / (vᵀv) with vᵀv = norm² - alpha² + vk²
    const vtv = norm2 - alpha * alpha + vk * vk;
    taus[k] = 2 / vtv;
    diag[k] = beta;
    a[col + k] = vk;
    // Apply H to the remaining columns.
    for (let j = k + 1; j < n; j++) {
      const cj = j * m;
      let dot = 0;
      for (let i = k; i < m; i++) dot += a[col + i] * a[cj + i];
      const s = taus[k] * dot;
      for (let i = k; i < m; i++) a[cj + i] -= s * a[col + i];
    }
  }
  // Q = H0 H1 ... H(n-1) applied to the first n columns of the identity,
  // accumulated backwards.
  const q = new Float64Array(m * n);
  for (let j = 0; j < n; j++) q[j * m + j] = 1;
  for (let k = n - 1; k >= 0; k--) {
    if (taus[k] === 0) continue;
    const col = k * m;
    for (let j = k; j < n; j++) {
      const cj = j * m;
      let dot = 0;
      for (let i = k; i < m; i++) dot += a[col + i] * q[cj + i];
      const s = taus[k] * dot;
      for (let i = k; i < m; i++) q[cj + i] -= s * a[col + i];
    }
  }
  for (let j = 0; j < n; j++) {
    const sign = diag[j] > 0 ? 1 : diag[j] < 0 ? -1 : 0;
    if (sign === 1) continue;
    for (let i = 0; i < m; i++) q[j * m + i] *= sign;
  }
  return q;
}
