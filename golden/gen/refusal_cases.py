# Copyright 2026 the torch-parity authors. MIT license.
"""Family 3: refusals and no-ops: calls torch rejects (no draws, tensor untouched) and
zero-element tensors (no draws; some warn)."""

import math  # noqa: F401

from gen.cases import *  # noqa: F401,F403 (the case vocabulary)
from gen.cases import _args_str, _f, _init_id, _shape_str  # noqa: F401


def add_rejected_cases(c):
    """Section 11 (second part): calls that torch rejects."""
    # 11b. Calls that torch rejects (no draws, tensor untouched).
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


def add_zero_element_cases(c):
    """Section 12: zero-element tensors."""
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


def add_coverage_refusals(c):
    """Section 17b: how torch reads mode and nonlinearity strings. The mode is lower-cased, then
    compared exactly ("Fan_Out" works, " fan_in" does not); the nonlinearity is compared as given
    ("ReLU" is refused); a mode that is not a string has no lower()."""
    for mode in (" fan_in", "fan_out ", "", "fanin", "FAN-IN", 1):
        for dtype in DTYPES:
            args = {"mode": mode}
            c.add(_init_id("kaiming_uniform_", dtype, [4, 6], args),
                  [init("kaiming_uniform_", dtype, [4, 6], raises=True, **args)], 0, ["args", "coverage"])
    for nl in ("ReLU", "Tanh", "SELU", "Linear", "relu ", "leakyrelu"):
        for dtype in DTYPES:
            args = {"nonlinearity": nl}
            c.add(_init_id("kaiming_normal_", dtype, [4, 6], args),
                  [init("kaiming_normal_", dtype, [4, 6], raises=True, **args)], 0, ["args", "coverage"])
