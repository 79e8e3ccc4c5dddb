# Copyright 2026 the torch-parity authors. MIT license.
"""Running steps in torch: the generator a case runs on, one op_<name> per step kind (OPS),
and the decoded generator state."""

import hashlib
import struct

from gen.cases import INIT_OPS, STATE_BYTES



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


def _output(step, base):
    """The buffer a step stores: None after a refusal (except may-refuse steps), else its values
    (float16/bfloat16 buffers as their bits, written as F16/BF16)."""
    if "error" in step and not step.get("may_refuse"):
        return None
    if step["dtype"] in ("float16", "bfloat16"):
        from gen.safetensors import half_bits
        return half_bits(base, step["dtype"])
    return base.numpy().copy()


def op_uniform_(step, gen, stored):
    base, t = _target(gen.torch, step)
    a = step["args"]
    _, warned = _guarded(step, gen, base, lambda: t.uniform_(a["from"], a["to"], **gen.kw))
    assert warned == []
    return _output(step, base)


def op_normal_(step, gen, stored):
    base, t = _target(gen.torch, step)
    a = step["args"]
    _, warned = _guarded(step, gen, base, lambda: t.normal_(a["mean"], a["std"], **gen.kw))
    assert warned == []
    return _output(step, base)


def _raw(base):
    """The bytes of a buffer (any dtype, bfloat16 included)."""
    import torch
    return bytes(base.contiguous().reshape(-1).view(torch.uint8).numpy().tobytes())


def _guarded(step, gen, base, call):
    """Run call() recording warnings and a raised exception (into step["error"]).

    Returns (result, [warning message strings]). Asserts that the call raises exactly when the
    case list says so (private key "_raises", then removed) and warns exactly when it says so
    ("_warns"); and that a call that raised left the generator state and the target buffer
    `base` (None for formula steps) unchanged."""
    import warnings
    raises, warns = step.pop("_raises", False), step.pop("_warns", False)
    # Half-precision steps: whether torch refuses depends on the release, and it may refuse after
    # drawing (recorded as "may_refuse": true; the state and buffer are what torch leaves).
    may_refuse = step.pop("_may_refuse", False)
    if may_refuse:
        step["may_refuse"] = True
    state_before = bytes(gen.get_state().numpy().tobytes())
    data_before = None if base is None else _raw(base)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result, error = call(), None
        except Exception as exc:  # noqa: BLE001 (recorded, and asserted to be expected)
            result, error = None, {"type": type(exc).__name__, "message": str(exc)}
    messages = [str(w.message) for w in caught]
    assert may_refuse or (error is not None) == raises, "%s: raises=%r, torch gave %r" % (
        step["op"], raises, error)
    assert bool(messages) == warns, "%s: warns=%r, torch gave %r" % (step["op"], warns, messages)
    if error is not None:
        step["error"] = error
    if error is not None and not may_refuse:
        assert bytes(gen.get_state().numpy().tobytes()) == state_before, "failed call consumed draws"
        if base is not None:
            assert _raw(base) == data_before, "failed call modified the tensor"
    return result, messages


def op_init(step, gen, stored):
    """torch.nn.init.<op>(target, **args) on a zeros tensor or a view of a zeros base."""
    assert not gen.kw, "torch 1.13 nn.init has no generator= argument"
    base, t = _target(gen.torch, step)
    fn = getattr(gen.torch.nn.init, step["op"])
    result, warned = _guarded(step, gen, base, lambda: fn(t, **step["args"]))
    step["warnings"] = warned
    if "error" not in step:
        assert result is t
    return _output(step, base)


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
