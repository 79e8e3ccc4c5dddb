#!/usr/bin/env python3
"""A conformance port backed by real PyTorch (torch-parity-port/1 over stdin/stdout).

Run: python3 conformance/examples/torch_port.py   (needs python3-torch; Debian: apt-get install
python3-torch python3-numpy). Set ATEN_CPU_CAPABILITY=default|avx2|avx512 to choose torch's CPU
kernel family; the port reports it in `hello` so the harness compares against the right goldens.
It must pass every level: it IS the reference.
"""
import base64
import json
import os
import sys

import numpy as np
import torch

torch.set_num_threads(1)

INIT_OPS = {
    "uniform_", "normal_", "trunc_normal_", "constant_", "ones_", "zeros_", "eye_", "dirac_",
    "xavier_uniform_", "xavier_normal_", "kaiming_uniform_", "kaiming_normal_", "orthogonal_",
    "sparse_",
}
DTYPES = {"float32": torch.float32, "float64": torch.float64, "float16": torch.float16,
          "bfloat16": torch.bfloat16}


def capability():
    for line in torch.__config__.show().splitlines():
        if "CPU capability usage:" in line:
            name = line.split(":", 1)[1].strip().lower()
            return {"no avx": "default", "avx2": "avx2", "avx512": "avx512"}.get(name, "default")
    return "default"


_BUILDER = []


def module_builder():
    """The module-spec builder of golden/gen/module_ops.py (the format's reference implementation,
    golden/README.md "Module cases"), when this file runs from a checkout; else None."""
    if not _BUILDER:
        golden = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "golden")
        try:
            sys.path.insert(0, golden)
            from gen.module_ops import ModuleBuilder  # noqa: E402
            _BUILDER.append(ModuleBuilder(torch))
        except ImportError:
            _BUILDER.append(None)
    return _BUILDER[0]


def b64(array):
    return base64.b64encode(np.ascontiguousarray(array).astype(array.dtype.newbyteorder("<")).tobytes()).decode()


def handle(req):
    op = req.get("op")
    if op == "hello":
        return {"name": f"PyTorch {torch.__version__} ({capability()})",
                "ops": sorted(INIT_OPS) + ["calculate_gain", "calculate_fan_in_and_fan_out"]
                + (["module"] if module_builder() is not None else []),
                "capability": capability(),
                "torch": ".".join(torch.__version__.split(".")[:2]),
                "dtypes": ["float32", "float64", "float16", "bfloat16"]}
    if op == "calculate_gain":
        args = req["args"]
        return {"value": torch.nn.init.calculate_gain(args["nonlinearity"], args.get("param"))}
    if op == "calculate_fan_in_and_fan_out":
        return {"value": list(torch.nn.init._calculate_fan_in_and_fan_out(torch.empty(req["shape"])))}
    if op == "manual_seed":
        torch.manual_seed(int(req["seed"]))
        return {}
    if op == "random32":
        count = int(req["count"])
        pairs = torch.randint(-2**63, 2**63 - 1, ((count + 1) // 2,), dtype=torch.int64)
        words = []
        for v in pairs.tolist():
            u = v + 2**63
            words += [u >> 32, u & 0xFFFFFFFF]
        return {"data": b64(np.array(words[:count], dtype=np.uint32))}
    if op == "module":
        builder = module_builder()
        if builder is None:
            raise NotImplementedError("module requests need golden/gen/module_ops.py (a checkout)")
        torch.manual_seed(int(req["seed"]))
        net = builder.build(req["spec"])
        entries = [{"name": k, "dtype": str(v.dtype).replace("torch.", ""), "shape": list(v.shape),
                    "data": b64(_array(v.detach().contiguous()))} for k, v in net.state_dict().items()]
        return {"state_dict": entries, "rng_state": b64(torch.get_rng_state().numpy())}
    if op in INIT_OPS:
        t = torch.zeros(req["shape"], dtype=DTYPES[req["dtype"]])
        getattr(torch.nn.init, op)(t, **req.get("args", {}))
        if t.dtype in (torch.float16, torch.bfloat16):  # their bits (numpy has no bfloat16)
            return {"dtype": req["dtype"], "shape": list(t.shape), "data": b64(t.view(torch.int16).numpy())}
        return {"dtype": req["dtype"], "shape": list(t.shape), "data": b64(t.numpy())}
    raise NotImplementedError(f"unknown op {op}")


def _array(t):
    """A tensor as numpy: float16 / bfloat16 as their bits (numpy has no bfloat16)."""
    if t.dtype in (torch.float16, torch.bfloat16):
        return t.view(torch.int16).numpy()
    return t.numpy()


def handle_json(line):
    req = json.loads(line)
    try:
        reply = {"id": req.get("id"), "ok": True, **handle(req)}
    except Exception as exc:  # torch's refusal: report it, keep serving
        reply = {"id": req.get("id"), "ok": False,
                 "error": {"type": type(exc).__name__, "message": str(exc)}}
    return json.dumps(reply)


if __name__ == "__main__":
    for line in sys.stdin:
        if line.strip():
            print(handle_json(line), flush=True)
