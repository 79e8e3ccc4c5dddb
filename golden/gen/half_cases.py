# Copyright 2026 the torch-parity authors. MIT license.
"""Family 5: float16 and bfloat16 tensors (issue 15): uniform_, normal_ and every nn.init function
on half-precision tensors and views, for every release.

Whether torch refuses a half dtype depends on the release (torch 1.13 refuses float16
trunc_normal_ and bfloat16 eye_, every release refuses orthogonal_ in LAPACK), and some refusals
come after draws (trunc_normal_'s uniform_, orthogonal_'s normal_), so every step here is declared
`may_refuse`: the worker records torch's error if there is one (no assertion either way), keeps
the generator state torch leaves, and stores the target buffer after the call in every case (for
a refusal: what torch wrote before refusing)."""

import math  # noqa: F401

from gen.cases import *  # noqa: F401,F403 (the case vocabulary)
from gen.cases import _args_str, _f, _init_id, _shape_str  # noqa: F401

HALF_DTYPES = ("float16", "bfloat16")


def _half(step):
    """Mark a step as a half-precision step: torch may refuse it (after draws)."""
    step = dict(step)
    step["_may_refuse"] = True
    return step


def _add(c, case_id, steps, seed=0, tags=()):
    c.add(case_id, [_half(s) for s in steps], seed, ["half"] + list(tags))


def add_half_cases(c):
    """Section 18: half precision."""
    # 18a. uniform_ and normal_: sizes around normal_'s 16-element switch and its tail redraw,
    # bounds where the dtype's rounding of from/to/range and FMA show, seeds.
    sizes = [1, 2, 5, 15, 16, 17, 31, 32, 33, 100, 1000, 4099]
    for dtype in HALF_DTYPES:
        for n in sizes:
            _add(c, "half/uniform_/%s/n%d/seed=0" % (dtype, n), [uniform(dtype, [n])], 0, ["size-sweep"])
            _add(c, "half/normal_/%s/n%d/seed=0" % (dtype, n), [normal(dtype, [n])], 0, ["size-sweep"])
        for lo, hi in ((-0.37, 0.81), (-INV_SQRT3, INV_SQRT3), (-0.0625, 0.0625), (2.0, 1000.5), (-3e-5, 1e-5)):
            for n in (7, 100):
                _add(c, "half/uniform_/%s/n%d/seed=0/from=%s,to=%s" % (dtype, n, _f(lo), _f(hi)),
                     [uniform(dtype, [n], lo, hi)], 0, ["args"])
        for mean, std in ((0.3, 1.7), (-1.0, 0.02), (0.0, 0.02), (2.0, 3.0), (1e-3, 1e-2), (100.0, 0.5)):
            for n in (5, 16, 37, 100, 1000):
                _add(c, "half/normal_/%s/n%d/seed=0/mean=%s,std=%s" % (dtype, n, _f(mean), _f(std)),
                     [normal(dtype, [n], mean, std)], 0, ["args"])
        for seed in (1, 42, 2**63 - 1, -1):
            _add(c, "half/uniform_/%s/n100/seed=%d/from=-0.5,to=0.5" % (dtype, seed),
                 [uniform(dtype, [100], -0.5, 0.5)], seed, ["seed-sweep"])
            _add(c, "half/normal_/%s/n100/seed=%d" % (dtype, seed), [normal(dtype, [100])], seed,
                 ["seed-sweep"])
            _add(c, "half/normal_/%s/n7/seed=%d" % (dtype, seed), [normal(dtype, [7])], seed,
                 ["seed-sweep"])
        # Views: a transpose (strided: scalar path), a contiguous slice with an offset (fill path).
        views = [view([8, 6], "base.t()", [6, 8], [1, 6], 0),
                 view([5, 20], "base[1:]", [4, 20], [20, 1], 20),
                 view([6, 10], "base[:, ::2]", [6, 5], [10, 2], 0)]
        for v in views:
            for op, args in (("uniform_", {"lo": -0.3, "hi": 0.7}), ("normal_", {"mean": 0.5, "std": 2.0})):
                _add(c, "half/%s/%s/view[%s]:%s/seed=0" % (op, dtype, ",".join(map(str, v["base_shape"])),
                                                          v["expr"]),
                     [vstep(op, dtype, v, **args)], 0, ["views"])
        # The scalar path's cached second sample carries over between calls.
        _add(c, "half/normal_/%s/n3+n3+n20/seed=0" % dtype,
             [normal(dtype, [3]), normal(dtype, [3], 1.0, 2.0), normal(dtype, [20])], 0, ["sequence"])

    # 18b. nn.init on half tensors.
    trunc_args = [{}, {"std": 0.02}, {"mean": 0.0, "std": 0.02, "a": -0.04, "b": 0.04},
                  {"mean": 1.5, "std": 0.5, "a": 1.0, "b": 2.0},
                  {"mean": 0.0, "std": 1.0, "a": 2.0, "b": 4.0},     # p <= 0.3: 2.14's uniform proposals
                  {"mean": 10.0, "std": 1.0, "a": -2.0, "b": 2.0}]  # warns
    kaiming_args = [{}, {"a": SQRT5}, {"mode": "fan_out", "nonlinearity": "relu"},
                    {"nonlinearity": "tanh"}]
    for dtype in HALF_DTYPES:
        for shape in ([64, 32], [3, 5], [17, 1], [16, 3, 5]):
            for args in trunc_args:
                warns = args.get("mean") == 10.0
                _add(c, "half/" + _init_id("trunc_normal_", dtype, shape, args),
                     [init("trunc_normal_", dtype, shape, warns=warns, **args)], 0, ["args"])
            for op in ("xavier_uniform_", "xavier_normal_"):
                for args in ({}, {"gain": TANH_GAIN}):
                    _add(c, "half/" + _init_id(op, dtype, shape, args), [init(op, dtype, shape, **args)], 0,
                         ["args"])
            for op in ("kaiming_uniform_", "kaiming_normal_"):
                for args in kaiming_args:
                    _add(c, "half/" + _init_id(op, dtype, shape, args), [init(op, dtype, shape, **args)], 0,
                         ["args"])
        fills = [("constant_", [3, 5], {"val": 0.3}), ("constant_", [3, 5], {"val": -3}),
                 ("constant_", [3, 5], {"val": 1e-3}), ("constant_", [4], {"val": 1 + 2**-11 + 2**-40}),
                 ("constant_", [4], {"val": 1 + 2**-8 + 2**-40}), ("constant_", [4], {"val": 1e-8}),
                 ("constant_", [4], {"val": 65504.0}), ("constant_", [4], {"val": 65504.5}),
                 ("constant_", [4], {"val": 1e5}), ("constant_", [4], {"val": 3.4e38}),
                 ("ones_", [2, 3, 4], {}), ("zeros_", [3, 5], {}),
                 ("eye_", [3, 5], {}), ("eye_", [5, 3], {}), ("eye_", [4, 4], {}), ("eye_", [0, 3], {}),
                 ("dirac_", [4, 2, 3], {}), ("dirac_", [6, 3, 3, 3], {"groups": 3}),
                 ("dirac_", [2, 2, 3, 3, 3], {})]
        for op, shape, args in fills:
            _add(c, "half/" + _init_id(op, dtype, shape, args), [init(op, dtype, shape, **args)], 0,
                 ["deterministic"])
        for shape in ([4, 6], [6, 4], [3, 4], [16, 3, 3], [0, 3], [1, 1]):
            _add(c, "half/" + _init_id("orthogonal_", dtype, shape, {}), [init("orthogonal_", dtype, shape)], 0,
                 [])
        for shape, args in (([10, 20], {"sparsity": 0.3}), ([3, 5], {"sparsity": 0.5, "std": 0.5}),
                            ([17, 2], {"sparsity": 0.25}), ([64, 32], {"sparsity": 0.1})):
            _add(c, "half/" + _init_id("sparse_", dtype, shape, args), [init("sparse_", dtype, shape, **args)],
                 0, ["args"])
        # Rejected arguments (no draws) and zero-element tensors.
        for op, shape, args in (("orthogonal_", [5], {}), ("eye_", [2, 3, 4], {}), ("xavier_uniform_", [5], {}),
                                ("kaiming_uniform_", [0, 5], {}), ("trunc_normal_", [0], {}),
                                ("sparse_", [0, 5], {"sparsity": 0.1})):
            _add(c, "half/" + _init_id(op, dtype, shape, args),
                 [init(op, dtype, shape, warns=op == "kaiming_uniform_", **args)], 0, ["zero-element"]
                 if 0 in shape else [])
        # Views.
        init_views = [
            ("kaiming_uniform_", view([32, 64], "base.t()", [64, 32], [1, 64], 0), {"a": SQRT5}),
            ("kaiming_normal_", view([32, 64], "base.t()", [64, 32], [1, 64], 0), {}),
            ("xavier_normal_", view([8, 3, 3, 4], "base.permute(0, 3, 1, 2)", [8, 4, 3, 3], [36, 1, 12, 4], 0),
             {}),
            ("trunc_normal_", view([10, 20], "base[:, ::2]", [10, 10], [20, 2], 0), {}),
            ("trunc_normal_", view([10, 20], "base[:, ::2]", [10, 10], [20, 2], 0),
             {"mean": 0.0, "std": 1.0, "a": 2.0, "b": 4.0}),
            ("sparse_", view([30, 20], "base.t()", [20, 30], [1, 20], 0), {"sparsity": 0.1}),
            ("eye_", view([6, 8], "base[1:5, 2:7]", [4, 5], [8, 1], 10), {}),
            ("constant_", view([6, 8], "base[1:5, 2:7]", [4, 5], [8, 1], 10), {"val": 0.1}),
        ]
        for op, v, args in init_views:
            _add(c, "half/%s/%s/view[%s]:%s/seed=0%s" % (op, dtype, ",".join(map(str, v["base_shape"])),
                                                        v["expr"], _args_str(args)),
                 [vinit(op, dtype, v, **args)], 0, ["views"])
        # nn.Linear(300, 100, dtype=...) as its reset_parameters draws it, and a conv stack.
        bound_b = 1 / math.sqrt(300)
        for seed in (42, 0):
            _add(c, "half/seq/linear300x100/%s/seed=%d" % (dtype, seed),
                 [init("kaiming_uniform_", dtype, [100, 300], a=SQRT5), uniform(dtype, [100], -bound_b, bound_b)],
                 seed, ["sequence", "module"])
        _add(c, "half/seq/normal-then-trunc/%s/seed=0" % dtype,
             [normal(dtype, [5]), init("trunc_normal_", dtype, [40], std=0.02), normal(dtype, [3]),
              init("orthogonal_", dtype, [3, 4]), normal(dtype, [2])], 0, ["sequence"])
