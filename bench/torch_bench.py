# Copyright 2026 the torch-parity authors. MIT license.
"""The PyTorch side of `deno task bench:compare` (bench/compare.ts runs it).

Reads a JSON list of cases on stdin, each
  {"id": str, "op": "<torch.nn.init function>", "args": {kwargs}, "shape": [..], "dtype": "float32"},
times `torch.nn.init.<op>(t, **args)` on a tensor allocated before timing, and
writes one JSON object on stdout:
  {"torch": version, "capability": "AVX2", "threads": 1, "python": version,
   "blas_lapack": {"build": {...}, "libraries": [...]}, "results": [{"id", "samples_ns", "runs"}]}.

One thread (`torch.set_num_threads(1)`); the CPU capability comes from the
environment (`ATEN_CPU_CAPABILITY`, set by compare.ts). The repeat rule is the
one compare.ts applies to this library and TF.js: one untimed-for-the-median
warm-up call, then more calls until about BUDGET_S seconds are spent (at least
3, at most 25; 2 for calls over 1 s; none for calls over 4 s, which then
report the warm-up call itself).
"""

import json
import re
import sys
import time

import torch

BUDGET_S = float(sys.argv[1]) if len(sys.argv) > 1 else 1.5


def repeats_after(first_ns):
    """How many timed calls follow a warm-up call that took first_ns."""
    first_s = first_ns / 1e9
    if first_s >= 4:
        return 0
    if first_s >= 1:
        return 2
    return max(3, min(25, round(BUDGET_S / max(first_s, 1e-9))))


def timed(fn):
    start = time.perf_counter_ns()
    fn()
    return time.perf_counter_ns() - start


def capability():
    match = re.search(r"CPU capability usage: (\S+)", torch.__config__.show())
    return match.group(1) if match else "unknown"


def blas_lapack():
    """BLAS_INFO/LAPACK_INFO of the build, and the BLAS/LAPACK libraries mapped into this process."""
    config = torch.__config__.show()
    info = dict(re.findall(r"\b(BLAS_INFO|LAPACK_INFO)=([^,\s]+)", config))
    libs = set()
    try:
        with open("/proc/self/maps") as maps:
            for line in maps:
                path = line.split()[-1]
                name = path.rsplit("/", 1)[-1]
                if ("blas" in name or "lapack" in name) and ".so" in name:
                    libs.add(path)
    except OSError:
        pass
    return {"build": info, "libraries": sorted(libs)}


def main():
    torch.set_num_threads(1)
    torch.manual_seed(0)
    cases = json.load(sys.stdin)
    results = []
    for case in cases:
        dtype = getattr(torch, case["dtype"])
        t = torch.empty(case["shape"], dtype=dtype)
        init = getattr(torch.nn.init, case["op"])
        args = case["args"]

        def call():
            init(t, **args)

        first = timed(call)
        n = repeats_after(first)
        samples = [timed(call) for _ in range(n)] if n else [first]
        results.append({"id": case["id"], "samples_ns": samples, "runs": len(samples)})
        print(f"torch {case['id']}: {sorted(samples)[len(samples) // 2] / 1e6:.2f} ms", file=sys.stderr)
    json.dump(
        {
            "torch": torch.__version__,
            "capability": capability(),
            "threads": torch.get_num_threads(),
            "python": sys.version.split()[0],
            "blas_lapack": blas_lapack(),
            "results": results,
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
