"""Mutant: orthogonal_ by a Householder QR without torch's sign fix (still orthogonal, not Haar)."""
# Copyright 2026 the torch-parity authors. MIT license.
import math

from _pure_mutant import pure_port, serve


def _householder_q(cols):
    """Thin Q of the matrix whose columns are `cols` (LAPACK's beta = -sign(alpha) * norm)."""
    m, n = len(cols[0]), len(cols)
    a = [list(c) for c in cols]  # a[j] is column j
    vs, taus = [], []
    for k in range(n):
        x = a[k][k:]
        tail = sum(v * v for v in x[1:])
        if tail == 0.0:
            vs.append([1.0] + [0.0] * (len(x) - 1))
            taus.append(0.0)
            continue
        alpha = x[0]
        norm = math.sqrt(alpha * alpha + tail)
        beta = -norm if alpha >= 0 else norm
        v = [1.0] + [xi / (alpha - beta) for xi in x[1:]]
        tau = (beta - alpha) / beta
        for j in range(k, n):
            s = tau * sum(vi * a[j][k + i] for i, vi in enumerate(v))
            for i, vi in enumerate(v):
                a[j][k + i] -= s * vi
        vs.append(v)
        taus.append(tau)
    q = [[1.0 if i == j else 0.0 for i in range(m)] for j in range(n)]  # q[j] is column j
    for k in reversed(range(n)):
        v, tau = vs[k], taus[k]
        for j in range(n):
            s = tau * sum(vi * q[j][k + i] for i, vi in enumerate(v))
            for i, vi in enumerate(v):
                q[j][k + i] -= s * vi
    return q


def orthogonal_(t, gain=1):
    if t.dim() < 2:
        raise ValueError("Only tensors with 2 or more dimensions are supported")
    if t.numel() == 0:
        return t
    rows = t.shape[0]
    cols = t.numel() // rows
    flat = [[pure_port._rng.gauss(0.0, 1.0) for _ in range(cols)] for _ in range(rows)]
    if rows < cols:  # factor the transpose: its columns are flat's rows; W = Q^T
        q = _householder_q(flat)
        t.data = [gain * q[i][j] for i in range(rows) for j in range(cols)]
    else:
        q = _householder_q([list(c) for c in zip(*flat)])
        t.data = [gain * q[j][i] for i in range(rows) for j in range(cols)]
    return t


if __name__ == "__main__":
    serve("orthogonal_ without the sign fix", ["orthogonal_"], orthogonal_=orthogonal_)
