"""Mutant: sparse_ zeroes floor(sparsity * rows) entries per column instead of torch's ceil."""
# Copyright 2026 the torch-parity authors. MIT license.
import math

from _pure_mutant import pure_port, serve


def sparse_(t, sparsity, std=0.01):
    if t.dim() != 2:
        raise ValueError("Only tensors with 2 dimensions are supported")
    rows, cols = t.shape
    num_zeros = int(math.floor(sparsity * rows))
    pure_port.normal_(t, 0.0, std)
    for col_idx in range(cols):
        row_indices = list(range(rows))
        pure_port._rng.shuffle(row_indices)
        for r in row_indices[:num_zeros]:
            t.data[r * cols + col_idx] = 0.0
    return t


if __name__ == "__main__":
    serve("sparse_ rounds the zero count down", ["sparse_"], sparse_=sparse_)
