# Copyright 2026 the torch-parity authors. MIT license.
"""A safetensors writer and reader (no safetensors package on the machine)."""

import json
import os
import struct



_ST_DTYPES = {"float32": "F32", "float64": "F64", "int64": "I64", "uint8": "U8", "uint32": "U32",
              "float16": "F16"}


def _bf16_class():
    import numpy as np

    class BF16(np.ndarray):
        """uint16 bit patterns of bfloat16 values (numpy has no bfloat16), written as BF16."""

    return BF16


_BF16 = None


def half_bits(t, dtype):
    """A float16 / bfloat16 torch tensor as a numpy array of its bits: float16 as numpy float16,
    bfloat16 as a BF16 (a uint16 ndarray subclass)."""
    global _BF16
    import numpy as np
    import torch
    bits = t.contiguous().view(torch.int16).numpy().view(np.uint16).copy()
    if dtype == "float16":
        return bits.view(np.float16)
    if _BF16 is None:
        _BF16 = _bf16_class()
    return bits.view(_BF16)


def st_dtype(arr):
    """The safetensors dtype of an array written by write_safetensors."""
    if _BF16 is not None and isinstance(arr, _BF16):
        return "BF16"
    return _ST_DTYPES[arr.dtype.name]


def write_safetensors(path, tensors, metadata):
    import numpy as np

    header = {"__metadata__": dict(metadata)}
    blobs = []
    offset = 0
    for name in sorted(tensors):
        kind = st_dtype(tensors[name])
        arr = np.ascontiguousarray(tensors[name])
        data = arr.astype(arr.dtype.newbyteorder("<"), copy=False).tobytes(order="C")
        header[name] = {"dtype": kind, "shape": list(arr.shape),
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
