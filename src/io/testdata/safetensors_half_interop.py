#!/usr/bin/python3
# Copyright 2026 the torch-parity authors. MIT license.
"""torch's side of src/io/safetensors_half_interop_test.ts (no safetensors package: the format is
parsed and written here). The state dict is that of

    torch.manual_seed(SEED)
    nn.Linear(20, 7, dtype=torch.bfloat16), then nn.Linear(20, 7, dtype=torch.float16)

under prefixes "bf." and "f16.".

    check PATH SEED   load the library's file into fresh modules with load_state_dict(strict=True)
                      and compare every parameter bit for bit with torch's own modules
    write PATH SEED   write torch's state dict as F16/BF16 safetensors"""

import json
import struct
import sys

import torch

ST = {"BF16": torch.bfloat16, "F16": torch.float16}
NAMES = {torch.bfloat16: "BF16", torch.float16: "F16"}


def modules(seed):
    torch.manual_seed(seed)
    return {"bf": torch.nn.Linear(20, 7, dtype=torch.bfloat16),
            "f16": torch.nn.Linear(20, 7, dtype=torch.float16)}


def read(path):
    data = open(path, "rb").read()
    (n,) = struct.unpack_from("<Q", data, 0)
    header = json.loads(data[8:8 + n])
    meta = header.pop("__metadata__", {})
    out = {}
    for name, e in header.items():
        begin, end = e["data_offsets"]
        raw = bytearray(data[8 + n + begin:8 + n + end])
        out[name] = torch.frombuffer(raw, dtype=ST[e["dtype"]]).reshape(e["shape"])
    return out, meta


def bits(t):
    return t.detach().contiguous().view(torch.int16)


def check(path, seed):
    tensors, meta = read(path)
    want = modules(seed)
    ok = True
    for prefix, module in want.items():
        fresh = type(module)(20, 7, dtype=module.weight.dtype)
        sd = {k[len(prefix) + 1:]: v for k, v in tensors.items() if k.startswith(prefix + ".")}
        fresh.load_state_dict(sd, strict=True)
        for name, p in module.named_parameters():
            got = dict(fresh.named_parameters())[name]
            assert tensors["%s.%s" % (prefix, name)].dtype == p.dtype
            same = torch.equal(bits(got), bits(p))
            ok &= same
            print("%s.%s: %d %s elements %s" % (prefix, name, p.numel(), NAMES[p.dtype],
                  "bit-identical" if same else "DIFFER"))
    print("metadata: %s" % json.dumps(meta, sort_keys=True))
    sys.exit(0 if ok else 1)


def write(path, seed):
    tensors = {"%s.%s" % (prefix, k): v for prefix, m in modules(seed).items()
               for k, v in m.state_dict().items()}
    header, blobs, offset = {"__metadata__": {"torch": torch.__version__}}, [], 0
    for name in sorted(tensors):
        raw = bits(tensors[name]).numpy().tobytes()
        header[name] = {"dtype": NAMES[tensors[name].dtype], "shape": list(tensors[name].shape),
                        "data_offsets": [offset, offset + len(raw)]}
        offset += len(raw)
        blobs.append(raw)
    js = json.dumps(header).encode()
    js += b" " * (-len(js) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(js)) + js + b"".join(blobs))


if __name__ == "__main__":
    {"check": check, "write": write}[sys.argv[1]](sys.argv[2], int(sys.argv[3]))
