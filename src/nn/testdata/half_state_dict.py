#!/usr/bin/python3
# Copyright 2026 the torch-parity authors. MIT license.
"""torch's side of src/nn/half_state_dict_torch_test.ts (no safetensors package: the format is
parsed and written here). Modules are JSON specs built by golden/gen/module_ops.py's ModuleBuilder
(the golden generator's reference semantics) after torch.manual_seed(SEED).

    check PATH SPEC SEED     build SPEC after manual_seed(SEED) (torch's reference), build it again
                             after manual_seed(SEED + 1) (other values), load the library's file
                             into the second with load_state_dict(strict=True) and compare every
                             state_dict entry with the reference bit for bit (dtype, shape, bits)
    write PATH SPEC SEED     write torch's state dict of SPEC as safetensors (F16/BF16/F32/F64/I64)
    convert PATH SPEC SEED DTYPE
                             the same after module.half() (DTYPE float16) or .bfloat16()
    batch JOBS               run a JSON list of [op, path, spec, seed, dtype] jobs in one process
                             (torch is imported once); exit 1 if a check differs"""

import json
import os
import struct
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "golden"))
from gen.module_ops import ModuleBuilder  # noqa: E402

ST = {"BF16": torch.bfloat16, "F16": torch.float16, "F32": torch.float32, "F64": torch.float64,
      "I64": torch.int64}
NAMES = {v: k for k, v in ST.items()}
SIZE = {"BF16": 2, "F16": 2, "F32": 4, "F64": 8, "I64": 8}


def build(spec, seed):
    torch.manual_seed(seed)
    return ModuleBuilder(torch).build(json.loads(spec))


def read(path):
    data = open(path, "rb").read()
    (n,) = struct.unpack_from("<Q", data, 0)
    header = json.loads(data[8:8 + n])
    header.pop("__metadata__", None)
    out = {}
    for name, e in header.items():
        begin, end = e["data_offsets"]
        raw = bytearray(data[8 + n + begin:8 + n + end])
        dtype = ST[e["dtype"]]
        t = torch.frombuffer(raw, dtype=dtype) if raw else torch.empty(0, dtype=dtype)
        out[name] = t.reshape(e["shape"])
    return out


def raw(t):
    t = t.detach().contiguous()
    if t.dtype in (torch.float16, torch.bfloat16):
        return t.view(torch.int16).numpy().tobytes()
    return t.numpy().tobytes()


def check(path, spec, seed):
    """True when every entry is bit-identical (one line per entry printed)."""
    tensors = read(path)
    want = build(spec, seed)
    fresh = build(spec, seed + 1)
    fresh.load_state_dict(tensors, strict=True)
    ok = True
    for name, t in want.state_dict().items():
        got = fresh.state_dict()[name]
        same = got.dtype == t.dtype and tensors[name].dtype == t.dtype and \
            list(got.shape) == list(t.shape) and raw(got) == raw(t)
        ok &= same
        print("%s: %d %s elements %s" % (name, t.numel(), NAMES[t.dtype],
                                         "bit-identical" if same else "DIFFER"))
    return ok


def write(path, net):
    tensors = net.state_dict()
    header, blobs, offset = {"__metadata__": {"torch": torch.__version__}}, [], 0
    for name in sorted(tensors):
        data = raw(tensors[name])
        header[name] = {"dtype": NAMES[tensors[name].dtype], "shape": list(tensors[name].shape),
                        "data_offsets": [offset, offset + len(data)]}
        offset += len(data)
        blobs.append(data)
    js = json.dumps(header).encode()
    js += b" " * (-len(js) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(js)) + js + b"".join(blobs))


def job(op, path, spec, seed, dtype=None):
    if op == "check":
        return check(path, spec, seed)
    if op == "write":
        write(path, build(spec, seed))
    elif op == "convert":
        net = build(spec, seed)
        write(path, net.half() if dtype == "float16" else net.bfloat16())
    else:
        raise SystemExit("unknown op " + op)
    return True


if __name__ == "__main__":
    if sys.argv[1] == "batch":  # batch JOBS.json: a list of [op, path, spec, seed, dtype]
        ok = True
        for args in json.load(open(sys.argv[2])):
            print("== %s %s" % (args[0], args[2]))
            ok &= job(*args)
        sys.exit(0 if ok else 1)
    dtype = sys.argv[5] if len(sys.argv) > 5 else None
    sys.exit(0 if job(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), dtype) else 1)
