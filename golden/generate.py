#!/usr/bin/python3
"""Generate torch-parity golden data from real PyTorch (the only writer of golden/).

Usage:
    /usr/bin/python3 golden/generate.py [--out DIR]

DIR defaults to the directory of this script. For every capability in CAPABILITIES
this script re-invokes itself as a child process with ATEN_CPU_CAPABILITY set (the
variable is read once, when torch is imported, so it must be set before that), and the
child ("worker") writes DIR/<cap>/manifest.json and DIR/<cap>/tensors.safetensors.

The format is documented in golden/README.md. Everything written is deterministic:
sorted JSON keys, Python float repr, no timestamps, no kernel release strings.

Pinned tools used to produce the committed files (see manifest "meta"):
Debian 12 python3-torch 1.13.1+dfsg-4, python3-numpy 1.24.2, Python 3.11.2, glibc 2.36.

Layout: the cases are plain data built by family modules in golden/gen/ (rng_cases.py: random
streams; init_cases.py: nn.init on tensors; refusal_cases.py: rejected calls and zero-element
tensors), with the vocabulary (step constructors, CaseList, tags) in gen/cases.py; gen/torch_ops.py
runs each step kind in torch (one op_<name> per kind, registered in OPS), gen/self_check.py
re-derives what it can independently, gen/safetensors.py writes the data. build_cases() below is
the one place that orders the families.

Extending: add cases to a family AFTER the existing ones (case indices name the tensors, so
appending keeps every existing case and tensor byte-identical), or a new family called at the end
of build_cases(). A new step kind needs a step constructor in gen/cases.py, an op_<name> in
gen/torch_ops.py registered in OPS, and a description in README.md. A further torch.nn.init
function only needs its name in INIT_OPS (op_init runs any of them). torch 1.13's torch.nn.init
functions have no generator= argument, so such cases must use generator "default". Steps that must
raise / warn are declared with raises=True / warns=True; the worker asserts exactly that and
records "error" / "warnings".
"""

import argparse
import json
import os
import platform
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen import half_cases, init_cases, module_ops, refusal_cases, rng_cases  # noqa: E402
from gen.cases import CAPABILITIES, FORMAT, FRESH_GENERATOR_SEED, CaseList, tensor_name  # noqa: E402
from gen.safetensors import _read_safetensors, _write_atomic, st_dtype, write_safetensors  # noqa: E402
from gen.self_check import self_check, self_check_init  # noqa: E402
from gen.torch_ops import OPS, Gen, decode_state  # noqa: E402


def build_cases():
    """THE case list, in generation order (case indices name the tensors: append only)."""
    c = CaseList()
    rng_cases.add_rng_cases(c)              # family 1: random streams (sections 1-8)
    init_cases.add_formula_cases(c)         # family 2: nn.init on tensors (9, 10, 11a)
    init_cases.add_random_init_cases(c)
    init_cases.add_fill_cases(c)
    refusal_cases.add_rejected_cases(c)     # family 3: refusals and no-ops (11b, 12)
    refusal_cases.add_zero_element_cases(c)
    init_cases.add_view_cases(c)            # family 2 again (13, 14, 15)
    init_cases.add_sequence_cases(c)
    init_cases.add_trunc_normal_sweep(c)
    init_cases.add_coverage_cases(c)        # family 2 again (17: the harness's blind spots)
    refusal_cases.add_coverage_refusals(c)  # family 3 again (17b)
    half_cases.add_half_cases(c)            # family 5: float16 and bfloat16 (18)
    return c.cases


def _reported_capability(torch):
    for line in torch.__config__.show().splitlines():
        line = line.strip()
        if line.startswith("- CPU capability usage:"):
            return line.split(":", 1)[1].strip()
    return "unknown"


def _torch_package():
    return _deb_version("python3-torch")


def _deb_version(package):
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", package],
                             capture_output=True, text=True, check=True).stdout.strip()
        return out or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _lapack_libraries():
    """The BLAS/LAPACK shared libraries this process has loaded (orthogonal_'s QR ran by now),
    as "file (package version)"; torch 1.13's config only says LAPACK_INFO=generic."""
    try:
        with open("/proc/self/maps") as f:
            paths = sorted({line.split()[-1] for line in f
                            if "/" in line and ("lapack" in line or "blas" in line)})
    except OSError:
        return "unknown"
    found = []
    for path in paths:
        try:
            owner = subprocess.run(["dpkg-query", "-S", path], capture_output=True, text=True,
                                   check=True).stdout.split(":")[0].strip()
        except (OSError, subprocess.CalledProcessError):
            owner = ""
        found.append("%s (%s %s)" % (os.path.basename(path), owner or "unknown package",
                                     _deb_version(owner) if owner else "?"))
    return "; ".join(found) or "none loaded"


def _drop_base_tensors(tensors, base_file):
    """Remove every tensor whose dtype, shape and bytes equal the same-named tensor of base_file
    (the torch 1.13 set of the same capability); the manifest then names base_file as
    "base_tensors" and readers take the missing tensors from there."""
    import numpy as np
    base = _read_safetensors(base_file, with_header=True)
    kept = {}
    for name, arr in tensors.items():
        kind = st_dtype(arr)
        flat = np.ascontiguousarray(arr)
        other = base.get(name)
        if other is not None and other[0] == kind and other[1] == list(flat.shape) \
                and other[2] == flat.astype(flat.dtype.newbyteorder("<"), copy=False).tobytes():
            continue
        kept[name] = arr
    return kept


def run_worker(cap, out_dir, base_dir=None):
    assert os.environ.get("ATEN_CPU_CAPABILITY") == cap, "worker must run with ATEN_CPU_CAPABILITY=" + cap
    assert sys.byteorder == "little"
    import numpy
    import torch

    torch.set_num_threads(1)
    cases = build_cases()
    tensors = {}
    for ci, case in enumerate(cases):
        gen = Gen(torch, case["generator"], None if case["seed"] is None else int(case["seed"]))
        if case["generator"] == "fresh":
            assert gen.g.initial_seed() == FRESH_GENERATOR_SEED
        for si, step in enumerate(case["steps"]):
            result = OPS[step["op"]](step, gen, tensors)
            assert not [k for k in step if k.startswith("_")], "private key left in %s" % case["id"]
            step["output"] = None if result is None else tensor_name(ci, si)
            if result is not None:
                tensors[step["output"]] = result
        raw = gen.get_state().numpy().tobytes()
        case["state_after"] = decode_state(raw)
        assert case["state_after"]["initial_seed"] == str(gen.g.initial_seed())

    self_check(torch, numpy, cases, tensors, _reported_capability(torch))
    self_check_init(torch, numpy, cases, tensors)

    meta = {
        "capability": cap,
        "reported_capability": _reported_capability(torch),
        "torch": torch.__version__,
        "torch_package": _torch_package(),
        "python": platform.python_version(),
        "numpy": numpy.__version__,
        "system": platform.system(),
        "machine": platform.machine(),
        "libc": " ".join(platform.libc_ver()),
        "byteorder": sys.byteorder,
        "lapack": _lapack_libraries(),
    }
    manifest = {"format": FORMAT, "meta": meta, "tensors": "tensors.safetensors", "cases": cases}
    total = len(tensors)
    if base_dir is not None:
        tensors = _drop_base_tensors(tensors, os.path.join(base_dir, cap, "tensors.safetensors"))
        manifest["base_tensors"] = "../../%s/tensors.safetensors" % cap
    cap_dir = os.path.join(out_dir, cap)
    os.makedirs(cap_dir, exist_ok=True)
    write_safetensors(os.path.join(cap_dir, "tensors.safetensors"), tensors,
                      {"format": FORMAT, "capability": cap})
    text = json.dumps(manifest, sort_keys=True, indent=1, allow_nan=False) + "\n"
    _write_atomic(os.path.join(cap_dir, "manifest.json"), text.encode("utf-8"))
    module_ops.run_module_cases(torch, cap, out_dir, meta, base_dir)  # family 4: whole modules (own files)
    print("[%s] %d cases, %d tensors (%d stored, the rest as in base_tensors), reported capability %s"
          % (cap, len(cases), total, len(tensors), meta["reported_capability"]), file=sys.stderr)


# ---------------------------------------------------------------------------------------
# Parent: one child per capability, then a short cross-capability summary
# ---------------------------------------------------------------------------------------


def summarize(out_dir, capabilities):
    if any(c not in capabilities for c in ("default", "avx2", "avx512")):
        return
    with open(os.path.join(out_dir, capabilities[0], "manifest.json")) as f:
        cases = json.load(f)["cases"]
    data = {cap: _read_safetensors(os.path.join(out_dir, cap, "tensors.safetensors")) for cap in capabilities}
    records = set()
    for cap in capabilities:
        with open(os.path.join(out_dir, cap, "manifest.json")) as f:
            records.add(json.dumps(json.load(f)["cases"], sort_keys=True))
    print("case records (steps, warnings, errors, expected values, states) identical across capabilities: %s"
          % ("yes" if len(records) == 1 else "NO"))
    for a, b in (("avx2", "avx512"), ("default", "avx2")):
        differing = [c["id"] for c in cases
                     if any(s["output"] and data[a][s["output"]] != data[b][s["output"]] for s in c["steps"])]
        print("%s vs %s: %d of %d cases differ%s" % (a, b, len(differing), len(cases),
              (" (e.g. %s)" % ", ".join(differing[:3])) if differing else ""))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--capabilities", default=",".join(CAPABILITIES),
                        help="comma-separated capabilities to record (default: all three)")
    parser.add_argument("--base", default=None,
                        help="a golden directory (torch 1.13) whose identical tensors are not stored again")
    parser.add_argument("--worker", choices=CAPABILITIES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    out_dir = os.path.abspath(args.out)
    base_dir = os.path.abspath(args.base) if args.base else None
    if args.worker:
        run_worker(args.worker, out_dir, base_dir)
        return
    script = os.path.abspath(__file__)
    capabilities = [c for c in args.capabilities.split(",") if c]
    assert all(c in CAPABILITIES for c in capabilities), capabilities
    for cap in capabilities:
        t0 = time.monotonic()
        extra = ["--base", base_dir] if base_dir else []
        subprocess.run([sys.executable, script, "--worker", cap, "--out", out_dir] + extra,
                       env={**os.environ, "ATEN_CPU_CAPABILITY": cap,
                            # single-threaded BLAS/LAPACK (orthogonal_'s QR) if an OpenBLAS/MKL is selected
                            "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}, check=True)
        print("%s: %.1f s" % (cap, time.monotonic() - t0))
    summarize(out_dir, capabilities)


if __name__ == "__main__":
    main()
