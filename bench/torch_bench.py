# Copyright 2026 the torch-parity authors. MIT license.
"""The PyTorch side of `deno task bench:compare` (bench/compare.ts runs it).

Reads a JSON list of cases on stdin, each
  {"id": str, "op": "<torch.nn.init function>", "args": {kwargs}, "shape": [..], "dtype": "float32"},
times `torch.nn.init.<op>(t, **args)` on a tensor allocated before timing, and
writes one JSON object on stdout:
  {"torch": version, "capability": "AVX2", "threads": 1, "python": version,
   "blas_lapack": {"build": {...}, "libraries": [...]}, "results": [{"id", "samples_ns", "runs"}]}.

`torch_bench.py --serve` builds the whole models of bench/torch_models.py on request (see
serve()): `torch.manual_seed(0); Model()`, timed (wall and CPU time), and the SHA-256 of the state
dict (every entry's bytes in state_dict order) and of `torch.get_rng_state()` after construction.

`torch_bench.py --stages N` times GPT-2 small's construction by stage for
bench/_model_stages.ts.

`torch_bench.py --cold OP ARGS SHAPE` (a fresh process per measurement, run by compare.ts) times
the first call of `torch.nn.init.OP(t, **json.loads(ARGS))` on a fresh float32 tensor of SHAPE
("64,64") and a second call, and prints {"import_ns", "first_ns", "warm_ns"} (import_ns: `import
torch` and the modules this script needs).

`torch_bench.py --memory MODEL` (a fresh process per model, run by compare.ts) builds MODEL once
and prints {"rss_before", "hwm_after", "state_bytes", "peak_extra_bytes"}: the resident-set
high-water mark (VmHWM, reset through /proc/self/clear_refs; Linux) the construction reached beyond
the resident size before it and the model's own tensors.

One thread (`torch.set_num_threads(1)`); the CPU capability comes from the
environment (`ATEN_CPU_CAPABILITY`, set by compare.ts). The repeat rule is the
one compare.ts applies to this library and TF.js: one untimed-for-the-median
warm-up call, then more calls until about BUDGET_S seconds are spent (at least
3, at most 25; 2 for calls over 1 s; none for calls over 4 s, which then
report the warm-up call itself).
"""

import time

_IMPORT_START_NS = time.perf_counter_ns()

import hashlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402

import torch  # noqa: E402

_IMPORT_NS = time.perf_counter_ns() - _IMPORT_START_NS

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from torch_models import MODELS  # noqa: E402

BUDGET_S = float(sys.argv[1]) if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else 1.5


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


def vm(field):
    """A Vm* field of /proc/self/status in bytes, or None off Linux."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def reset_peak():
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def model_digest(m, rng):
    """SHA-256 of the state dict (each entry's bytes, in order) and of the rng bytes, and sizes."""
    digest = hashlib.sha256()
    for t in m.state_dict().values():
        digest.update(memoryview(t.detach().contiguous().numpy()).cast("B"))
    return {"state_sha256": digest.hexdigest(), "rng_sha256": hashlib.sha256(rng).hexdigest(),
            "state_bytes": state_bytes(m), "parameters": sum(p.numel() for p in m.parameters())}


def serve():
    """--serve: one JSON request per stdin line, one JSON reply per stdout line.

    {"op": "build", "model": NAME} builds `torch.manual_seed(0); MODELS[NAME]()` (the previous
    model freed first) and replies {"ns", "cpu_ns"}; {"op": "digest"} replies model_digest of the
    last model and of the generator state right after it was built. compare.ts alternates these
    constructions with its own, so that both sides see the same machine load.
    """
    torch.set_num_threads(1)
    m, rng = None, None
    for line in sys.stdin:
        request = json.loads(line)
        if request["op"] == "build":
            m = None
            torch.manual_seed(0)
            start, start_cpu = time.perf_counter_ns(), time.process_time_ns()
            m = MODELS[request["model"]]()
            reply = {"ns": time.perf_counter_ns() - start, "cpu_ns": time.process_time_ns() - start_cpu}
            rng = torch.get_rng_state().numpy().tobytes()
        elif request["op"] == "digest":
            reply = model_digest(m, rng)
        else:
            reply = {"error": "unknown op %r" % request["op"]}
        print(json.dumps(reply), flush=True)


def stages(runs):
    """--stages N: GPT-2 small's CPU milliseconds per stage (see bench/_model_stages.ts)."""
    import math
    from torch_models import GPT, GPT2_SMALL
    torch.set_num_threads(1)
    GPT(GPT2_SMALL)  # warm-up

    def cpu(f):
        start = time.process_time_ns()
        f()
        return (time.process_time_ns() - start) / 1e6

    def cproj(m):
        for pn, p in m.named_parameters():
            if pn.endswith("c_proj.weight"):
                torch.nn.init.normal_(p, mean=0.0, std=0.02 / math.sqrt(2 * GPT2_SMALL["n_layer"]))

    def reset(m):
        for x in m.modules():
            if hasattr(x, "reset_parameters"):
                x.reset_parameters()

    times = {"total": [], "apply": [], "cproj": [], "reset": []}
    for _ in range(runs):
        box = {}
        torch.manual_seed(0)
        times["total"].append(cpu(lambda: box.setdefault("m", GPT(GPT2_SMALL))))
        m = box.pop("m")
        times["apply"].append(cpu(lambda: m.apply(m._init_weights)))
        times["cproj"].append(cpu(lambda: cproj(m)))
        times["reset"].append(cpu(lambda: reset(m)))
        del m
    json.dump({k: sorted(v)[len(v) // 2] for k, v in times.items()}, sys.stdout)


def state_bytes(m):
    """Bytes of the parameters and buffers, a tensor shared by several keys once."""
    unique = {t.data_ptr(): t for t in m.state_dict().values()}
    return sum(t.numel() * t.element_size() for t in unique.values())


def memory(model):
    torch.set_num_threads(1)
    build = MODELS[model]
    reset = reset_peak()
    rss = vm("VmRSS")
    torch.manual_seed(0)
    m = build()
    hwm = vm("VmHWM")
    own = state_bytes(m)
    json.dump({"model": model, "reset": reset, "rss_before": rss, "hwm_after": hwm,
               "state_bytes": own, "peak_extra_bytes": max(0, hwm - rss - own)}, sys.stdout)


def cold(op, args, shape):
    torch.set_num_threads(1)
    t = torch.empty([int(x) for x in shape.split(",")], dtype=torch.float32)
    init = getattr(torch.nn.init, op)
    kwargs = json.loads(args)
    first = timed(lambda: init(t, **kwargs))
    warm = timed(lambda: init(t, **kwargs))
    json.dump({"import_ns": _IMPORT_NS, "first_ns": first, "warm_ns": warm}, sys.stdout)


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
    if len(sys.argv) > 2 and sys.argv[1] == "--memory":
        memory(sys.argv[2])
    elif len(sys.argv) > 4 and sys.argv[1] == "--cold":
        cold(sys.argv[2], sys.argv[3], sys.argv[4])
    elif len(sys.argv) > 1 and sys.argv[1] == "--serve":
        serve()
    elif len(sys.argv) > 2 and sys.argv[1] == "--stages":
        stages(int(sys.argv[2]))
    else:
        main()
