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

Extending: every case is listed in build_cases(); every step kind is one small function
registered in OPS (signature: fn(step, gen, stored) -> numpy array or None). To add an op
(e.g. "kaiming_uniform_"), write a step constructor, an op_<name> function, register it
in OPS, describe it in README.md, and add its cases to build_cases(). Note that
torch 1.13's torch.nn.init functions have no generator= argument, so such cases must use
generator "default".
"""

import argparse
import hashlib
import json
import os
import platform
import struct
import subprocess
import sys
import time

FORMAT = "torch-parity-golden/1"
CAPABILITIES = ("default", "avx2", "avx512")
STATE_BYTES = 5056
FRESH_GENERATOR_SEED = 67280421310721  # torch.Generator() built-in seed (c10 default_rng_seed_val)

SEEDS = [0, 1, 42, 2**32 + 5, 2**63 - 1, -1, 12345678901234567890]
SIZES = list(range(1, 41)) + [100, 1000, 4096]
SEED_SWEEP_SIZES = [1, 2, 15, 16, 17, 31, 32, 33, 100, 4096]
DTYPES = ("float32", "float64")
INV_SQRT3 = 0.5773502691896258  # 1/sqrt(3): a typical init bound, where FMA matters


def tensor_name(case_index, step_index):
    """Name of the tensor holding the output of one step: c<5 digits>_s<2 digits>."""
    return "c%05d_s%02d" % (case_index, step_index)


# ---------------------------------------------------------------------------------------
# Step constructors (pure data; nothing here touches torch)
# ---------------------------------------------------------------------------------------


def random32(count):
    assert count % 2 == 0, "random32 count must be even"
    return {"op": "random32", "count": count}


def uniform(dtype, shape, lo=0.0, hi=1.0, view=None):
    return {"op": "uniform_", "dtype": dtype, "shape": list(shape),
            "args": {"from": float(lo), "to": float(hi)}, "view": view}


def normal(dtype, shape, mean=0.0, std=1.0, view=None):
    return {"op": "normal_", "dtype": dtype, "shape": list(shape),
            "args": {"mean": float(mean), "std": float(std)}, "view": view}


def randperm(n):
    return {"op": "randperm", "n": n}


def get_state():
    return {"op": "get_state"}


def set_state(name):
    return {"op": "set_state", "state": name}


def view(base_shape, expr, shape, strides, offset):
    """A view of a zero-filled contiguous base; shape/strides/offset are asserted against torch."""
    return {"base_shape": list(base_shape), "expr": expr, "shape": list(shape),
            "strides": list(strides), "offset": offset}


def vstep(op, dtype, v, **args):
    """A uniform_/normal_ step on a view (the step-level shape is the view shape)."""
    return (uniform if op == "uniform_" else normal)(dtype, v["shape"], view=v, **args)


def _numel(shape):
    n = 1
    for s in shape:
        n *= s
    return n


def _is_contiguous(shape, strides):
    """torch's default (row-major) contiguity: size-1 dims are ignored, empty is contiguous."""
    if _numel(shape) == 0:
        return True
    expected = 1
    for size, stride in reversed(list(zip(shape, strides))):
        if size != 1:
            if stride != expected:
                return False
            expected *= size
    return True


def _step_tags(step):
    """Automatic tags: op name, dtype, and for normal_ which kernel path it takes."""
    tags = {step["op"]}
    if "dtype" in step:
        tags.add(step["dtype"])
        v = step["view"]
        contiguous = v is None or _is_contiguous(v["shape"], v["strides"])
        n = _numel(step["shape"])
        if v is not None:
            tags.add("view")
            tags.add("contiguous-view" if contiguous else "strided-view")
        if n == 0:
            tags.add("empty")
        if step["op"] == "normal_" and n > 0:
            tags.add("fill-path" if (n >= 16 and contiguous) else "scalar-path")
    return tags


class CaseList:
    def __init__(self):
        self.cases = []
        self._ids = set()

    def add(self, case_id, steps, seed=0, tags=(), generator="default"):
        """Append a case; returns its index (used to name its tensors)."""
        assert case_id not in self._ids, "duplicate case id " + case_id
        assert generator in ("default", "fresh")
        self._ids.add(case_id)
        all_tags = set(tags)
        for s in steps:
            all_tags |= _step_tags(s)
        self.cases.append({
            "id": case_id,
            "tags": sorted(all_tags),
            "generator": generator,
            "seed": None if generator == "fresh" else str(int(seed)),
            "steps": [dict(s) for s in steps],
        })
        return len(self.cases) - 1


def _f(x):
    return repr(float(x))


# ---------------------------------------------------------------------------------------
# THE case list: every case of every capability is listed here, in generation order.
# ---------------------------------------------------------------------------------------


def build_cases():
    c = CaseList()

    # 1. Raw MT19937 words (2000 words cross the 624-word twist three times).
    for seed in SEEDS:
        c.add("random32/n2000/seed=%d" % seed, [random32(2000)], seed, ["random32", "twist-crossing"])
    c.add("random32/n2000/fresh", [random32(2000)], None, ["random32", "twist-crossing", "fresh"],
          generator="fresh")

    # 2. Size sweeps with default arguments.
    for op in ("uniform_", "normal_"):
        ctor = uniform if op == "uniform_" else normal
        for dtype in DTYPES:
            for n in SIZES:
                c.add("%s/%s/n%d/seed=0" % (op, dtype, n), [ctor(dtype, [n])], 0, ["size-sweep"])
            for seed in SEEDS:
                if seed == 0:
                    continue
                for n in SEED_SWEEP_SIZES:
                    c.add("%s/%s/n%d/seed=%d" % (op, dtype, n, seed), [ctor(dtype, [n])], seed,
                          ["seed-sweep"])

    # 3. Argument variants (seed 42).
    uniform_args = [(-INV_SQRT3, INV_SQRT3), (-3.0, 7.5), (2.0, 2.0), (-1e-3, 1e-3)]
    normal_args = [(0.0, 0.02), (3.5, 2.25), (-1.0, 0.0), (0.0, 0.7071067811865476)]
    for dtype in DTYPES:
        for n in (7, 16, 17, 1000):
            for lo, hi in uniform_args:
                c.add("uniform_/%s/n%d/seed=42/from=%s,to=%s" % (dtype, n, _f(lo), _f(hi)),
                      [uniform(dtype, [n], lo, hi)], 42, ["args"])
            for mean, std in normal_args:
                c.add("normal_/%s/n%d/seed=42/mean=%s,std=%s" % (dtype, n, _f(mean), _f(std)),
                      [normal(dtype, [n], mean, std)], 42, ["args"])

    # 4. Views (seed 0): element order for non-contiguous targets, normal_ path selection.
    views = [
        view([5, 7], "base.t()", [7, 5], [1, 7], 0),
        view([64, 64], "base.t()", [64, 64], [1, 64], 0),
        view([10, 20], "base[:, ::2]", [10, 10], [20, 2], 0),
        view([50], "base[::3]", [17], [3], 0),
        view([4, 5, 6], "base.permute(2, 0, 1)", [6, 4, 5], [1, 30, 6], 0),
        view([40], "base[3:23]", [20], [1], 3),                       # contiguous with offset
        view([8, 1, 6], "base.transpose(0, 1)", [1, 8, 6], [6, 6, 1], 0),  # size-1 dim: contiguous
        view([6, 10], "base[1:5, 2:9]", [4, 7], [10, 1], 12),
        view([2, 3, 4, 5], "base.permute(0, 2, 3, 1)", [2, 4, 5, 3], [60, 5, 1, 20], 0),  # channels-last
        view([33], "base[1:]", [32], [1], 1),                         # contiguous with offset
        view([4, 4], "base.t()", [4, 4], [1, 4], 0),                  # exactly 16, non-contiguous
        view([3, 17], "base[:, 1:]", [3, 16], [17, 1], 1),            # rows of 16, non-contiguous
        view([2, 16], "base[1]", [16], [1], 16),                      # exactly 16, contiguous, offset
    ]
    for op in ("uniform_", "normal_"):
        for dtype in DTYPES:
            for v in views:
                c.add("%s/%s/view[%s]:%s/seed=0" % (op, dtype, ",".join(map(str, v["base_shape"])), v["expr"]),
                      [vstep(op, dtype, v)], 0, ["views"])
    big_t = views[1]
    for dtype in DTYPES:
        c.add("normal_/%s/view[64,64]:base.t()/seed=0/mean=0.5,std=2.0" % dtype,
              [vstep("normal_", dtype, big_t, mean=0.5, std=2.0)], 0, ["views", "args"])
        c.add("uniform_/%s/view[64,64]:base.t()/seed=0/from=%s,to=%s" % (dtype, _f(-INV_SQRT3), _f(INV_SQRT3)),
              [vstep("uniform_", dtype, big_t, lo=-INV_SQRT3, hi=INV_SQRT3)], 0, ["views", "args"])
        # Scalar Box-Muller path with an inexact std: float64 shows fused vs unfused val*std+mean.
        c.add("normal_/%s/view[10,20]:base[:, ::2]/seed=0/mean=3.5,std=2.25" % dtype,
              [vstep("normal_", dtype, views[2], mean=3.5, std=2.25)], 0, ["views", "args"])

    # Extra shapes: multi-dimensional contiguous tensors and empty tensors (no draws).
    c.add("shapes/normal_[4,4]+normal_[2,3,5]+normal_[1,17]+uniform_[3,5]f64/seed=0",
          [normal("float32", [4, 4]), normal("float32", [2, 3, 5]), normal("float32", [1, 17]),
           uniform("float64", [3, 5])], 0, ["shapes", "sequence"])
    c.add("shapes/empty+uniform_[3]/seed=0",
          [uniform("float32", [0]), normal("float32", [2, 0]), normal("float64", [0]),
           uniform("float64", [3, 0]), uniform("float32", [3])], 0, ["shapes", "sequence", "empty"])

    # 5. Sequences on one generator (the cached double normal sample, twist crossings).
    sequences = [
        ("normal3+normal3", [normal("float32", [3]), normal("float32", [3])]),
        ("normal5+uniform4+normal1+normal20+normal1",
         [normal("float32", [5]), uniform("float32", [4]), normal("float32", [1]),
          normal("float32", [20]), normal("float32", [1])]),
        ("normal1f64+normal1f32+normal17f64+normal15f32",
         [normal("float64", [1]), normal("float32", [1]), normal("float64", [17]),
          normal("float32", [15], 1.0, 3.0)]),
        ("normal7+get_state", [normal("float32", [7]), get_state()]),
        ("randperm10+normal3+randperm5+uniform16f64+normal16",
         [randperm(10), normal("float32", [3]), randperm(5), uniform("float64", [16]),
          normal("float32", [16])]),
        ("random700+uniform1000-interleaved",
         [random32(700), uniform("float32", [1000]), random32(700), uniform("float64", [1000]),
          random32(700), normal("float32", [1000]), random32(700)]),
    ]
    for seed in (0, 7):
        for name, steps in sequences:
            extra = ["twist-crossing"] if "random700" in name else ["normal-cache"]
            c.add("seq/%s/seed=%d" % (name, seed), steps, seed, ["sequence"] + extra)

    # 6. randperm.
    for n in range(0, 51):
        c.add("randperm/n%d/seed=0" % n, [randperm(n)], 0, ["size-sweep"])
    for seed in SEEDS:
        if seed == 0:
            continue
        for n in (1, 2, 10, 100, 1000):
            c.add("randperm/n%d/seed=%d" % (n, seed), [randperm(n)], seed, ["seed-sweep"])

    # 7. get_state / set_state.
    a = c.add("state/A-normal7+uniform10+get_state/seed=42",
              [normal("float32", [7]), uniform("float32", [10]), get_state()], 42,
              ["state", "normal-cache"])
    a_state = tensor_name(a, 2)
    c.add("state/B-set_state(A)+normal3+uniform5f64+normal20+randperm12/seed=0",
          [set_state(a_state), normal("float32", [3]), uniform("float64", [5]),
           normal("float32", [20]), randperm(12)], 0, ["state", "normal-cache"])
    c.add("state/after-seed/seed=-1", [get_state()], -1, ["state"])
    c.add("state/after-seed/seed=%d" % (2**63 - 1), [get_state()], 2**63 - 1, ["state"])
    c.add("state/fresh-set_state(A)+normal3", [set_state(a_state), normal("float32", [3])], None,
          ["state", "normal-cache", "fresh"], generator="fresh")

    # 8. A never-seeded torch.Generator().
    c.add("fresh/uniform20+normal5+normal40",
          [uniform("float32", [20]), normal("float32", [5]), normal("float32", [40])], None,
          ["fresh"], generator="fresh")

    return c.cases


# ---------------------------------------------------------------------------------------
# safetensors writer (no safetensors package on the machine)
# ---------------------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------------------
# Worker: runs every case under one ATEN_CPU_CAPABILITY
# ---------------------------------------------------------------------------------------


class Gen:
    """The generator a case runs on: the global default one, or a fresh torch.Generator()."""

    def __init__(self, torch, kind, seed):
        self.torch = torch
        if kind == "default":
            torch.manual_seed(seed)
            self.g = torch.default_generator
            self.kw = {}  # ops use the global default generator implicitly
        else:
            self.g = torch.Generator()
            self.kw = {"generator": self.g}

    def get_state(self):
        return self.g.get_state() if self.kw else self.torch.get_rng_state()

    def set_state(self, t):
        if self.kw:
            self.g.set_state(t)
        else:
            self.torch.set_rng_state(t)


def _target(torch, step):
    """(buffer that is stored, tensor that is filled) for a uniform_/normal_ step."""
    dtype = getattr(torch, step["dtype"])
    v = step["view"]
    if v is None:
        t = torch.zeros(step["shape"], dtype=dtype)
        return t, t
    base = torch.zeros(v["base_shape"], dtype=dtype)
    t = eval(v["expr"], {"__builtins__": {}}, {"base": base})  # noqa: S307 (our own literal)
    got = (list(t.size()), list(t.stride()), t.storage_offset())
    want = (v["shape"], v["strides"], v["offset"])
    assert got == want, "view %s on %s: torch gives %r, case says %r" % (v["expr"], v["base_shape"], got, want)
    assert v["shape"] == step["shape"]
    assert t.data_ptr() == base.data_ptr() + t.storage_offset() * t.element_size()
    return base, t


def op_random32(step, gen, stored):
    import numpy as np
    torch = gen.torch
    n = step["count"]
    assert n % 2 == 0
    v = torch.randint(-2**63, 2**63 - 1, (n // 2,), dtype=torch.int64, **gen.kw)
    u = v.numpy().view(np.uint64) ^ np.uint64(1 << 63)  # u = v + 2**63 (mod 2**64)
    # random64 == 2**64-1 would be folded to 0 by "% (2**64-1)"; 0 is therefore ambiguous.
    assert not (u == 0).any(), "random64 0 or 2**64-1 drawn: ambiguous, pick another case"
    words = np.empty(n, dtype=np.uint32)
    words[0::2] = (u >> np.uint64(32)).astype(np.uint32)          # first draw = high word
    words[1::2] = (u & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    return words


def op_uniform_(step, gen, stored):
    base, t = _target(gen.torch, step)
    t.uniform_(step["args"]["from"], step["args"]["to"], **gen.kw)
    return base.numpy().copy()


def op_normal_(step, gen, stored):
    base, t = _target(gen.torch, step)
    t.normal_(step["args"]["mean"], step["args"]["std"], **gen.kw)
    return base.numpy().copy()


def op_randperm(step, gen, stored):
    torch = gen.torch
    p = torch.randperm(step["n"], **gen.kw)
    assert p.dtype == torch.int64
    return p.numpy().copy()


def op_get_state(step, gen, stored):
    s = gen.get_state().numpy().copy()
    assert s.shape == (STATE_BYTES,)
    return s


def op_set_state(step, gen, stored):
    gen.set_state(gen.torch.from_numpy(stored[step["state"]].copy()))
    return None


OPS = {
    "random32": op_random32,
    "uniform_": op_uniform_,
    "normal_": op_normal_,
    "randperm": op_randperm,
    "get_state": op_get_state,
    "set_state": op_set_state,
}


def decode_state(raw):
    """Decode the 5056-byte CPUGeneratorImpl state (spec section 1.4) for the manifest."""
    assert len(raw) == STATE_BYTES
    seed, left, seeded, nxt = struct.unpack_from("<QiiQ", raw, 0)
    (normal_y,) = struct.unpack_from("<d", raw, 5024)
    (normal_is_valid,) = struct.unpack_from("<i", raw, 5040)
    (float_sample,) = struct.unpack_from("<f", raw, 5048)
    (float_valid,) = struct.unpack_from("<B", raw, 5052)
    return {"sha256": hashlib.sha256(raw).hexdigest(), "initial_seed": str(seed), "left": left,
            "seeded": seeded, "next": nxt, "normal_y": normal_y, "normal_is_valid": normal_is_valid,
            "float_normal_sample": float_sample, "float_normal_valid": float_valid}


def _reported_capability(torch):
    for line in torch.__config__.show().splitlines():
        line = line.strip()
        if line.startswith("- CPU capability usage:"):
            return line.split(":", 1)[1].strip()
    return "unknown"


def _torch_package():
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "python3-torch"],
                             capture_output=True, text=True, check=True).stdout.strip()
        return out or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def run_worker(cap, out_dir):
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
            step["output"] = None if result is None else tensor_name(ci, si)
            if result is not None:
                tensors[step["output"]] = result
        raw = gen.get_state().numpy().tobytes()
        case["state_after"] = decode_state(raw)
        assert case["state_after"]["initial_seed"] == str(gen.g.initial_seed())

    self_check(torch, numpy, cases, tensors, _reported_capability(torch))

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
    }
    manifest = {"format": FORMAT, "meta": meta, "tensors": "tensors.safetensors", "cases": cases}
    cap_dir = os.path.join(out_dir, cap)
    os.makedirs(cap_dir, exist_ok=True)
    write_safetensors(os.path.join(cap_dir, "tensors.safetensors"), tensors,
                      {"format": FORMAT, "capability": cap})
    text = json.dumps(manifest, sort_keys=True, indent=1, allow_nan=False) + "\n"
    _write_atomic(os.path.join(cap_dir, "manifest.json"), text.encode("utf-8"))
    print("[%s] %d cases, %d tensors, reported capability %s"
          % (cap, len(cases), len(tensors), meta["reported_capability"]), file=sys.stderr)


# ---------------------------------------------------------------------------------------
# Self-checks: an independent MT19937 and the spec's reference values (section 8)
# ---------------------------------------------------------------------------------------


class _MT19937:
    def __init__(self, seed):
        mt = [seed & 0xFFFFFFFF]
        for j in range(1, 624):
            mt.append((1812433253 * (mt[-1] ^ (mt[-1] >> 30)) + j) & 0xFFFFFFFF)
        self.mt, self.left, self.next = mt, 1, 0

    def _twist(self):
        mt = self.mt
        for i in range(624):
            y = (mt[i] & 0x80000000) | (mt[(i + 1) % 624] & 0x7FFFFFFF)
            mt[i] = mt[(i + 397) % 624] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
        self.left, self.next = 624, 0

    def draw(self):
        self.left -= 1
        if self.left == 0:
            self._twist()
        y = self.mt[self.next]
        self.next += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        return y ^ (y >> 18)


def self_check(torch, np, cases, tensors, reported):
    def by_id(case_id):
        return next((ci, c) for ci, c in enumerate(cases) if c["id"] == case_id)

    def bits32(a):
        return [int(x) for x in np.asarray(a, dtype=np.float32).view(np.uint32)]

    # random32 against an independent MT19937, including the decoded state words.
    for ci, case in enumerate(cases):
        if case["id"].startswith("random32/"):
            seed = FRESH_GENERATOR_SEED if case["seed"] is None else int(case["seed"]) % 2**64
            mt = _MT19937(seed)
            expect = [mt.draw() for _ in range(2000)]
            assert [int(x) for x in tensors[tensor_name(ci, 0)]] == expect, case["id"]
            sa = case["state_after"]
            assert (sa["left"], sa["next"], sa["seeded"]) == (mt.left, mt.next, 1), case["id"]
            assert sa["initial_seed"] == str(seed)
    ci, _ = by_id("random32/n2000/seed=0")
    assert [int(x) for x in tensors[tensor_name(ci, 0)][:4]] == [2357136044, 2546248239, 3071714933, 3626093760]

    ci, _ = by_id("uniform_/float32/n4/seed=0")
    assert bits32(tensors[tensor_name(ci, 0)]) == [0x3efe1558, 0x3f44aa2f, 0x3db533a8, 0x3e073300]
    ci, _ = by_id("uniform_/float64/n2/seed=0")
    assert list(tensors[tensor_name(ci, 0)]) == [0.9700530018065531, 0.707819864399788]
    ci, _ = by_id("normal_/float32/n4/seed=0")
    assert bits32(tensors[tensor_name(ci, 0)]) == [0x3fc53f5c, 0xbe963c50, 0xc00b7149, 0x3f1184b6]
    ci, _ = by_id("randperm/n10/seed=0")
    assert list(tensors[tensor_name(ci, 0)]) == [4, 1, 7, 5, 3, 9, 0, 8, 6, 2]
    torch.manual_seed(7)
    torch.randn(1)
    st = decode_state(torch.get_rng_state().numpy().tobytes())
    assert (st["initial_seed"], st["left"], st["seeded"], st["next"]) == ("7", 621, 1, 4)
    assert (st["normal_y"], st["normal_is_valid"]) == (0.7861412987235358, 1)
    torch.manual_seed(1)
    tn = torch.nn.init.trunc_normal_(torch.empty(20), std=0.02)
    assert bits32(tn[:3].numpy()) == [0x3c64f391, 0xbc3fa81e, 0xbba0d511]

    # Capability-dependent references (x86-64 GCC build: FMA in AVX2/AVX512 kernels only).
    fused = {"AVX2": True, "AVX512": True, "NO AVX": False}.get(reported)
    if platform.machine() != "x86_64" or fused is None:
        print("self-check: capability-dependent references skipped (%s, %s)"
              % (platform.machine(), reported), file=sys.stderr)
        return
    ci16, _ = by_id("normal_/float32/n16/seed=0")
    ci17, _ = by_id("normal_/float32/n17/seed=0")
    n16, n17 = bits32(tensors[tensor_name(ci16, 0)]), bits32(tensors[tensor_name(ci17, 0)])
    torch.manual_seed(42)
    lin = torch.nn.Linear(3, 2)
    w, b = bits32(lin.weight.detach().numpy().ravel()), bits32(lin.bias.detach().numpy())
    if fused:
        assert n16[:4] == [0xbf901b85, 0xbf93808a, 0xbe804bd6, 0xbede255d]
        assert [n17[i] for i in (0, 1, 15, 16)] == [0xbf901b85, 0xbfd91446, 0xbf57fb33, 0x3f6e8c30]
        assert w == [0x3ee20009, 0x3ef55a65, 0xbe0a80e2, 0x3f07c5b4, 0xbe018916, 0x3dee999a]
        assert b == [0xbe8fea7d, 0x3ead9a4b]
    else:
        assert n16[:4] == [0xbf901b85, 0xbf93808a, 0xbe804bd6, 0xbede255e]
        assert [n17[i] for i in (0, 1, 15, 16)] == [0xbf901b85, 0xbfd91447, 0xbf57fb34, 0x3f6e8c31]
        assert w == [0x3ee20008, 0x3ef55a64, 0xbe0a80e2, 0x3f07c5b4, 0xbe018916, 0x3dee9998]
        assert b == [0xbe8fea7d, 0x3ead9a4c]
    print("self-check: all spec section 8 reference values match (%s)" % reported, file=sys.stderr)


# ---------------------------------------------------------------------------------------
# Parent: one child per capability, then a short cross-capability summary
# ---------------------------------------------------------------------------------------


def _read_safetensors(path):
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack_from("<Q", data, 0)
    header = json.loads(data[8:8 + n])
    header.pop("__metadata__", None)
    return {k: data[8 + n + v["data_offsets"][0]:8 + n + v["data_offsets"][1]] for k, v in header.items()}


def summarize(out_dir):
    with open(os.path.join(out_dir, CAPABILITIES[0], "manifest.json")) as f:
        cases = json.load(f)["cases"]
    data = {cap: _read_safetensors(os.path.join(out_dir, cap, "tensors.safetensors")) for cap in CAPABILITIES}
    for a, b in (("avx2", "avx512"), ("default", "avx2")):
        differing = [c["id"] for c in cases
                     if any(s["output"] and data[a][s["output"]] != data[b][s["output"]] for s in c["steps"])]
        print("%s vs %s: %d of %d cases differ%s" % (a, b, len(differing), len(cases),
              (" (e.g. %s)" % ", ".join(differing[:3])) if differing else ""))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--worker", choices=CAPABILITIES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    out_dir = os.path.abspath(args.out)
    if args.worker:
        run_worker(args.worker, out_dir)
        return
    script = os.path.abspath(__file__)
    for cap in CAPABILITIES:
        t0 = time.monotonic()
        subprocess.run([sys.executable, script, "--worker", cap, "--out", out_dir],
                       env={**os.environ, "ATEN_CPU_CAPABILITY": cap}, check=True)
        print("%s: %.1f s" % (cap, time.monotonic() - t0))
    summarize(out_dir)


if __name__ == "__main__":
    main()
