"""Mutant: dirac_ puts the 1 at (k - 1) // 2, left of torch's k // 2 for even kernel sizes."""
# Copyright 2026 the torch-parity authors. MIT license.
import math

from _pure_mutant import pure_port, serve


def dirac_(t, groups=1):
    pure_port.dirac_(t, groups)  # torch's checks, then zeros
    t.data = [0.0] * t.numel()
    sizes = t.shape
    per = sizes[0] // groups
    strides = [math.prod(sizes[k + 1:]) for k in range(len(sizes))]
    centre = sum(strides[k] * ((sizes[k] - 1) // 2) for k in range(2, len(sizes)))
    for g in range(groups):
        for d in range(min(per, sizes[1])):
            t.data[(g * per + d) * strides[0] + d * strides[1] + centre] = 1.0
    return t


if __name__ == "__main__":
    serve("dirac_ off-centre for even kernels", ["dirac_"], dirac_=dirac_)
