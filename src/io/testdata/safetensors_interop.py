#!/usr/bin/env python3
# Copyright 2026 the torch-parity authors. MIT license.
"""Safetensors interop between torch-parity and real PyTorch (no safetensors package needed).

Pinned: torch 1.13.1, numpy; run with ATEN_CPU_CAPABILITY=avx2 (the library's default).

    safetensors_interop.py check FILE
        FILE was written by saveSafetensors after `manualSeed(0)`,
        `kaimingUniform(empty([64, 32]), { a: Math.sqrt(5) })` (tensor "weight")
        and `normal(empty([5, 7], { dtype: "float64" }))` (tensor "normal64").
        Parse it with struct + json + numpy, repeat the fills in torch and
        exit 1 unless every tensor is bit-identical.

    safetensors_interop.py write FILE JSON
        After torch.manual_seed(0), fill the same two tensors, plus an F16
        tensor (torch.randn(9).half()) and an I64 one (torch.randint), and write
        them to FILE with this script's own header writer. Write the F16 bits
        and I64 values to JSON for the test to compare against.
"""
import json
import math
import struct
import sys

import numpy as np
import torch

DTYPES = {
    "F64": (np.dtype("<f8"), torch.float64),
    "F32": (np.dtype("<f4"), torch.float32),
    "F16": (np.dtype("<f2"), torch.float16),
    "I64": (np.dtype("<i8"), torch.int64),
}
NAMES = {torch.float64: "F64", torch.float32: "F32", torch.float16: "F16", torch.int64: "I64"}


def reference():
    torch.manual_seed(0)
    weight = torch.nn.init.kaiming_uniform_(torch.empty(64, 32), a=math.sqrt(5))
    normal64 = torch.nn.init.normal_(torch.empty(5, 7, dtype=torch.float64))
    return {"weight": weight, "normal64": normal64}


def read_safetensors(path):
    with open(path, "rb") as f:
        raw = f.read()
    (n,) = struct.unpack("<Q", raw[:8])
    if (8 + n) % 8 != 0:
        raise SystemExit(f"header length {n}: 8 + N is not a multiple of 8")
    header = json.loads(raw[8 : 8 + n].decode("utf-8"))
    data = raw[8 + n :]
    metadata = header.pop("__metadata__", {})
    tensors = {}
    cursor = 0
    for name, info in sorted(header.items(), key=lambda kv: kv[1]["data_offsets"][0]):
        begin, end = info["data_offsets"]
        if begin != cursor:
            raise SystemExit(f"{name}: data_offsets {begin} != expected {cursor}")
        cursor = end
        np_dtype, _ = DTYPES[info["dtype"]]
        arr = np.frombuffer(data[begin:end], dtype=np_dtype).reshape(info["shape"])
        tensors[name] = torch.from_numpy(arr.copy())
    if cursor != len(data):
        raise SystemExit(f"tensors cover {cursor} of {len(data)} data bytes")
    if sorted(header) != [k for k, _ in sorted(header.items(), key=lambda kv: kv[1]["data_offsets"][0])]:
        raise SystemExit("data is not laid out in sorted-name order")
    return tensors, metadata


def write_safetensors(path, tensors, metadata):
    header = {"__metadata__": metadata}
    chunks = []
    offset = 0
    for name in sorted(tensors):
        t = tensors[name].contiguous()
        np_dtype, _ = DTYPES[NAMES[t.dtype]]
        b = t.numpy().astype(np_dtype, copy=False).tobytes()
        header[name] = {"dtype": NAMES[t.dtype], "shape": list(t.shape), "data_offsets": [offset, offset + len(b)]}
        chunks.append(b)
        offset += len(b)
    h = json.dumps(header, separators=(",", ":")).encode("utf-8")
    h += b" " * (-len(h) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(h)) + h + b"".join(chunks))


def bits(t):
    return t.view({torch.float32: torch.int32, torch.float64: torch.int64}[t.dtype])


def check(path):
    got, metadata = read_safetensors(path)
    want = reference()
    ok = True
    if sorted(got) != sorted(want):
        print(f"tensor names differ: {sorted(got)} vs {sorted(want)}")
        ok = False
    for name, w in want.items():
        g = got.get(name)
        if g is None:
            continue
        if g.dtype != w.dtype or g.shape != w.shape:
            print(f"{name}: {g.dtype} {tuple(g.shape)} vs torch {w.dtype} {tuple(w.shape)}")
            ok = False
        elif not torch.equal(bits(g), bits(w)):
            diff = int((bits(g) != bits(w)).sum())
            print(f"{name}: {diff} of {w.numel()} elements differ from torch")
            ok = False
        else:
            print(f"{name}: {w.numel()} {NAMES[w.dtype]} elements bit-identical to torch {torch.__version__}")
    print(f"metadata: {json.dumps(metadata, sort_keys=True)}")
    sys.exit(0 if ok else 1)


def write(path, json_path):
    tensors = reference()
    torch.manual_seed(1)
    tensors["half"] = torch.randn(9).half()
    tensors["half"][0] = float("inf")
    tensors["half"][1] = -0.0
    tensors["half"][2] = 2.0**-24  # smallest subnormal
    tensors["int64"] = torch.randint(-(2**62), 2**62, (2, 3), dtype=torch.int64)
    tensors["int64"][0, 0] = -(2**63)
    write_safetensors(path, tensors, {"torch": torch.__version__, "writer": "safetensors_interop.py"})
    with open(json_path, "w") as f:
        json.dump(
            {
                "torch": torch.__version__,
                "half_bits": tensors["half"].view(torch.int16).numpy().astype("<u2").tolist(),
                "int64": [str(v) for v in tensors["int64"].flatten().tolist()],
            },
            f,
            sort_keys=True,
        )


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "check":
        check(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "write":
        write(sys.argv[2], sys.argv[3])
    else:
        raise SystemExit(__doc__)
