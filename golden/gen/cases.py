# Copyright 2026 the torch-parity authors. MIT license.
"""Golden cases as plain data: constants, step constructors, the case list and its tags.

Nothing here imports torch; every family module (rng_cases, init_cases, refusal_cases) builds
its cases with these helpers, and generate.py runs them."""

import math

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


def _shape_str(shape):
    return "[%s]" % ",".join(map(str, shape))


def _args_str(args):
    return ("/" + ",".join("%s=%r" % kv for kv in args.items())) if args else ""


def _init_id(op, dtype, shape, args, seed=0):
    return "%s/%s/%s/seed=%d%s" % (op, dtype, _shape_str(shape), seed, _args_str(args))
