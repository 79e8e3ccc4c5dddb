# Copyright 2026 the torch-parity authors. MIT license.
"""Family 2: torch.nn.init on tensors (formulas, random and deterministic initialisers,
views, module-style sequences, the trunc_normal_ sweep). torch 1.13 nn.init has no generator=:
every case uses the default generator."""

import math  # noqa: F401

from gen.cases import *  # noqa: F401,F403 (the case vocabulary)
from gen.cases import _args_str, _f, _init_id, _shape_str  # noqa: F401


def add_formula_cases(c):
    """Section 9: calculate_gain and _calculate_fan_in_and_fan_out."""
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


def add_random_init_cases(c):
    """Section 10: random initialisers over shapes and arguments."""
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


def add_fill_cases(c):
    """Section 11 (first part): deterministic fills."""
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


def add_view_cases(c):
    """Section 13: initialisers on views."""
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


def add_sequence_cases(c):
    """Section 14: module-style sequences on one generator."""
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


def add_trunc_normal_sweep(c):
    """Section 15: trunc_normal_ size sweep."""
    # 15. trunc_normal_ size sweep (float32, default args): uniform_ + erfinv over many values.
    for n in SIZES:
        c.add(_init_id("trunc_normal_", "float32", [n], {}) + "/sweep", [init("trunc_normal_", "float32", [n])],
              0, ["size-sweep", "erfinv"])
