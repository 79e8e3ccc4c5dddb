#!/usr/bin/env python3
"""A small pure-Python port of torch.nn.init (stdlib only), speaking torch-parity-port/1.

It follows torch 1.13's torch/nn/init.py formula for formula, check for check and error type for
error type, but draws its random numbers from Python's own `random` module (seeded by
`manual_seed`), not from torch's generator. So it aims at levels 1-3 of the conformance suite
(formulas, structure, distribution) and claims NO bit-exactness: `hello` reports no capability
and `random32` is refused as not implemented.

Two ways to run it:
  python3 conformance/examples/pure_port.py        # child process: JSON lines on stdin/stdout
  --python-port conformance/examples/pure_port.py  # in Pyodide: the harness calls handle_json
"""
import base64
import json
import math
import random
import sys
from array import array
from operator import mul

PROTOCOL = "torch-parity-port/1"
TYPECODES = {"float32": "f", "float64": "d"}
FLOAT32_MAX = 3.4028234663852886e38
_rng = random.Random()  # unseeded, like torch's default generator until manual_seed


def _check_shape(shape):
    if not isinstance(shape, list) or not all(
            isinstance(s, int) and not isinstance(s, bool) and s >= 0 for s in shape):
        raise ValueError(f"shape must be a list of non-negative integers, received {shape!r}")
    return shape


class Tensor:
    """A contiguous row-major tensor: a shape and a flat list of Python floats."""

    def __init__(self, shape, dtype):
        if dtype not in TYPECODES:
            raise ValueError(f"dtype must be float32 or float64, received {dtype!r}")
        self.shape = _check_shape(shape)
        self.dtype = dtype
        self.data = [0.0] * math.prod(shape)

    def dim(self):
        return len(self.shape)

    def numel(self):
        return len(self.data)


# --- formulas ---------------------------------------------------------------------------------

def calculate_gain(nonlinearity, param=None):
    linear_fns = ["linear", "conv1d", "conv2d", "conv3d",
                  "conv_transpose1d", "conv_transpose2d", "conv_transpose3d"]
    if nonlinearity in linear_fns or nonlinearity == "sigmoid":
        return 1
    if nonlinearity == "tanh":
        return 5.0 / 3
    if nonlinearity == "relu":
        return math.sqrt(2.0)
    if nonlinearity == "leaky_relu":
        if param is None:
            negative_slope = 0.01
        elif not isinstance(param, bool) and isinstance(param, (int, float)):
            negative_slope = param
        else:
            raise ValueError(f"negative_slope {param} not a valid number")
        return math.sqrt(2.0 / (1 + negative_slope ** 2))
    if nonlinearity == "selu":
        return 3.0 / 4
    raise ValueError(f"Unsupported nonlinearity {nonlinearity}")


def calculate_fan_in_and_fan_out(shape):
    if len(shape) < 2:
        raise ValueError(
            "Fan in and fan out can not be computed for tensor with fewer than 2 dimensions")
    receptive_field_size = math.prod(shape[2:])
    return shape[1] * receptive_field_size, shape[0] * receptive_field_size


def _correct_fan(shape, mode):
    mode = mode.lower()
    valid_modes = ["fan_in", "fan_out"]
    if mode not in valid_modes:
        raise ValueError(f"Mode {mode} not supported, please use one of {valid_modes}")
    fan_in, fan_out = calculate_fan_in_and_fan_out(shape)
    return fan_in if mode == "fan_in" else fan_out


# --- random fills -----------------------------------------------------------------------------

def uniform_(t, a=0.0, b=1.0):
    if a > b:  # torch's Tensor.uniform_ check (RuntimeError there too)
        raise RuntimeError(f"uniform_ expects to return a [from, to) range, but found from={a:g} > to={b:g}")
    t.data = [a + (b - a) * _rng.random() for _ in t.data]
    return t


def normal_(t, mean=0.0, std=1.0):
    if std < 0:
        raise RuntimeError(f"normal expects std >= 0.0, but found std {std:g}")
    t.data = [_rng.gauss(mean, std) for _ in t.data]
    return t


def _erfinv(y):
    """Inverse error function: Giles' approximation refined by Newton steps on math.erf."""
    if not -1.0 < y < 1.0:
        return math.copysign(math.inf, y) if abs(y) == 1.0 else math.nan
    w = -math.log((1.0 - y) * (1.0 + y))
    if w < 5.0:
        w -= 2.5
        coeffs = (2.81022636e-08, 3.43273939e-07, -3.5233877e-06, -4.39150654e-06,
                  0.00021858087, -0.00125372503, -0.00417768164, 0.246640727, 1.50140941)
    else:
        w = math.sqrt(w) - 3.0
        coeffs = (-0.000200214257, 0.000100950558, 0.00134934322, -0.00367342844,
                  0.00573950773, -0.0076224613, 0.00943887047, 1.00167406, 2.83297682)
    p = 0.0
    for c in coeffs:
        p = p * w + c
    x = p * y
    for _ in range(2):  # Newton on erf(x) - y; erf'(x) = 2/sqrt(pi) exp(-x^2)
        slope = 2.0 / math.sqrt(math.pi) * math.exp(-x * x)
        if slope == 0.0:
            break
        x -= (math.erf(x) - y) / slope
    return x


def trunc_normal_(t, mean=0.0, std=1.0, a=-2.0, b=2.0):
    # torch's method: uniform on [2l-1, 2u-1], inverse CDF, then clamp to [a, b].
    def norm_cdf(x):
        return (1.0 + math.erf(x / math.sqrt(2.0))) / 2.0

    lo = norm_cdf((a - mean) / std)
    hi = norm_cdf((b - mean) / std)
    uniform_(t, 2 * lo - 1, 2 * hi - 1)
    scale = std * math.sqrt(2.0)
    t.data = [min(max(_erfinv(v) * scale + mean, a), b) for v in t.data]
    return t


# --- deterministic fills ----------------------------------------------------------------------

def constant_(t, val):
    if t.dtype == "float32" and math.isfinite(val) and abs(val) > FLOAT32_MAX:
        raise RuntimeError("value cannot be converted to type float without overflow")
    t.data = [float(val)] * t.numel()
    return t


def ones_(t):
    return constant_(t, 1.0)


def zeros_(t):
    return constant_(t, 0.0)


def eye_(t):
    if t.dim() != 2:
        raise ValueError("Only tensors with 2 dimensions are supported")
    rows, cols = t.shape
    zeros_(t)
    for i in range(min(rows, cols)):
        t.data[i * cols + i] = 1.0
    return t


def dirac_(t, groups=1):
    dimensions = t.dim()
    if dimensions not in [3, 4, 5]:
        raise ValueError("Only tensors with 3, 4, or 5 dimensions are supported")
    sizes = t.shape
    if sizes[0] % groups != 0:
        raise ValueError("dim 0 must be divisible by groups")
    out_chans_per_grp = sizes[0] // groups
    min_dim = min(out_chans_per_grp, sizes[1])
    zeros_(t)
    strides = [math.prod(sizes[k + 1:]) for k in range(dimensions)]
    centre = sum(strides[k] * (sizes[k] // 2) for k in range(2, dimensions))
    for g in range(groups):
        for d in range(min_dim):
            t.data[(g * out_chans_per_grp + d) * strides[0] + d * strides[1] + centre] = 1.0
    return t


# --- scaled initializers ----------------------------------------------------------------------

def xavier_uniform_(t, gain=1.0):
    fan_in, fan_out = calculate_fan_in_and_fan_out(t.shape)
    std = gain * math.sqrt(2.0 / float(fan_in + fan_out))
    bound = math.sqrt(3.0) * std
    return uniform_(t, -bound, bound)


def xavier_normal_(t, gain=1.0):
    fan_in, fan_out = calculate_fan_in_and_fan_out(t.shape)
    std = gain * math.sqrt(2.0 / float(fan_in + fan_out))
    return normal_(t, 0.0, std)


def kaiming_uniform_(t, a=0, mode="fan_in", nonlinearity="leaky_relu"):
    if 0 in t.shape:  # torch warns "Initializing zero-element tensors is a no-op"
        return t
    std = calculate_gain(nonlinearity, a) / math.sqrt(_correct_fan(t.shape, mode))
    bound = math.sqrt(3.0) * std
    return uniform_(t, -bound, bound)


def kaiming_normal_(t, a=0, mode="fan_in", nonlinearity="leaky_relu"):
    if 0 in t.shape:
        return t
    std = calculate_gain(nonlinearity, a) / math.sqrt(_correct_fan(t.shape, mode))
    return normal_(t, 0.0, std)


def _orthonormal_columns(columns):
    """Q of the thin QR factorization A = QR, given A's columns (len(columns) <= their length).

    Modified Gram-Schmidt, done twice per column ("twice is enough") so Q stays orthonormal to
    rounding level. R's diagonal is each column's remaining norm, which is positive, so this Q is
    already the one torch gets after its sign fix `q *= sign(diag(r))`.
    """
    basis = []
    for v in columns:
        for _ in range(2):
            for q in basis:
                r = sum(map(mul, q, v))
                v = [vi - r * qi for vi, qi in zip(v, q)]
        norm = math.sqrt(sum(map(mul, v, v)))
        basis.append([vi / norm for vi in v])
    return basis


def orthogonal_(t, gain=1):
    if t.dim() < 2:
        raise ValueError("Only tensors with 2 or more dimensions are supported")
    if t.numel() == 0:
        return t
    rows = t.shape[0]
    cols = t.numel() // rows
    flat = [[_rng.gauss(0.0, 1.0) for _ in range(cols)] for _ in range(rows)]
    if rows < cols:
        # torch factors flat^T (cols x rows), whose columns are flat's rows, and returns Q^T:
        # the result's rows are the orthonormalized rows of flat.
        out_rows = _orthonormal_columns(flat)
        t.data = [gain * x for row in out_rows for x in row]
    else:
        q = _orthonormal_columns([list(col) for col in zip(*flat)])
        t.data = [gain * q[j][i] for i in range(rows) for j in range(cols)]
    return t


def sparse_(t, sparsity, std=0.01):
    if t.dim() != 2:
        raise ValueError("Only tensors with 2 dimensions are supported")
    rows, cols = t.shape
    num_zeros = int(math.ceil(sparsity * rows))
    normal_(t, 0.0, std)
    for col_idx in range(cols):
        row_indices = list(range(rows))
        _rng.shuffle(row_indices)  # torch.randperm(rows)
        for r in row_indices[:num_zeros]:
            t.data[r * cols + col_idx] = 0.0
    return t


INIT_OPS = {f.__name__: f for f in [
    uniform_, normal_, trunc_normal_, constant_, ones_, zeros_, eye_, dirac_, xavier_uniform_,
    xavier_normal_, kaiming_uniform_, kaiming_normal_, orthogonal_, sparse_]}


# --- protocol ---------------------------------------------------------------------------------

def _encode(values, dtype):
    data = array(TYPECODES[dtype], values)  # 'f' rounds each double to float32
    if sys.byteorder != "little":
        data.byteswap()
    return base64.b64encode(data.tobytes()).decode("ascii")


def handle(req):
    """Answer one request (a dict); raise to refuse it."""
    op = req.get("op")
    if op == "hello":
        if req.get("protocol") != PROTOCOL:
            raise ValueError(f"unsupported protocol {req.get('protocol')!r}, expected {PROTOCOL}")
        return {"name": "pure-Python nn.init (stdlib random, not bit-exact)",
                "ops": list(INIT_OPS) + ["calculate_gain", "calculate_fan_in_and_fan_out"]}
    if op == "calculate_gain":
        args = req.get("args", {})
        return {"value": calculate_gain(args.get("nonlinearity"), args.get("param"))}
    if op == "calculate_fan_in_and_fan_out":
        return {"value": list(calculate_fan_in_and_fan_out(_check_shape(req.get("shape"))))}
    if op == "manual_seed":
        seed = int(req["seed"])
        if not -2 ** 63 <= seed < 2 ** 64:
            raise RuntimeError(f"Overflow when unpacking long: {seed}")
        _rng.seed(seed % 2 ** 64)  # torch stores a negative seed as 2^64 + seed
        return {}
    if op in INIT_OPS:
        dtype = req.get("dtype")
        t = Tensor(req.get("shape"), dtype)
        args = dict(req.get("args") or {})
        if op == "uniform_":  # Tensor.uniform_ spells the bounds from/to
            args.setdefault("a", args.pop("from", 0.0))
            args.setdefault("b", args.pop("to", 1.0))
        INIT_OPS[op](t, **args)
        return {"dtype": dtype, "shape": t.shape, "data": _encode(t.data, dtype)}
    raise NotImplementedError(f"op {op!r} is not implemented by this port")


def handle_json(line):
    """One request line in, one reply line out (the in-process entry point)."""
    try:
        req = json.loads(line)
        if not isinstance(req, dict):
            raise ValueError("request is not a JSON object")
    except ValueError as exc:
        return json.dumps({"id": None, "ok": False,
                           "error": {"type": "ProtocolError", "message": str(exc)}})
    try:
        reply = {"id": req.get("id"), "ok": True, **handle(req)}
    except NotImplementedError as exc:
        reply = {"id": req.get("id"), "ok": False,
                 "error": {"type": "NotImplemented", "message": str(exc)}}
    except Exception as exc:  # a refusal, as torch raises: report it and keep serving
        reply = {"id": req.get("id"), "ok": False,
                 "error": {"type": type(exc).__name__, "message": str(exc)}}
    return json.dumps(reply)


if __name__ == "__main__":
    for line in sys.stdin:
        if line.strip():
            print(handle_json(line), flush=True)
