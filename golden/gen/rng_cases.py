# Copyright 2026 the torch-parity authors. MIT license.
"""Family 1: the raw random streams (MT19937 words, uniform_, normal_, randperm, states)."""

import math  # noqa: F401

from gen.cases import *  # noqa: F401,F403 (the case vocabulary)
from gen.cases import _args_str, _f, _init_id, _shape_str  # noqa: F401


def add_rng_cases(c):
    """Sections 1-8: raw words, size/seed sweeps, arguments, views, sequences, randperm, states."""
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
