#!/usr/bin/python3
# Copyright 2026 the torch-parity authors. MIT license.
"""Test vectors for src/random/_libm_exp_erf.ts: float64 exp and erf of glibc.

Calls the system libm through ctypes and writes, next to this script,
libm_exp_erf_glibc_2.36.json: for each function, [input, output] pairs as
16-digit hex bit patterns of the IEEE-754 doubles.

Run from the repository root, on the reference machine (Debian 12, glibc 2.36,
x86-64 CPU with FMA and AVX2, so that glibc's ifunc picks __exp_fma):

    /usr/bin/python3 src/random/testdata/generate_libm_exp_erf.py

The output is deterministic (fixed seeds; no time or environment dependence
other than the libm being called). The script refuses to overwrite the file if
glibc is not 2.36 or the CPU lacks FMA/AVX2 (pass --force to override).

Vector groups: special values and branch boundaries (with neighbouring
doubles), random inputs over the documented ranges, and "hard" inputs found by
the development search (tools compared an unfused variant of each fused
operation against the real libm): for these, computing that operation
without fusion gives a different result than glibc.
"""

import ctypes
import json
import os
import random
import struct
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "libm_exp_erf_glibc_2.36.json")

# exp: x * InvLn2N rounds onto a half-integer, so the fused x * InvLn2N + Shift
# picks a different k than the rounded product would.
HARD_EXP_KD = [
    "c083a2c4b1aa82c5", "c0835ee21b9f23f1", "c07308857c44df2c", "c07444c5137c4ada",
    "c079e42d3528ef2b", "c02ec9155c84ac89", "407af107f3398a30", "406a2d9b5bf40c8e",
    "40769dba7aa8966c", "407a08a7495640ad", "406fa675132b77e9", "406acd8cf30eacec",
    "c072bd7cfda254b4", "c0526c58c18c9253", "c06b8caf985fdd2b", "407fb3aba2145bf8",
    "407e84289b5559fa", "4077bf8cf40e39fa", "40770c0685ce80b5", "403178e0f629cbb3",
    "404e55aca7edfe93", "407d02135d2f267a", "c078eea1137e4116", "407c4651c412ce59",
    "c07a4ad959473372", "c0683eb3251add61", "40757792f82d25fd", "c0572b6f07ac8e09",
]

# exp: (tail + r) + r2 * (C2 + r * C3) must be fused to match.
HARD_EXP_POLY = [
    "bff9f28c190c9d86", "407470702762477d", "c0836910575f2bce", "3fb6e472ccbe6100",
    "c08474d5d32a539a", "4081380196dc222e", "4035e26005d6d72e", "4083aba4875def24",
    "4077cfe851eeea4c", "c037c0f6af951657",
]

# exp: the final scale + scale * tmp must be fused to match.
HARD_EXP_FINAL = [
    "c0386f717c67aeb9", "c03211db639235c6", "bff60c8a4600b692", "c0635746ccee0fb4",
    "c065f76a9b51c138", "c0748bbb13d20565", "c070a5f2060c0518", "c01db19ba7e334a0",
    "403a6598f1446516", "40638c9bfa3c4847", "c06bf0d87ee73f15", "c0695f7c5b0857d0",
    "c078bd2e1a25334b", "c02d20b091c99564", "403816f88c047c71", "406e11d529041f3c",
    "403215be90e72a46", "bff2eeda6f4dc1d2", "403ce85d302d7b72", "3ff76eed6c00ff98",
    "402216c054b5fa21", "4032fde6b57edd19", "4075fd702a81fa28", "c076d18a8b2832eb",
    "401088c5f2eeb7bc", "c02e2ec25c12e4e0", "407551bf3d381dc4", "407350b204448b64",
    "c02a93705a377320", "40199e347c6c5eae",
]

# exp, 512 <= x < 1024 (specialcase, k > 0): scale + scale * tmp must be fused.
HARD_EXP_OVERFLOW_CASE = [
    "408629a5d69cf876", "408524761fa33ae4", "40854c691de86962", "4082e9a79b898b71",
    "40858b0c157e802e", "4084af9458999e50", "4082f8e76998d77c", "4081d4c92643cf03",
    "40862b00c85e4655", "4086284f895404c2", "4080d8ec24f7d8aa", "40862b3f6b113ae6",
    "40812364c4bcab8c", "4080588203a65707", "4084cfe5c03720e1", "40862d12d2c1e632",
    "4081c72ec72d6f91", "4085de65ed40a87d", "40862904b8d38304", "40806ae053217e38",
    "4082ecbb05d3e72c", "40862b6ea1e953d8", "40862cd9174c71c5", "408628ed0682d50e",
    "40862e0561ffe0f2", "40862ae5ae45a199", "408629a80887c503", "40857b7ea584b7bb",
    "4083ac78eefa103b", "408019b0ffea3c5b",
]

# erf, 1.25 <= |x| < 6: results that change if exp's final scale + scale * tmp
# is not fused.
HARD_ERF_EXP_FINAL = [
    "3ff4b9eb03518eb3", "3ffbf42ce63973f4", "3ff5384bd2f92f54", "3ffa823c1bd5c8e8",
    "3ff781d078b284a1", "bff4163cb76216ba", "bff6e1b5508922e1", "bfff99cdcd788cfe",
    "3ff81891bf7549c4", "3ff619aa3392ec85", "3ff5367288352ef4", "3ff9574be4dfc5e0",
    "bff57e32b057a98a", "3ff5361ae818cfb0", "3ffb8ea74ad63142", "3ff5bd62715b63ad",
    "bff590b4761bc78c", "3ff47f9e8aab1211", "bff84a8c909f86d9", "3ffcdbc6ad4c46a2",
    "3ff6f82a4334638e", "3ff661059b6d268d", "3ff969a6982971c9", "3ff54a7d57e18dc2",
    "3ff505a9fd28b0d3", "bff563e4b97cc77c", "bffcd210dfa7c0a5", "40007161a82aa5ef",
    "bff72d0d939098b1", "3ff4a7dd424512dc",
]


def bits(x):
    return struct.pack(">d", x).hex()


def from_bits(h):
    return struct.unpack(">d", bytes.fromhex(h))[0]


def step(x, n):
    """The double n representable steps away from x (through 0 if needed)."""
    i = struct.unpack(">q", struct.pack(">d", x))[0]
    # Map the bit pattern to a monotonic integer line.
    m = i if i >= 0 else -(i & 0x7FFFFFFFFFFFFFFF)
    m += n
    i = m if m >= 0 else (-m) | (1 << 63)
    return struct.unpack(">d", struct.pack(">Q", i & 0xFFFFFFFFFFFFFFFF))[0]


def around(values, span):
    out = []
    for v in values:
        for n in range(-span, span + 1):
            out.append(step(v, n))
    return out


SPECIALS = [0.0, -0.0, float("inf"), -float("inf"), float("nan"),
            5e-324, -5e-324, 2.0 ** -1022, -(2.0 ** -1022), 1.0, -1.0,
            1.7976931348623157e308, -1.7976931348623157e308]


def exp_inputs(rng):
    xs = list(SPECIALS)
    # Branch points of e_exp.c: |x| = 2^-54, 512, 1024; the overflow
    # threshold, the start of subnormal results, the last nonzero result;
    # |r| near ln2/256.
    xs += around([2.0 ** -54, -(2.0 ** -54), 512.0, -512.0, 1024.0, -1024.0,
                  709.782712893384, -708.3964185322641,
                  -745.1332191019411, -745.1332191019412,
                  0.0027076061740622863, -0.0027076061740622863], 3)
    xs += [rng.uniform(-745.2, 710.0) for _ in range(1500)]
    xs += [rng.choice((-1, 1)) * 2.0 ** rng.uniform(-60, 9) for _ in range(400)]
    # Subnormal and near-overflow results (specialcase paths).
    xs += [rng.uniform(-745.2, -708.0) for _ in range(300)]
    xs += [rng.uniform(705.0, 709.8) for _ in range(200)]
    # x * 128 / ln2 close to a half-integer (k is decided by the fused
    # rounding) and close to an integer (|r| tiny).
    inv = 184.6649652337873
    for _ in range(300):
        m = rng.randint(-137000, 137000)
        xs.append(step((m + 0.5) / inv, rng.randint(-3, 3)))
    for _ in range(300):
        m = rng.randint(-137000, 137000)
        xs.append(step(m * 0.6931471805599453 / 128, rng.randint(-50, 50)))
    xs += [from_bits(h) for h in HARD_EXP_KD + HARD_EXP_POLY + HARD_EXP_FINAL
           + HARD_EXP_OVERFLOW_CASE]
    return xs


def erf_inputs(rng):
    xs = list(SPECIALS)
    # Branch points of s_erf.c: |x| = 2^-1015, 2^-28, 0.84375, 1.25,
    # 1/0.35 (high word 0x4006DB6E), 6; plus the z truncation boundaries 2, 4.
    split = 2 + 0x6DB6E / 524288
    edges = [2.0 ** -1015, 2.0 ** -28, 0.84375, 1.25, split, 6.0, 2.0, 4.0]
    xs += around(edges + [-e for e in edges], 3)
    xs += [rng.uniform(-10.0, 10.0) for _ in range(1000)]
    xs += [rng.choice((-1, 1)) * rng.uniform(1.25, 6.0) for _ in range(800)]
    xs += [rng.choice((-1, 1)) * rng.uniform(0.84375, 1.25) for _ in range(200)]
    xs += [rng.choice((-1, 1)) * 2.0 ** rng.uniform(-1074, 3) for _ in range(400)]
    xs += [from_bits(h) for h in HARD_ERF_EXP_FINAL]
    return xs


def main():
    libc = ctypes.CDLL("libc.so.6")
    libc.gnu_get_libc_version.restype = ctypes.c_char_p
    version = libc.gnu_get_libc_version().decode()
    with open("/proc/cpuinfo") as f:
        flags = set()
        for line in f:
            if line.startswith("flags"):
                flags = set(line.split(":", 1)[1].split())
                break
    ok = version == "2.36" and {"fma", "avx2"} <= flags
    if not ok and "--force" not in sys.argv:
        sys.exit(f"glibc {version}, fma/avx2 present: {'fma' in flags}/"
                 f"{'avx2' in flags}; expected glibc 2.36 with FMA and AVX2 "
                 "(use --force to write anyway)")

    libm = ctypes.CDLL("libm.so.6")
    data = {
        "description": "float64 exp and erf of glibc 2.36 (x86-64, __exp_fma "
                       "ifunc variant), as [input, output] IEEE-754 bit "
                       "patterns in hex. Generated by "
                       "generate_libm_exp_erf.py.",
        "glibc": version,
    }
    for name, gen, seed in (("exp", exp_inputs, 20260101),
                            ("erf", erf_inputs, 20260102)):
        fn = getattr(libm, name)
        fn.restype = ctypes.c_double
        fn.argtypes = [ctypes.c_double]
        seen = set()
        pairs = []
        for x in gen(random.Random(seed)):
            b = bits(x)
            if b in seen:
                continue
            seen.add(b)
            pairs.append((b, bits(fn(x))))
        data[name] = pairs

    # One vector per line keeps the file diffable.
    with open(OUT, "w") as f:
        f.write("{\n")
        f.write(f'  "description": {json.dumps(data["description"])},\n')
        f.write(f'  "glibc": {json.dumps(data["glibc"])},\n')
        for i, name in enumerate(("exp", "erf")):
            f.write(f'  "{name}": [\n')
            rows = [f'    ["{a}", "{b}"]' for a, b in data[name]]
            f.write(",\n".join(rows))
            f.write("\n  ]" + (",\n" if i == 0 else "\n"))
        f.write("}\n")
    print(f"wrote {OUT}: {len(data['exp'])} exp, {len(data['erf'])} erf vectors")


if __name__ == "__main__":
    main()
