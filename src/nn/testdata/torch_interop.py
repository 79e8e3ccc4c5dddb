#!/usr/bin/python3
# Copyright 2026 the torch-parity authors. MIT license.
"""Helper of src/nn/torch_interop_test.ts (run with ATEN_CPU_CAPABILITY set by the test).

    torch_interop.py DIR

DIR/cases.json is a list of {"id", "seed", "spec"} (module specs as in golden/README.md, "Module
cases"; built with golden/gen/module_ops.py's builder). For case i:

* forward: DIR/ours_<i>.safetensors (written by this library's saveSafetensors) is parsed here by
  hand (no safetensors package), loaded with net.load_state_dict(strict=True) into the module torch
  builds itself after torch.manual_seed(seed), and compared bit for bit (names, order, dtypes,
  shapes, bytes) with torch's own state_dict;
* reverse: torch.manual_seed(seed + 1), build, set every int64 buffer to 2**40 + 7 + i, and write
  DIR/torch_<i>.safetensors with a hand-written safetensors writer.

Prints one JSON line per case: {"id", "loaded": bool, "equal": bool, "detail": str}."""

import json
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "golden"))

import numpy as np  # noqa: E402
import torch  # noqa: E402

from gen.module_ops import ModuleBuilder  # noqa: E402

TO_NP = {"F32": np.float32, "F64": np.float64, "I64": np.int64}
TO_ST = {torch.float32: "F32", torch.float64: "F64", torch.int64: "I64"}


def read_safetensors(path):
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack_from("<Q", data, 0)
    header = json.loads(data[8:8 + n])
    header.pop("__metadata__", None)
    out = {}
    for name, info in header.items():
        begin, end = info["data_offsets"]
        arr = np.frombuffer(data[8 + n + begin:8 + n + end], dtype=TO_NP[info["dtype"]]).copy()
        out[name] = torch.from_numpy(arr.reshape(info["shape"]))
    return out


def write_safetensors(path, tensors):
    header, blobs, offset = {}, [], 0
    for name in sorted(tensors):
        t = tensors[name].detach().contiguous()
        raw = t.numpy().tobytes()
        header[name] = {"dtype": TO_ST[t.dtype], "shape": list(t.shape), "data_offsets": [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    text = json.dumps(header, separators=(",", ":"), sort_keys=True).encode("utf-8")
    text += b" " * ((-(8 + len(text))) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + b"".join(blobs))


def fingerprint(sd):
    return [(k, str(v.dtype), tuple(v.shape), v.detach().contiguous().numpy().tobytes()) for k, v in sd.items()]


def main():
    directory = sys.argv[1]
    torch.set_num_threads(1)
    with open(os.path.join(directory, "cases.json")) as f:
        cases = json.load(f)
    builder = ModuleBuilder(torch)
    for i, case in enumerate(cases):
        result = {"id": case["id"], "loaded": False, "equal": False, "detail": ""}
        try:
            torch.manual_seed(int(case["seed"]))
            net = builder.build(case["spec"])
            own = fingerprint(net.state_dict())
            ours = read_safetensors(os.path.join(directory, "ours_%d.safetensors" % i))
            # load_state_dict casts silently: the file's dtypes and shapes must be torch's already
            mistyped = [k for k, dt, shape, _ in own if k in ours and (str(ours[k].dtype), tuple(ours[k].shape)) != (dt, shape)]
            # it copies into the existing tensors: torch's own bytes were kept first
            net.load_state_dict(ours, strict=True)
            result["loaded"] = True
            got = fingerprint(net.state_dict())
            result["equal"] = got == own and not mistyped
            if mistyped:
                result["detail"] = "dtype or shape differs: " + ", ".join(mistyped[:5])
            if got != own:
                bad = [a[0] for a, b in zip(got, own) if a != b] or ["(names or order)"]
                result["detail"] = "differs: " + ", ".join(bad[:5])
            torch.manual_seed(int(case["seed"]) + 1)
            net = builder.build(case["spec"])
            for name, b in net.named_buffers():
                if b.dtype == torch.int64:
                    b.fill_(2**40 + 7 + i)
            write_safetensors(os.path.join(directory, "torch_%d.safetensors" % i), net.state_dict())
        except Exception as exc:  # noqa: BLE001 (reported to the test)
            result["detail"] = "%s: %s" % (type(exc).__name__, exc)
        print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
