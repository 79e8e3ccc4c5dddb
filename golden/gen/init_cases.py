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


def add_coverage_cases(c):
    """Section 17: the harness's blind spots. dirac_ on even and odd kernel sizes in 1-, 2- and
    3-D, with and without groups; eye_ on tall, wide and square matrices; sparse_ where floor and
    ceil of the zero count differ (and where the float64 product lands just above an integer);
    and at least five cases for every option that changes numbers: each nonlinearity, each mode
    and its spellings, `a`, each sparse_ std, trunc_normal_ with the mean outside [a, b] or bounds
    far from it, and nn.init calls after seeds above 2^53 and negative seeds."""
    small = [[12, 5], [6, 4, 3], [4, 3, 2, 2]]  # fill path, fill path, scalar path (<= 48 values)
    diracs = [([4, 4, 2], {}), ([5, 3, 4], {}), ([6, 2, 4], {"groups": 3}), ([4, 3, 3], {"groups": 2}),
              ([2, 4, 1], {}), ([8, 2, 5], {"groups": 2}),
              ([4, 4, 2, 2], {}), ([4, 2, 4, 3], {"groups": 2}), ([6, 3, 3, 2], {"groups": 3}),
              ([3, 5, 4, 4], {}), ([8, 2, 2, 5], {"groups": 4}),
              ([2, 2, 2, 2, 2], {}), ([4, 2, 3, 4, 2], {"groups": 2}), ([3, 3, 2, 3, 4], {}),
              ([6, 2, 2, 2, 3], {"groups": 3}), ([2, 1, 4, 4, 4], {"groups": 2}),
              ([3, 2, 3, 3, 5], {}), ([4, 2, 1, 3, 3], {"groups": 2})]
    for shape, args in diracs:
        for dtype in DTYPES:
            c.add(_init_id("dirac_", dtype, shape, args), [init("dirac_", dtype, shape, **args)], 0,
                  ["deterministic", "coverage"])
    for shape in ([2, 7], [7, 2], [1, 6], [6, 1], [8, 3], [3, 8], [5, 5], [0, 3], [3, 0]):
        for dtype in DTYPES:
            c.add(_init_id("eye_", dtype, shape, {}), [init("eye_", dtype, shape)], 0,
                  ["deterministic", "coverage"] + (["zero-element"] if 0 in shape else []))
    # ceil(sparsity * rows) in float64: 0.07 * 100 = 7.000000000000001 -> 8, 0.14 * 50 -> 8,
    # 0.28 * 25 -> 8, 0.56 * 25 = 14.000000000000002 -> 15.
    zero_counts = [([7, 5], 0.3), ([33, 4], 0.1), ([13, 6], 0.2), ([9, 4], 0.5), ([3, 8], 0.5),
                   ([100, 3], 0.07), ([50, 4], 0.14), ([29, 3], 0.99), ([25, 4], 0.28), ([25, 3], 0.56)]
    for shape, sparsity in zero_counts:
        for dtype in DTYPES:
            args = {"sparsity": sparsity}
            c.add(_init_id("sparse_", dtype, shape, args), [init("sparse_", dtype, shape, **args)], 0,
                  ["args", "coverage"])
    for std in (0.5, 2.0, 0.001):
        for shape in ([12, 5], [3, 4], [20, 3]):
            for dtype in DTYPES:
                args = {"sparsity": 0.25, "std": std}
                c.add(_init_id("sparse_", dtype, shape, args), [init("sparse_", dtype, shape, **args)], 0,
                      ["args", "coverage"])
    kaiming_args = [{"nonlinearity": nl} for nl in ("linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d",
                                                      "conv_transpose2d", "conv_transpose3d", "sigmoid")]
    kaiming_args += [{"a": -0.5}, {"a": 3, "nonlinearity": "leaky_relu"},
                     {"a": 0.5, "nonlinearity": "relu"}, {"a": 1, "nonlinearity": "tanh"},  # a ignored
                     {"mode": "fan_out", "nonlinearity": "relu"}, {"mode": "fan_out", "nonlinearity": "tanh"},
                     {"mode": "fan_out", "a": 0.2}, {"mode": "fan_out", "nonlinearity": "selu"},
                     {"mode": "FAN_IN", "nonlinearity": "relu"}, {"mode": "Fan_Out"}, {"mode": "FAN_OUT"}]
    for op in ("kaiming_uniform_", "kaiming_normal_"):
        for args in kaiming_args:
            for shape in small:
                for dtype in DTYPES:
                    c.add(_init_id(op, dtype, shape, args), [init(op, dtype, shape, **args)], 0,
                          ["args", "coverage"])
    truncs = [{"mean": 3.0, "std": 1.0, "a": -1.0, "b": 0.5},   # mean above b (warns)
              {"mean": -1.0, "std": 0.5, "a": 0.0, "b": 2.0},  # mean below a, exactly 2 std
              {"mean": 2.0, "std": 0.5, "a": -1.0, "b": 1.0},  # mean above b, exactly 2 std
              {"mean": 0.0, "std": 1.0, "a": 2.0, "b": 4.0},   # bounds far above the mean
              {"mean": 0.0, "std": 1.0, "a": -4.5, "b": -3.0},  # far below (warns)
              {"mean": 0.0, "std": 1.0, "a": 5.0, "b": 7.0},   # past float32's resolution (warns)
              {"mean": 0.5, "std": 0.1, "a": -3.0, "b": -2.0}]  # 25 std away: all draws clamp (warns)
    for args in truncs:
        warns = args["mean"] < args["a"] - 2 * args["std"] or args["mean"] > args["b"] + 2 * args["std"]
        for shape in ([12, 5], [3, 4], [40]):
            for dtype in DTYPES:
                c.add(_init_id("trunc_normal_", dtype, shape, args),
                      [init("trunc_normal_", dtype, shape, warns=warns, **args)], 0, ["args", "coverage"])
    # Seeds above 2^53 (a double cannot hold them: 2^53 + 1 -> 2^53 changes the low 32 bits that
    # seed MT19937) and negative seeds (torch takes them mod 2^64).
    seeded = [("kaiming_uniform_", [12, 5], {"a": SQRT5}), ("kaiming_normal_", [6, 4, 3], {}),
              ("trunc_normal_", [40], {"std": 0.02}), ("xavier_normal_", [3, 4], {}),
              ("sparse_", [12, 5], {"sparsity": 0.2}), ("orthogonal_", [6, 4], {})]
    seeds = [2**53 + 1, 2**63 - 1, 2**64 - 1, 12345678901234567890, 2**60 + 2**32 + 7, -1, -2**63, -12345,
             -2**31 - 1, -(2**53 + 3)]
    for k, seed in enumerate(seeds):
        for j, (op, shape, args) in enumerate(seeded):
            dtype = DTYPES[(k + j) % 2]
            c.add(_init_id(op, dtype, shape, args, seed), [init(op, dtype, shape, **args)], seed,
                  ["args", "coverage", "seed-sweep"])
