"""Mutant: float64 normal_ values are rounded through float32."""
# Copyright 2026 the torch-parity authors. MIT license.
import struct

from _pure_mutant import pure_port, serve


def normal_(t, mean=0.0, std=1.0):
    pure_port.normal_(t, mean, std)
    if t.dtype == "float64":
        t.data = [struct.unpack("f", struct.pack("f", x))[0] for x in t.data]
    return t


if __name__ == "__main__":
    serve("float64 values computed in float32", ["normal_"], normal_=normal_)
