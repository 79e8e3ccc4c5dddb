# Copyright 2026 the torch-parity authors. MIT license.
"""Family 4: whole modules. Builds each module spec of gen/module_cases.py in torch after
torch.manual_seed(seed), runs its re-init steps, and records the state_dict (names in order,
dtype, shape, bytes or SHA-256) and the generator state after, into golden/<cap>/modules.json and
golden/<cap>/modules.safetensors (format "torch-parity-modules/1", documented in golden/README.md,
section "Module cases"). Under torch 2.x the case list is that release's (gen/module_cases.py) and,
with a base directory (torch 1.13's set), only the tensors that differ from the base's same-named
ones are stored ("base_tensors", as in the main set).

The spec semantics implemented here are the reference for ports: build(spec) and run_reinit()
follow the README text line by line."""

import hashlib
import json
import os
import sys

from gen.module_cases import (MODULE_CAPABILITIES, MODULE_FORMAT, STORE_LIMIT, TORCH_VERSIONS,
                              build_module_cases, module_tensor_name)
from gen.safetensors import _read_safetensors, _write_atomic, half_bits, st_dtype, write_safetensors
from gen.torch_ops import decode_state

INIT_FUNCTIONS = ("uniform_", "normal_", "constant_", "ones_", "zeros_", "eye_", "dirac_",
                  "xavier_uniform_", "xavier_normal_", "kaiming_uniform_", "kaiming_normal_",
                  "trunc_normal_", "orthogonal_", "sparse_")

# Class names a filter may use that are not public torch.nn attributes (torch 1.13 paths).
_INTERNAL_CLASSES = {
    "_ConvNd": ("torch.nn.modules.conv", "_ConvNd"),
    "_ConvTransposeNd": ("torch.nn.modules.conv", "_ConvTransposeNd"),
    "_NormBase": ("torch.nn.modules.batchnorm", "_NormBase"),
    "_BatchNorm": ("torch.nn.modules.batchnorm", "_BatchNorm"),
    "_InstanceNorm": ("torch.nn.modules.instancenorm", "_InstanceNorm"),
    "NonDynamicallyQuantizableLinear": ("torch.nn.modules.linear", "NonDynamicallyQuantizableLinear"),
}


class ModuleBuilder:
    """Builds module specs in torch. One Python class per Custom class name (cached), so that
    isinstance / type filters on custom modules behave like a user's class."""

    def __init__(self, torch):
        self.torch = torch
        self.custom_classes = {}

    # --- construction -------------------------------------------------------------------

    def build(self, spec):
        torch = self.torch
        assert isinstance(spec, dict) and isinstance(spec.get("type"), str), spec
        allowed = {"type", "args", "kwargs", "reinit"} | ({"name", "children"} if spec["type"] == "Custom" else set())
        assert set(spec) <= allowed, "unknown spec keys %r" % sorted(set(spec) - allowed)
        if spec["type"] == "Custom":
            assert "args" not in spec and "kwargs" not in spec
            module = self._custom_class(spec.get("name", "Custom"))()
            for name, child in spec.get("children", []):
                setattr(module, name, self.build(child))
        else:
            cls = getattr(torch.nn, spec["type"])
            assert isinstance(cls, type) and issubclass(cls, torch.nn.Module), spec["type"]
            args = [self.value(a) for a in spec.get("args", [])]
            kwargs = {k: self.value(v, k) for k, v in spec.get("kwargs", {}).items()}
            module = cls(*args, **kwargs)
        self.run_reinit(module, spec.get("reinit", []))
        return module

    def value(self, v, key=None):
        """A JSON argument value as torch receives it: a spec becomes a module, a "dtype" string a
        torch dtype, arrays lists, objects dicts (key order as in the file)."""
        if key == "dtype":
            assert v in ("float32", "float64", "float16", "bfloat16"), v
            return getattr(self.torch, v)
        if isinstance(v, dict):
            return self.build(v) if "type" in v else {k: self.value(x) for k, x in v.items()}
        if isinstance(v, list):
            return [self.value(x) for x in v]
        return v

    def _custom_class(self, name):
        if name not in self.custom_classes:
            nn = self.torch.nn

            def __init__(self):
                nn.Module.__init__(self)

            self.custom_classes[name] = type(name, (nn.Module,), {"__init__": __init__})
        return self.custom_classes[name]

    # --- re-initialisation --------------------------------------------------------------

    def _class(self, name):
        if name in self.custom_classes:
            return self.custom_classes[name]
        if name in _INTERNAL_CLASSES:
            import importlib
            mod, attr = _INTERNAL_CLASSES[name]
            return getattr(importlib.import_module(mod), attr)
        cls = getattr(self.torch.nn, name)
        assert isinstance(cls, type) and issubclass(cls, self.torch.nn.Module), name
        return cls

    def _selects(self, branch, m):
        if "isinstance" in branch and not isinstance(m, tuple(self._class(n) for n in branch["isinstance"])):
            return False
        if "type_in" in branch and type(m).__name__ not in branch["type_in"]:
            return False
        if "class_name_contains" in branch and m.__class__.__name__.find(branch["class_name_contains"]) == -1:
            return False
        return True

    @staticmethod
    def _matches(match, name, t):
        return (name.startswith(match.get("startswith", ""))
                and name.endswith(match.get("endswith", ""))
                and match.get("contains", "") in name
                and t.dim() >= match.get("min_dim", 0))

    def _init(self, t, op, args):
        assert op in INIT_FUNCTIONS, op
        return getattr(self.torch.nn.init, op)(t, **args)

    def _visit(self, m, branches):
        for branch in branches:
            assert set(branch) <= {"isinstance", "type_in", "class_name_contains", "inits"}, branch
            if self._selects(branch, m):
                for init in branch["inits"]:
                    assert set(init) <= {"param", "params", "init", "args"} and ("param" in init) != ("params" in init)
                    if "param" in init:
                        t = m
                        for part in init["param"].split("."):
                            t = getattr(t, part, None)
                        if t is not None:
                            self._init(t, init["init"], init.get("args", {}))
                    else:
                        for name, p in list(m.named_parameters(recurse=False)):
                            if self._matches(init["params"], name, p):
                                self._init(p, init["init"], init.get("args", {}))
                return  # if / elif: the first matching branch only

    def run_reinit(self, net, steps):
        for step in steps:
            op = step["op"]
            if op == "modules":
                for m in net.modules():
                    self._visit(m, step["branches"])
            elif op == "apply":
                net.apply(lambda m: self._visit(m, step["branches"]))
            elif op == "named_parameters":
                for name, p in list(net.named_parameters()):
                    if self._matches(step.get("match", {}), name, p):
                        self._init(p, step["init"], step.get("args", {}))
            elif op == "call":
                t = net
                for part in step["target"].split("."):
                    t = getattr(t, part)
                self._init(t, step["init"], step.get("args", {}))
            else:
                raise AssertionError("unknown reinit op %r" % op)


# ---------------------------------------------------------------------------------------
# Recording
# ---------------------------------------------------------------------------------------

_DTYPES = {"torch.float32": "float32", "torch.float64": "float64", "torch.int64": "int64",
           "torch.float16": "float16", "torch.bfloat16": "bfloat16"}
_HALF = ("float16", "bfloat16")


def _array(torch, t):
    """A state_dict tensor as numpy: float16 / bfloat16 as their bits (gen.safetensors.half_bits:
    written as F16 / BF16), other dtypes as themselves."""
    dtype = _DTYPES[str(t.dtype)]
    if dtype in _HALF:
        return half_bits(t.detach(), dtype)
    return t.detach().numpy().copy()


def _head(arr):
    flat = arr.reshape(-1)[:8]
    if st_dtype(arr) == "BF16":  # bfloat16 bits: the value is the high half of a float32
        import numpy as np
        return [float(x) for x in (flat.view(np.uint16).astype(np.uint32) << 16).view(np.float32)]
    if arr.dtype.kind == "i":
        return [str(int(x)) for x in flat]
    return [float(x) for x in flat]


def run_case(torch, builder, case, ci, tensors):
    import warnings
    torch.manual_seed(int(case["seed"]))
    seeded = bytes(torch.get_rng_state().numpy().tobytes())
    raises, warns = case.pop("_raises", False), case.pop("_warns", False)
    phase = case.pop("_phase", None)
    spec = json.loads(json.dumps(case["spec"], sort_keys=True))  # exactly what the file says
    assert spec == case["spec"]
    net, error = None, None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        # A refusal must leave the generator where it was at the refused call: record the state
        # before every init call and constructor through a hook-free wrapper.
        state_box = {}
        orig_init = builder._init

        def guarded_init(t, op, args):
            state_box.clear()
            if t is None:
                return orig_init(t, op, args)
            state_box["state"] = bytes(torch.get_rng_state().numpy().tobytes())
            state_box["data"] = bytes(_array(torch, t).tobytes())
            state_box["tensor"] = t
            return orig_init(t, op, args)

        builder._init = guarded_init
        try:
            net = builder.build(spec)
        except Exception as exc:  # noqa: BLE001 (recorded, and asserted to be expected)
            error = {"type": type(exc).__name__, "message": str(exc)}
        finally:
            builder._init = orig_init
    case["warnings"] = [str(w.message) for w in caught]
    assert (error is not None) == raises, "%s: raises=%r, torch gave %r" % (case["id"], raises, error)
    assert bool(case["warnings"]) == warns, "%s: warns=%r, torch gave %r" % (case["id"], warns, case["warnings"])
    if error is not None:
        case["error"] = error
        if phase == "construct" and "late-refusal" not in case["tags"] and spec["type"] != "Sequential":
            assert bytes(torch.get_rng_state().numpy().tobytes()) == seeded, "refused constructor drew"
        if phase == "reinit" and state_box:
            assert bytes(torch.get_rng_state().numpy().tobytes()) == state_box["state"], "refused init drew"
            assert bytes(_array(torch, state_box["tensor"]).tobytes()) == state_box["data"], "refused init wrote"
    if net is None:
        case["state_dict"] = None
    else:
        params = {id(p) for p in net.parameters()}
        entries = []
        for ei, (name, t) in enumerate(net.state_dict().items()):
            arr = _array(torch, t)
            raw = arr.astype(arr.dtype.newbyteorder("<"), copy=False).tobytes()
            entry = {"name": name, "dtype": _DTYPES[str(t.dtype)], "shape": list(t.shape),
                     "kind": "parameter" if id(getattr_path(net, name)) in params else "buffer"}
            if len(raw) <= STORE_LIMIT:
                entry["tensor"] = module_tensor_name(ci, ei)
                tensors[entry["tensor"]] = arr
            else:
                entry["tensor"] = None
                entry["sha256"] = hashlib.sha256(raw).hexdigest()
                entry["head"] = _head(arr)
            entries.append(entry)
        case["state_dict"] = entries
    raw_state = torch.get_rng_state().numpy().tobytes()
    case["state_after"] = decode_state(raw_state)


def _compact(obj):
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False)


def _manifest_text(meta, cases, base_tensors=None):
    """modules.json: one JSON object, its cases one per line (compact, sorted keys)."""
    head = {"format": MODULE_FORMAT, "meta": meta, "store_limit": STORE_LIMIT, "tensors": "modules.safetensors"}
    lines = ['{"format":%s,' % _compact(MODULE_FORMAT), '"meta":%s,' % _compact(meta),
             '"store_limit":%d,' % STORE_LIMIT, '"tensors":%s,' % _compact(head["tensors"])]
    if base_tensors is not None:
        head["base_tensors"] = base_tensors
        lines.append('"base_tensors":%s,' % _compact(base_tensors))
    lines += ['"cases":[']
    lines += [_compact(c) + ("," if i + 1 < len(cases) else "") for i, c in enumerate(cases)]
    lines += ["]}"]
    text = "\n".join(lines) + "\n"
    parsed = json.loads(text)
    assert parsed == dict(head, cases=json.loads(json.dumps(cases)))
    return text


def getattr_path(net, dotted):
    t = net
    for part in dotted.split("."):
        t = getattr(t, part)
    return t


def torch_release(torch):
    """"1.13", "2.6" or "2.14" from torch.__version__ (e.g. "2.6.0+debian", Debian's "1.13.0a0")."""
    major, minor = torch.__version__.split(".")[:2]
    release = "%s.%s" % (major, minor)
    assert release in TORCH_VERSIONS, "no module case list for torch " + torch.__version__
    return release


def _drop_base_tensors(tensors, base_file):
    """Remove every tensor whose dtype, shape and bytes equal the same-named one of base_file."""
    import numpy as np
    base = _read_safetensors(base_file, with_header=True)
    kept = {}
    for name, given in tensors.items():
        kind = st_dtype(given)  # before ascontiguousarray, which drops the BF16 subclass
        arr = np.ascontiguousarray(given)
        other = base.get(name)
        if other is not None and other[0] == kind and other[1] == list(arr.shape) \
                and other[2] == arr.astype(arr.dtype.newbyteorder("<"), copy=False).tobytes():
            continue
        kept[name] = given
    return kept


def run_module_cases(torch, cap, out_dir, meta, base_dir=None):
    """Record every module case of this torch release for `cap`. default and avx2 are written to
    out_dir/<cap>/; avx512 (not written: the loader serves avx2's data) is checked equal to avx2's
    files. With base_dir (torch 1.13's golden directory, for a later release), tensors equal to the
    base's same-named ones are left out and the manifest names the base file as "base_tensors"."""
    cases = build_module_cases(torch_release(torch))
    builder = ModuleBuilder(torch)
    tensors = {}
    for ci, case in enumerate(cases):
        run_case(torch, builder, case, ci, tensors)
    base_tensors = None
    if base_dir is not None and cap in MODULE_CAPABILITIES:
        base_tensors = "../../%s/modules.safetensors" % cap
        total = len(tensors)
        tensors = _drop_base_tensors(tensors, os.path.join(base_dir, cap, "modules.safetensors"))
        print("[%s] module tensors: %d, %d stored, the rest as in base_tensors" % (cap, total, len(tensors)),
              file=sys.stderr)
    text = _manifest_text(meta, cases, base_tensors)
    if cap in MODULE_CAPABILITIES:
        cap_dir = os.path.join(out_dir, cap)
        write_safetensors(os.path.join(cap_dir, "modules.safetensors"), tensors,
                          {"format": MODULE_FORMAT, "capability": cap})
        _write_atomic(os.path.join(cap_dir, "modules.json"), text.encode("utf-8"))
        stored = sum(1 for c in cases for e in (c["state_dict"] or []) if e["tensor"])
        hashed = sum(1 for c in cases for e in (c["state_dict"] or []) if not e["tensor"])
        print("[%s] %d module cases, %d tensors stored, %d by SHA-256 only"
              % (cap, len(cases), stored, hashed), file=sys.stderr)
        return
    alias = "avx2"
    if not os.path.exists(os.path.join(out_dir, alias, "modules.json")):
        print("[%s] module cases not compared: no %s/modules.json in this run" % (cap, alias), file=sys.stderr)
        return
    with open(os.path.join(out_dir, alias, "modules.json"), encoding="utf-8") as f:
        recorded = f.read()
    labels = {k: json.loads(recorded)["meta"][k] for k in ("capability", "reported_capability")}
    assert recorded == _manifest_text(dict(meta, **labels), cases), \
        "module cases of %s differ from %s" % (cap, alias)
    theirs = _read_safetensors(os.path.join(out_dir, alias, "modules.safetensors"))
    import numpy as np
    ours = {k: np.ascontiguousarray(v).tobytes() for k, v in tensors.items()}
    assert ours == theirs, "module tensors of %s differ from %s" % (cap, alias)
    print("[%s] %d module cases identical to %s (not written)" % (cap, len(cases), alias), file=sys.stderr)

