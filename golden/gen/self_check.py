# Copyright 2026 the torch-parity authors. MIT license.
"""Self-checks run by every worker: an independent MT19937, the spec's reference values
(section 8) and the nn.init formulas (section 6) re-derived from uniform_/normal_/randperm."""

import hashlib
import math
import platform
import sys

from gen.cases import FRESH_GENERATOR_SEED, INIT_OPS, _numel, tensor_name
from gen.torch_ops import _target, decode_state



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
    if torch.__version__.startswith("1.13"):  # the spec's value is torch 1.13.1's (glibc 2.36 erff)
        torch.manual_seed(1)
        tn = torch.nn.init.trunc_normal_(torch.empty(20), std=0.02)
        assert bits32(tn[:3].numpy()) == [0x3c64f391, 0xbc3fa81e, 0xbba0d511]

    # Capability-dependent references (x86-64 GCC build: FMA in AVX2/AVX512 kernels only).
    fused = {"AVX2": True, "AVX512": True, "NO AVX": False, "DEFAULT": False}.get(reported)
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
        if steps[0]["dtype"] in ("float16", "bfloat16"):
            continue  # half precision: numpy has no bfloat16; replayed against torch's own record
        st = steps[0]
        op, args, shape = st["op"], st["args"], st["shape"]
        seed = int(case["seed"])
        got = tensors[st["output"]]
        counts[op] = counts.get(op, 0) + 1
        if _numel(shape) == 0:
            assert case["state_after"]["next"] == 0, case["id"]  # no draws
            continue
        # torch 2.12+ samples trunc_normal_ by rejection: its re-derivation is not the inverse CDF.
        inverse_cdf = tuple(int(v) for v in torch.__version__.split(".")[:2]) < (2, 12)
        if op == "trunc_normal_" and not inverse_cdf:
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
