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
registered in OPS (signature: fn(step, gen, stored) -> numpy array or None). To add an op,
write a step constructor, an op_<name> function, register it in OPS, describe it in
README.md, and add its cases to build_cases() AFTER the existing ones (case indices name the
tensors, so appending keeps every existing case and tensor byte-identical). A further
torch.nn.init function only needs its name in INIT_OPS (op_init runs any of them). Note that
torch 1.13's torch.nn.init functions have no generator= argument, so such cases must use
generator "default". Steps that must raise / warn are declared with raises=True / warns=True;
the worker asserts exactly that and records "error" / "warnings".
"""

import argparse
import hashlib
import json
import math
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
SQRT5 = 2.23606797749979  # math.sqrt(5): the `a` nn.Linear / conv layers pass to kaiming_uniform_
SQRT2 = 1.4142135623730951  # math.sqrt(2.0) = calculate_gain('relu')
TANH_GAIN = 1.6666666666666667  # 5.0 / 3 = calculate_gain('tanh')

# torch.nn.init functions recorded as "init" steps (called as torch.nn.init.<op>(target, **args)).
INIT_OPS = ("trunc_normal_", "constant_", "ones_", "zeros_", "eye_", "dirac_", "xavier_uniform_",
            "xavier_normal_", "kaiming_uniform_", "kaiming_normal_", "orthogonal_", "sparse_")
# init ops whose draws are normal_ draws, and on what tensor: "target" (the tensor itself, so its
# numel and contiguity select the kernel path) or "fresh" (a new contiguous rows x cols tensor).
NORMAL_INIT_OPS = {"kaiming_normal_": "target", "xavier_normal_": "target", "sparse_": "target",
                   "orthogonal_": "fresh"}
FORMULA_OPS = ("calculate_gain", "calculate_fan_in_and_fan_out")


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


def init(op, dtype, shape, view=None, raises=False, warns=False, **args):
    """A torch.nn.init.<op>(target, **args) step. `args` are exactly the keyword arguments passed
    (torch's names; omitted = torch's default). raises / warns are what the generator asserts
    the call does (they only set tags; they are not written)."""
    assert op in INIT_OPS, op
    step = {"op": op, "dtype": dtype, "shape": list(shape), "args": dict(args), "view": view}
    return _expect(step, raises, warns)


def vinit(op, dtype, v, **args):
    """An init step on a view (the step-level shape is the view shape)."""
    return init(op, dtype, v["shape"], view=v, **args)


def gain(nonlinearity, raises=False, **param):
    """calculate_gain(nonlinearity[, param=...]); pass param=... to give it (None included)."""
    args = {"nonlinearity": nonlinearity}
    args.update(param)
    return _expect({"op": "calculate_gain", "args": args}, raises, False)


def fans(shape, raises=False):
    return _expect({"op": "calculate_fan_in_and_fan_out", "shape": list(shape)}, raises, False)


def raising(step):
    """A uniform_/normal_ step that torch rejects (recorded with "error")."""
    return _expect(dict(step), True, False)


def _expect(step, raises, warns):
    # Private keys, removed by the worker before anything is written.
    if raises:
        step["_raises"] = True
    if warns:
        step["_warns"] = True
    return step


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
    """Automatic tags: op name, dtype, init/formula/error/warning, and for normal_ and the
    normal-based init ops which normal_ kernel path the draws take."""
    tags = {step["op"]}
    if step["op"] in INIT_OPS:
        tags.add("init")
    if step["op"] in FORMULA_OPS:
        tags.add("formula")
    if step.get("_raises"):
        tags.add("error")
    if step.get("_warns"):
        tags.add("warning")
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
        if step["op"] == "normal_" and n > 0 and not step.get("_raises"):
            tags.add("fill-path" if (n >= 16 and contiguous) else "scalar-path")
        where = NORMAL_INIT_OPS.get(step["op"])
        if where and n > 0 and not step.get("_raises"):
            contiguous = contiguous or where == "fresh"
            tags.add("fill-path" if (n >= 16 and contiguous) else "scalar-path")
        if step["op"] == "orthogonal_" and n > 0 and not step.get("_raises"):
            tags.add("lapack")  # output from LAPACK QR: not expected to be bit-reproducible
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

    # =====================================================================================
    # torch.nn.init (appended after the RNG cases above, so their indices and names are stable).
    # nn.init has no generator= in torch 1.13: every case uses the default generator.
    # =====================================================================================

    # 9. Formulas: calculate_gain and _calculate_fan_in_and_fan_out (no tensor, no draws).
    for nl in ("linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d",
               "conv_transpose3d", "sigmoid", "tanh", "relu", "leaky_relu", "selu"):
        c.add("calculate_gain/%s" % nl, [gain(nl)], 0, [])
    c.add("calculate_gain/leaky_relu/param=None", [gain("leaky_relu", param=None)], 0, ["args"])
    for p in (0, 0.2, 3, SQRT5, -0.5, 1):
        c.add("calculate_gain/leaky_relu/param=%r" % p, [gain("leaky_relu", param=p)], 0, ["args"])
    c.add("calculate_gain/relu/param=0.2", [gain("relu", param=0.2)], 0, ["args"])  # param ignored
    c.add("calculate_gain/gelu", [gain("gelu", raises=True)], 0, [])
    c.add("calculate_gain/leaky_relu/param=True", [gain("leaky_relu", raises=True, param=True)], 0, ["args"])
    c.add("calculate_gain/leaky_relu/param='0.1'", [gain("leaky_relu", raises=True, param="0.1")], 0, ["args"])
    for shape in ([3, 5], [16, 3, 3, 3], [8, 4, 5], [2, 3, 4, 5, 6], [5, 0], [0, 4], [7], []):
        c.add("calculate_fan_in_and_fan_out/%s" % _shape_str(shape), [fans(shape, raises=len(shape) < 2)],
              0, ["zero-element"] if 0 in shape else [])

    # 10. Random initialisers with default and typical arguments, over 2-D..5-D shapes and the
    # small shapes around normal_'s 16-element path switch (seed 0).
    init_shapes = [[64, 32], [16, 3, 5], [32, 16, 3, 3], [8, 4, 2, 3, 3], [3, 5], [4, 4], [17, 1], [1, 1]]
    kaiming_args = [{}, {"a": SQRT5}, {"mode": "fan_out"}, {"nonlinearity": "relu"},
                    {"nonlinearity": "tanh"}, {"nonlinearity": "selu"},
                    {"a": 0.2, "nonlinearity": "leaky_relu"}]
    xavier_args = [{}, {"gain": TANH_GAIN}, {"gain": 0.5}]
    trunc_args = [{}, {"mean": 0.0, "std": 0.02, "a": -0.04, "b": 0.04},
                  {"mean": 1.5, "std": 0.5, "a": 1.0, "b": 2.0},
                  {"mean": 0.0, "std": 1.0, "a": -2.0, "b": 2.0},
                  {"mean": 0.0, "std": 1.0, "a": 0.0, "b": 3.0},
                  {"mean": 10.0, "std": 1.0, "a": -2.0, "b": 2.0}]  # mean > b + 2 std: warns
    random_variants = ([("trunc_normal_", a) for a in trunc_args]
                       + [(op, a) for op in ("xavier_uniform_", "xavier_normal_") for a in xavier_args]
                       + [(op, a) for op in ("kaiming_uniform_", "kaiming_normal_") for a in kaiming_args])
    for op, args in random_variants:
        warns = op == "trunc_normal_" and args.get("mean") == 10.0
        for dtype in DTYPES:
            for shape in init_shapes:
                c.add(_init_id(op, dtype, shape, args), [init(op, dtype, shape, warns=warns, **args)], 0,
                      ["args"] if args else [])
    orthogonal_shapes = [[64, 32], [32, 64], [16, 3, 3, 3], [10, 10], [3, 5], [5, 3], [1, 7], [7, 1],
                         [256, 256], [128, 200]]
    for args in ({}, {"gain": SQRT2}):
        for dtype in DTYPES:
            for shape in orthogonal_shapes:
                if shape == [256, 256] and dtype == "float64":
                    continue
                c.add(_init_id("orthogonal_", dtype, shape, args), [init("orthogonal_", dtype, shape, **args)],
                      0, ["args"] if args else [])
    sparse_cases = [([64, 32], {"sparsity": 0.1}), ([64, 32], {"sparsity": 0.1, "std": 0.01}),
                    ([10, 20], {"sparsity": 0.5}), ([6, 4], {"sparsity": 0.0}), ([6, 4], {"sparsity": 1.0}),
                    ([3, 5], {"sparsity": 0.3, "std": 0.5}), ([17, 2], {"sparsity": 0.25})]
    for shape, args in sparse_cases:
        for dtype in DTYPES:
            c.add(_init_id("sparse_", dtype, shape, args), [init("sparse_", dtype, shape, **args)], 0,
                  ["args"])

    # 11. Deterministic fills (no draws) and calls that torch rejects (no draws, tensor untouched).
    fills = [("constant_", [3, 5], {"val": 0.5}), ("constant_", [3, 5], {"val": -3}),
             ("constant_", [3, 5], {"val": 1e-3}), ("ones_", [3, 5], {}), ("ones_", [2, 3, 4], {}),
             ("zeros_", [3, 5], {}),
             ("eye_", [3, 5], {}), ("eye_", [5, 3], {}), ("eye_", [4, 4], {}), ("eye_", [1, 1], {}),
             ("dirac_", [4, 2, 3], {}), ("dirac_", [6, 3, 3, 3], {"groups": 1}),
             ("dirac_", [6, 3, 3, 3], {"groups": 2}), ("dirac_", [6, 3, 3, 3], {"groups": 3}),
             ("dirac_", [2, 2, 3, 3, 3], {}), ("dirac_", [8, 4, 5, 5], {"groups": 2}),
             ("dirac_", [3, 5, 3], {}),
             ("kaiming_uniform_", [16, 3, 5], {"mode": "Fan_Out"})]  # mode is lower()ed
    for op, shape, args in fills:
        for dtype in DTYPES:
            extra = ["args"] if op == "kaiming_uniform_" else ["deterministic"]
            c.add(_init_id(op, dtype, shape, args), [init(op, dtype, shape, **args)], 0, extra)
    rejected = [("dirac_", [3, 3], {}), ("dirac_", [6, 3, 3, 3], {"groups": 4}), ("eye_", [2, 3, 4], {}),
                ("sparse_", [2, 3, 4], {"sparsity": 0.1}), ("orthogonal_", [5], {}),
                ("kaiming_uniform_", [4, 5], {"mode": "fan_avg"}),
                ("kaiming_uniform_", [4, 5], {"mode": "FAN_AVG"}),
                ("kaiming_uniform_", [4, 5], {"nonlinearity": "gelu"}),
                ("xavier_uniform_", [5], {}), ("kaiming_normal_", [5], {})]
    for op, shape, args in rejected:
        for dtype in DTYPES:
            c.add(_init_id(op, dtype, shape, args), [init(op, dtype, shape, raises=True, **args)], 0, [])
    for dtype in DTYPES:
        c.add("uniform_/%s/n5/seed=0/from=1.0,to=0.0" % dtype, [raising(uniform(dtype, [5], 1.0, 0.0))],
              0, ["args"])
        c.add("normal_/%s/n5/seed=0/mean=0.0,std=-1.0" % dtype, [raising(normal(dtype, [5], 0.0, -1.0))],
              0, ["args"])

    # 12. Zero-element tensors: no draws; kaiming_* warn (and skip every other check).
    zero_element = [("kaiming_uniform_", [0, 5], {}, "warns"), ("kaiming_normal_", [0, 5], {}, "warns"),
                    ("kaiming_uniform_", [0], {}, "warns"),  # rank 1, but the zero check comes first
                    ("kaiming_uniform_", [0, 5], {"mode": "fan_avg"}, "warns"),
                    ("orthogonal_", [0, 3], {}, ""), ("orthogonal_", [0], {}, "raises"),
                    ("xavier_uniform_", [0, 4], {}, ""),
                    ("xavier_normal_", [0, 0], {}, "raises"),  # fan_in + fan_out == 0: ZeroDivisionError
                    ("trunc_normal_", [0], {}, ""), ("sparse_", [0, 5], {"sparsity": 0.1}, "")]
    for op, shape, args, what in zero_element:
        for dtype in DTYPES:
            c.add(_init_id(op, dtype, shape, args),
                  [init(op, dtype, shape, raises=what == "raises", warns=what == "warns", **args)],
                  0, ["zero-element"])

    # 13. Views: element order and normal_ path for non-contiguous targets.
    init_views = [
        ("kaiming_uniform_", view([32, 64], "base.t()", [64, 32], [1, 64], 0), {"a": SQRT5}),
        ("kaiming_normal_", view([32, 64], "base.t()", [64, 32], [1, 64], 0), {}),
        ("xavier_normal_", view([8, 3, 3, 4], "base.permute(0, 3, 1, 2)", [8, 4, 3, 3], [36, 1, 12, 4], 0), {}),
        ("trunc_normal_", view([10, 20], "base[:, ::2]", [10, 10], [20, 2], 0), {}),
        ("orthogonal_", view([20, 30], "base.t()", [30, 20], [1, 30], 0), {}),
        ("sparse_", view([30, 20], "base.t()", [20, 30], [1, 20], 0), {"sparsity": 0.1}),
        ("eye_", view([6, 8], "base[1:5, 2:7]", [4, 5], [8, 1], 10), {}),
        ("dirac_", view([4, 3, 5], "base[:, :, 1:4]", [4, 3, 3], [15, 5, 1], 1), {}),
    ]
    for op, v, args in init_views:
        for dtype in DTYPES:
            c.add("%s/%s/view[%s]:%s/seed=0%s" % (op, dtype, ",".join(map(str, v["base_shape"])), v["expr"],
                                                   _args_str(args)),
                  [vinit(op, dtype, v, **args)], 0, ["views"])

    # 14. Sequences on one generator: module-style initialisation, the double normal cache.
    bound_b = 1 / math.sqrt(300)
    for seed in (42, 0):
        for dtype in DTYPES:
            c.add("seq/linear300x100/%s/seed=%d" % (dtype, seed),
                  [init("kaiming_uniform_", dtype, [100, 300], a=SQRT5), uniform(dtype, [100], -bound_b, bound_b)],
                  seed, ["sequence", "module"])
            c.add("seq/conv-stack/%s/seed=%d" % (dtype, seed),
                  [init("kaiming_normal_", dtype, [16, 3, 3, 3], mode="fan_out", nonlinearity="relu"),
                   init("zeros_", dtype, [16]),
                   init("kaiming_normal_", dtype, [32, 16, 3, 3], mode="fan_out", nonlinearity="relu"),
                   init("trunc_normal_", dtype, [10, 32], std=0.02),
                   init("sparse_", dtype, [20, 10], sparsity=0.2)],
                  seed, ["sequence", "module"])
            c.add("seq/normal5+orthogonal3x3+xavier_normal2x3/%s/seed=%d" % (dtype, seed),
                  [normal(dtype, [5]), init("orthogonal_", dtype, [3, 3]), init("xavier_normal_", dtype, [2, 3])],
                  seed, ["sequence", "normal-cache"])

    # 15. trunc_normal_ size sweep (float32, default args): uniform_ + erfinv over many values.
    for n in SIZES:
        c.add(_init_id("trunc_normal_", "float32", [n], {}) + "/sweep", [init("trunc_normal_", "float32", [n])],
              0, ["size-sweep", "erfinv"])

    return c.cases


def _shape_str(shape):
    return "[%s]" % ",".join(map(str, shape))


def _args_str(args):
    return ("/" + ",".join("%s=%r" % kv for kv in args.items())) if args else ""


def _init_id(op, dtype, shape, args, seed=0):
    return "%s/%s/%s/seed=%d%s" % (op, dtype, _shape_str(shape), seed, _args_str(args))


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
    a = step["args"]
    _, warned = _guarded(step, gen, base, lambda: t.uniform_(a["from"], a["to"], **gen.kw))
    assert warned == []
    return None if "error" in step else base.numpy().copy()


def op_normal_(step, gen, stored):
    base, t = _target(gen.torch, step)
    a = step["args"]
    _, warned = _guarded(step, gen, base, lambda: t.normal_(a["mean"], a["std"], **gen.kw))
    assert warned == []
    return None if "error" in step else base.numpy().copy()


def _guarded(step, gen, base, call):
    """Run call() recording warnings and a raised exception (into step["error"]).

    Returns (result, [warning message strings]). Asserts that the call raises exactly when the
    case list says so (private key "_raises", then removed) and warns exactly when it says so
    ("_warns"); and that a call that raised left the generator state and the target buffer
    `base` (None for formula steps) unchanged."""
    import warnings
    raises, warns = step.pop("_raises", False), step.pop("_warns", False)
    state_before = bytes(gen.get_state().numpy().tobytes())
    data_before = None if base is None else bytes(base.numpy().tobytes())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result, error = call(), None
        except Exception as exc:  # noqa: BLE001 (recorded, and asserted to be expected)
            result, error = None, {"type": type(exc).__name__, "message": str(exc)}
    messages = [str(w.message) for w in caught]
    assert (error is not None) == raises, "%s: raises=%r, torch gave %r" % (step["op"], raises, error)
    assert bool(messages) == warns, "%s: warns=%r, torch gave %r" % (step["op"], warns, messages)
    if error is not None:
        step["error"] = error
        assert bytes(gen.get_state().numpy().tobytes()) == state_before, "failed call consumed draws"
        if base is not None:
            assert bytes(base.numpy().tobytes()) == data_before, "failed call modified the tensor"
    return result, messages


def op_init(step, gen, stored):
    """torch.nn.init.<op>(target, **args) on a zeros tensor or a view of a zeros base."""
    assert not gen.kw, "torch 1.13 nn.init has no generator= argument"
    base, t = _target(gen.torch, step)
    fn = getattr(gen.torch.nn.init, step["op"])
    result, warned = _guarded(step, gen, base, lambda: fn(t, **step["args"]))
    step["warnings"] = warned
    if "error" in step:
        return None
    assert result is t
    return base.numpy().copy()


def op_calculate_gain(step, gen, stored):
    result, warned = _guarded(step, gen, None, lambda: gen.torch.nn.init.calculate_gain(**step["args"]))
    assert warned == []
    if "error" not in step:
        assert type(result) in (int, float), type(result)
        step["expected"] = result
        step["expected_type"] = type(result).__name__
    return None


def op_calculate_fan_in_and_fan_out(step, gen, stored):
    torch = gen.torch
    result, warned = _guarded(step, gen, None,
                              lambda: torch.nn.init._calculate_fan_in_and_fan_out(torch.empty(step["shape"])))
    assert warned == []
    if "error" not in step:
        assert all(type(x) is int for x in result)
        step["expected"] = list(result)
    return None


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
    "calculate_gain": op_calculate_gain,
    "calculate_fan_in_and_fan_out": op_calculate_fan_in_and_fan_out,
}
OPS.update({op: op_init for op in INIT_OPS})


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


def self_check_init(torch, np, cases, tensors):
    """Check the recorded nn.init cases against the spec's formulas (section 6), re-derived here
    from the existing uniform_/normal_/randperm ops; also nn.Linear(300, 100) against its sequence."""
    counts = {}

    def fans_of(shape):
        receptive = _numel(shape[2:])
        return shape[1] * receptive, shape[0] * receptive

    def gain_of(nl, param):
        table = {"linear": 1, "sigmoid": 1, "tanh": 5.0 / 3, "relu": math.sqrt(2.0), "selu": 3.0 / 4}
        if nl.startswith("conv"):
            return 1
        if nl == "leaky_relu":
            slope = 0.01 if param is None else param
            return math.sqrt(2.0 / (1 + slope * slope))
        return table[nl]

    def state_of(case_seed, fn):
        torch.manual_seed(case_seed)
        fn()
        return hashlib.sha256(torch.get_rng_state().numpy().tobytes()).hexdigest()

    def same(a, b):
        a, b = np.ascontiguousarray(a), np.ascontiguousarray(b)
        return a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes()

    for ci, case in enumerate(cases):
        steps = case["steps"]
        for st in steps:
            if st["op"] == "calculate_gain" and "error" not in st:
                a = st["args"]
                want = gain_of(a["nonlinearity"], a.get("param"))
                assert st["expected"] == want and type(st["expected"]) is type(want), case["id"]
                counts["calculate_gain"] = counts.get("calculate_gain", 0) + 1
            if st["op"] == "calculate_fan_in_and_fan_out" and "error" not in st:
                assert st["expected"] == list(fans_of(st["shape"])), case["id"]
        if len(steps) != 1 or "error" in steps[0] or steps[0]["op"] not in INIT_OPS:
            continue
        st = steps[0]
        op, args, shape = st["op"], st["args"], st["shape"]
        seed = int(case["seed"])
        got = tensors[st["output"]]
        counts[op] = counts.get(op, 0) + 1
        if _numel(shape) == 0:
            assert case["state_after"]["next"] == 0, case["id"]  # no draws
            continue
        if op in ("kaiming_uniform_", "kaiming_normal_", "xavier_uniform_", "xavier_normal_", "trunc_normal_"):
            torch.manual_seed(seed)
            base, t = _target(torch, st)
            if op.startswith("kaiming"):
                fan_in, fan_out = fans_of(shape)
                fan = fan_in if args.get("mode", "fan_in").lower() == "fan_in" else fan_out
                std = gain_of(args.get("nonlinearity", "leaky_relu"), args.get("a", 0)) / math.sqrt(fan)
            elif op.startswith("xavier"):
                std = args.get("gain", 1.0) * math.sqrt(2.0 / float(sum(fans_of(shape))))
            if op in ("kaiming_uniform_", "xavier_uniform_"):
                bound = math.sqrt(3.0) * std
                t.uniform_(-bound, bound)
            elif op in ("kaiming_normal_", "xavier_normal_"):
                t.normal_(0.0, std)
            else:
                mean, sd = args.get("mean", 0.0), args.get("std", 1.0)
                lo, hi = args.get("a", -2.0), args.get("b", 2.0)
                cdf = lambda x: (1.0 + math.erf(x / math.sqrt(2.0))) / 2.0  # noqa: E731
                t.uniform_(2 * cdf((lo - mean) / sd) - 1, 2 * cdf((hi - mean) / sd) - 1)
                t.erfinv_().mul_(sd * math.sqrt(2.0)).add_(mean).clamp_(min=lo, max=hi)
            assert same(base.numpy(), got), case["id"]
        elif op == "orthogonal_":
            rows = shape[0]
            cols = _numel(shape) // rows
            dtype = getattr(torch, st["dtype"])
            want = state_of(seed, lambda: torch.empty(rows, cols, dtype=dtype).normal_(0, 1))
            assert case["state_after"]["sha256"] == want, case["id"]
            t = base = torch.from_numpy(got.copy())
            if st["view"] is not None:
                v = st["view"]
                t = base.as_strided(v["shape"], v["strides"], v["offset"])
            q = t.reshape(rows, cols).double() / args.get("gain", 1)
            gram = q @ q.t() if rows <= cols else q.t() @ q
            tol = 1e-5 if st["dtype"] == "float32" else 1e-12
            assert (gram - torch.eye(gram.shape[0], dtype=torch.float64)).abs().max() < tol, case["id"]
        elif op == "sparse_":
            rows, cols = shape
            num_zeros = int(math.ceil(args["sparsity"] * rows))

            def draws():
                base, t = _target(torch, st)
                t.normal_(0, args.get("std", 0.01))
                for col in range(cols):
                    t[torch.randperm(rows)[:num_zeros], col] = 0
                return base

            torch.manual_seed(seed)
            assert same(draws().numpy(), got), case["id"]
            assert case["state_after"]["sha256"] == state_of(seed, draws), case["id"]
        elif op in ("eye_", "dirac_", "constant_", "ones_", "zeros_"):
            assert case["state_after"]["next"] == 0, case["id"]  # no draws
            want = np.zeros(shape, dtype=st["dtype"])
            if op == "eye_":
                want = np.eye(shape[0], shape[1], dtype=st["dtype"])
            elif op == "dirac_":
                groups = args.get("groups", 1)
                per = shape[0] // groups
                for g in range(groups):
                    for d in range(min(per, shape[1])):
                        want[(g * per + d, d) + tuple(s // 2 for s in shape[2:])] = 1
            elif op in ("constant_", "ones_"):
                want[...] = args.get("val", 1.0)
            if st["view"] is None:
                assert same(want, got), case["id"]
            else:
                v = st["view"]
                full = np.zeros(v["base_shape"], dtype=st["dtype"])
                np.lib.stride_tricks.as_strided(
                    full.reshape(-1)[v["offset"]:], v["shape"],
                    [x * full.itemsize for x in v["strides"]])[...] = want
                assert same(full, got), case["id"]

    # nn.Linear(300, 100) == [kaiming_uniform_(a=sqrt5), uniform_(+-1/sqrt(300))] on one generator.
    for ci, case in enumerate(cases):
        if case["id"].startswith("seq/linear300x100/"):
            dtype = getattr(torch, case["steps"][0]["dtype"])
            torch.manual_seed(int(case["seed"]))
            lin = torch.nn.Linear(300, 100, dtype=dtype)
            assert same(lin.weight.detach().numpy(), tensors[tensor_name(ci, 0)]), case["id"]
            assert same(lin.bias.detach().numpy(), tensors[tensor_name(ci, 1)]), case["id"]
            assert hashlib.sha256(torch.get_rng_state().numpy().tobytes()).hexdigest() == \
                case["state_after"]["sha256"]
            counts["nn.Linear"] = counts.get("nn.Linear", 0) + 1
    print("self-check: nn.init cases match the spec formulas (%s)"
          % ", ".join("%s %d" % kv for kv in sorted(counts.items())), file=sys.stderr)


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
    records = set()
    for cap in CAPABILITIES:
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
                       env={**os.environ, "ATEN_CPU_CAPABILITY": cap,
                            # single-threaded BLAS/LAPACK (orthogonal_'s QR) if an OpenBLAS/MKL is selected
                            "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}, check=True)
        print("%s: %.1f s" % (cap, time.monotonic() - t0))
    summarize(out_dir)


if __name__ == "__main__":
    main()
