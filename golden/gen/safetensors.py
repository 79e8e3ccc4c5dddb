# Copyright 2026 the torch-parity authors. MIT license.
"""A safetensors writer and reader (no safetensors package on the machine)."""

import json
import os
import struct



_ST_DTYPES = {"float32": "F32", "float64": "F64", "int64": "I64", "uint8": "U8", "uint32": "U32"}


def write_safetensors(path, tensors, metadata):
    import numpy as np

    header = {"__metadata__": dict(metadata)}
    blobs = []
    offset = 0
    for name in sorted(tensors):
        arr = np.ascontiguousarray(tensors[name])
        st_dtype = _ST_DTYPES[arr.dtype.name]
        data = arr.astype(arr.dtype.newbyteorder("<"), copy=False).tobytes(order="C")
        header[name] = {"dtype": st_dtype, "shape": list(arr.shape),
                        "data_offsets": [offset, offset + len(data)]}
        offset += len(data)
        blobs.append(data)
    raw = json.dumps(header, sort_keys=True, separators=(",", ":"), ensure_ascii=True,
                     allow_nan=False).encode("utf-8")
    raw += b" " * ((-(8 + len(raw))) % 8)
    _write_atomic(path, struct.pack("<Q", len(raw)) + raw + b"".join(blobs))


def _write_atomic(path, data):
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def _read_safetensors(path, with_header=False):
    """name -> raw bytes, or name -> (dtype, shape, raw bytes) with with_header."""
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack_from("<Q", data, 0)
    header = json.loads(data[8:8 + n])
    header.pop("__metadata__", None)
    raw = {k: data[8 + n + v["data_offsets"][0]:8 + n + v["data_offsets"][1]] for k, v in header.items()}
    if with_header:
        return {k: (v["dtype"], v["shape"], raw[k]) for k, v in header.items()}
    return raw
