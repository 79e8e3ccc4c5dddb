// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Pyodide (CPython 3.14 compiled to WebAssembly, standard library only) as an
 * independent oracle for the pieces of torch's CPU streams that CPython also
 * has:
 *
 * - `random` is MT19937: our generator's state, handed to
 *   `random.setstate`, must produce our raw 32-bit stream through
 *   `random.getrandbits(32)`, across twists and from mid-block states.
 * - `math` is musl's libm (Emscripten), a different libm from the glibc 2.36
 *   that `src/random/_libm.ts` reproduces. Box–Muller computed in Python from
 *   the same raw words must match our scalar `normal` path up to those libm
 *   differences, and `decimal` (mpdecimal) decides every libm disagreement:
 *   one of the two results is always the correctly rounded one.
 *
 * Every count asserted below was measured with the pinned Pyodide and these
 * fixed seeds; the tests fail if any of them moves.
 */
import assert from "node:assert/strict";
import { loadPyodide } from "npm:pyodide@314.0.7";
import { empty, Generator, normal } from "../mod.ts";
import { engineOf } from "./generator.ts";
import { fillUint32, nextUint32 } from "./_mt19937.ts";
import { cos, log, log1p, sin } from "./_libm.ts";
import { PYODIDE_VERSION } from "../../conformance/pyodide_port.ts";
import { getTorchVersion, setTorchVersion } from "./torch_version.ts";

const loadStart = performance.now();
const pyodide = await loadPyodide();
const loadMs = performance.now() - loadStart;

pyodide.runPython(String.raw`
import math
import random
from decimal import Decimal, localcontext


def init_genrand(seed32):
    """The reference MT19937 seeding (Matsumoto & Nishimura's init_genrand)."""
    mt = [seed32 & 0xFFFFFFFF]
    for i in range(1, 624):
        mt.append((1812433253 * (mt[-1] ^ (mt[-1] >> 30)) + i) & 0xFFFFFFFF)
    return mt


def mt_rng(words, index):
    rng = random.Random()
    rng.setstate((3, tuple(words.to_py()) + (index,), None))
    return rng


def raw32(words, index, count):
    rng = mt_rng(words, index)
    return [rng.getrandbits(32) for _ in range(count)]


def box_muller(words, index, pairs):
    """torch's scalar normal path (mean 0, std 1) with math's log/cos/sin.

    Returns [samples, log_args, trig_args]: cos sample then sin sample per pair.
    """
    rng = mt_rng(words, index)

    def u53():
        hi = rng.getrandbits(32)
        lo = rng.getrandbits(32)
        return ((hi & 0x1FFFFF) * 4294967296 + lo) * 2.0 ** -53

    samples, log_args, trig_args = [], [], []
    for _ in range(pairs):
        u1 = u53()
        u2 = u53()
        r = math.sqrt(-2.0 * math.log(1.0 - u2))
        theta = 2.0 * math.pi * u1
        samples += [r * math.cos(theta), r * math.sin(theta)]
        log_args.append(1.0 - u2)
        trig_args.append(theta)
    return [samples, log_args, trig_args]


def box_muller_with(logs, coss, sins):
    """The same arithmetic around libm, with the libm results supplied."""
    out = []
    for lg, c, s in zip(logs.to_py(), coss.to_py(), sins.to_py()):
        r = math.sqrt(-2.0 * lg)
        out += [r * c, r * s]
    return out


def sqrt_all(xs):
    return [math.sqrt(x) for x in xs.to_py()]


_PREC = 60


def _pi():
    with localcontext() as ctx:  # the decimal module documentation's recipe
        ctx.prec = _PREC + 10
        lasts, t, s, n, na, d, da = 0, Decimal(3), 3, 1, 0, 0, 24
        while s != lasts:
            lasts = s
            n, na = n + na, na + 8
            d, da = d + da, da + 32
            t = (t * n) / d
            s += t
        return +s


_TWO_PI = 2 * _pi()


def _cos_sin(x):
    with localcontext() as ctx:
        ctx.prec = _PREC + 10
        x = Decimal(x)
        x -= (x / _TWO_PI).to_integral_value() * _TWO_PI
        eps = Decimal(10) ** -(_PREC + 5)
        x2 = x * x
        cs = term = Decimal(1)
        n = 0
        while abs(term) > eps:
            n += 2
            term = -term * x2 / (n * (n - 1))
            cs += term
        sn = term = x
        n = 1
        while abs(term) > eps:
            n += 2
            term = -term * x2 / (n * (n - 1))
            sn += term
        return cs, sn


def correctly_rounded(name, x):
    """name(x) rounded once to a double, from a 60-digit decimal value."""
    with localcontext() as ctx:
        ctx.prec = _PREC
        if name == "log":
            return float(Decimal(x).ln())
        if name == "log1p":
            return float((1 + Decimal(x)).ln())
        cs, sn = _cos_sin(x)
        return float(cs if name == "cos" else sn)


def _ulps(a, b):
    import struct
    ia, ib = (struct.unpack("<q", struct.pack("<d", v))[0] for v in (a, b))
    return abs(ia - ib)


def judge(name, xs, ours):
    """Compare our libm with math.<name>: [n, identical, ours correct, math's correct, bad]."""
    fn = getattr(math, name)
    n = same = ours_cr = math_cr = bad = 0
    for x, o in zip(xs.to_py(), ours.to_py()):
        m = fn(x)
        n += 1
        if m == o:
            same += 1
            continue
        cr = correctly_rounded(name, x)
        ours_cr += o == cr
        math_cr += m == cr
        if _ulps(o, m) != 1 or (o != cr and m != cr):
            bad += 1
    return [n, same, ours_cr, math_cr, bad]
`);

type PyProxyLike = { toJs(): unknown; destroy(): void };

/** Call the Python function `name` and convert its result to JS. */
function py<T>(name: string, ...args: unknown[]): T {
  const fn = pyodide.globals.get(name) as ((...a: unknown[]) => unknown) & PyProxyLike;
  try {
    const result = fn(...args);
    if (result !== null && typeof result === "object" && "toJs" in result) {
      const proxy = result as PyProxyLike;
      const js = proxy.toJs() as T;
      proxy.destroy();
      return js;
    }
    return result as T;
  } finally {
    fn.destroy();
  }
}

/**
 * The pieces of CPython's `random.getstate()` tuple for `g`'s state, read from
 * torch's state bytes: the 624 words (u64 at offset 24, high halves zero) and
 * CPython's index.
 *
 * ATen: `if (--left == 0) { twist; left = 624; next = 0; } return temper(state[next++])`.
 * CPython: `if (index >= 624) { twist; index = 0; } return temper(mt[index++])`.
 * ATen has `left - 1` draws before its next twist, CPython `624 - index`, so
 * `index = 625 - left`. Past the first twist ATen keeps `next == 625 - left`;
 * a freshly seeded state has `left = 1, next = 0`, i.e. index 624: both
 * twist before the first draw.
 */
function cpythonState(g: Generator): { words: number[]; index: number } {
  const bytes = g.getState();
  const v = new DataView(bytes.buffer);
  const left = v.getInt32(8, true);
  const next = Number(v.getBigUint64(16, true));
  const words: number[] = [];
  for (let i = 0; i < 624; i++) {
    assert.equal(v.getUint32(24 + 8 * i + 4, true), 0, "high half of a state word");
    words.push(v.getUint32(24 + 8 * i, true));
  }
  const index = 625 - left;
  if (left !== 1) assert.equal(next, index, "next == 625 - left after a twist");
  return { words, index };
}

const SEEDS = [0n, 1n, 42n, 2n ** 32n + 5n, -1n];

Deno.test("Pyodide oracle: the pinned Pyodide loads", () => {
  assert.equal(pyodide.version, PYODIDE_VERSION);
  assert.match(pyodide.runPython("import sys; sys.version") as string, /^3\.14\./);
  console.log(`Pyodide ${pyodide.version} loaded in ${Math.round(loadMs)} ms`);
});

Deno.test("Pyodide oracle: manualSeed fills the state like init_genrand(seed mod 2^32)", () => {
  for (const seed of SEEDS) {
    const { words, index } = cpythonState(new Generator().manualSeed(seed));
    assert.equal(index, 624);
    assert.deepEqual(words, py<number[]>("init_genrand", Number(BigInt.asUintN(32, seed))));
  }
});

Deno.test("Pyodide oracle: random.getrandbits(32) from our state is our raw stream", () => {
  // Draws taken before handing the state over: none (index 624, CPython twists first), one,
  // the last word of a block, exactly a block, one past, mid-block, and the same after twists.
  const before = [0, 1, 623, 624, 625, 1000, 1247, 1248, 1871];
  const count = 2500; // four more twists
  for (const seed of SEEDS) {
    for (const k of before) {
      const g = new Generator().manualSeed(seed);
      const mt = engineOf(g).mt;
      if (k % 2 === 0) fillUint32(mt, new Uint32Array(k), k);
      else for (let i = 0; i < k; i++) nextUint32(mt);
      const { words, index } = cpythonState(g);
      const theirs = Uint32Array.from(py<number[]>("raw32", words, index, count));
      const ours = new Uint32Array(count);
      for (let i = 0; i < count; i++) ours[i] = nextUint32(mt);
      assert.deepEqual(ours, theirs, `seed ${seed}, ${k} draws before`);
    }
  }
});

/** Distance in units in the last place between two finite doubles. */
function ulps(a: number, b: number): number {
  const bits = new BigInt64Array(new Float64Array([a, b]).buffer);
  const d = bits[0] - bits[1];
  return Number(d < 0n ? -d : d);
}

/** Our scalar normal path (< 16 elements) for `seed`: tensors of cycling sizes, one generator. */
function ourNormals(seed: bigint, dtype: "float32" | "float64", total: number): number[] {
  const sizes = [15, 1, 8, 13, 2, 7];
  const g = new Generator().manualSeed(seed);
  const out: number[] = [];
  for (let i = 0; out.length < total; i++) {
    const n = Math.min(sizes[i % sizes.length], total - out.length);
    out.push(...normal(empty([n], { dtype }), { generator: g }).data);
  }
  return out;
}

Deno.test("Pyodide oracle: Box–Muller in CPython matches our scalar normal path", () => {
  // The oracle computes torch 1.13's radius, sqrt(-2 log(1 - u2)); 2.x uses log1p(-u2).
  const previousVersion = getTorchVersion();
  setTorchVersion("1.13");
  try {
    boxMullerOracle();
  } finally {
    setTorchVersion(previousVersion);
  }
});

function boxMullerOracle() {
  const total = 3001; // per seed: odd, so the last sine sample stays cached
  const pairs = Math.ceil(total / 2);
  let n = 0;
  let identical = 0;
  let maxUlps = 0;
  let float32Identical = 0;
  const logArgs: number[] = [];
  const trigArgs: number[] = [];
  for (const seed of SEEDS) {
    const { words, index } = cpythonState(new Generator().manualSeed(seed));
    const [samples, la, ta] = py<[number[], number[], number[]]>(
      "box_muller",
      words,
      index,
      pairs,
    );
    logArgs.push(...la);
    trigArgs.push(...ta);
    const ours64 = ourNormals(seed, "float64", total);
    const ours32 = ourNormals(seed, "float32", total);
    for (let i = 0; i < total; i++) {
      n++;
      if (ours64[i] === samples[i]) identical++;
      else maxUlps = Math.max(maxUlps, ulps(ours64[i], samples[i]));
      if (ours32[i] === Math.fround(samples[i])) float32Identical++;
    }
    // With our libm's results put in, CPython's arithmetic gives our doubles exactly: the stream,
    // the 53-bit uniforms, the cos-then-cached-sin order and everything around libm agree.
    const logs = la.map(log);
    const substituted = py<number[]>("box_muller_with", logs, ta.map(cos), ta.map(sin));
    assert.deepEqual(ours64, substituted.slice(0, total), `seed ${seed}`);
    assert.deepEqual(
      py<number[]>("sqrt_all", logs.map((x) => -2.0 * x)),
      logs.map((x) => Math.sqrt(-2.0 * x)),
    );
  }
  console.log(
    `Box–Muller vs CPython/musl: float64 ${identical}/${n} identical (max ${maxUlps} ulp), ` +
      `float32 ${float32Identical}/${n} identical`,
  );
  // Measured (Pyodide 314.0.7, these seeds): 14622 of 15005 float64 samples identical (97.4%),
  // the other 383 off by 1 or 2 ulp; all 15005 float32 samples identical. Not the 99.9% one might
  // expect: musl's cos/sin (fdlibm) are faithful but miss correct rounding about 3% of the time,
  // where glibc's (IBM) rarely do. The substituted run above shows libm is the only difference.
  assert.equal(n, 15005);
  assert.equal(float32Identical, n);
  assert.equal(identical, 14622);
  assert.equal(maxUlps, 2);
  // The libm calls behind those samples: [inputs, identical, ours correctly rounded, musl's].
  assert.deepEqual(
    {
      log: judgeLibm("log", logArgs, log),
      cos: judgeLibm("cos", trigArgs, cos),
      sin: judgeLibm("sin", trigArgs, sin),
    },
    {
      log: [7505, 7504, 0, 1],
      cos: [7505, 7279, 221, 5],
      sin: [7505, 7286, 214, 5],
    },
  );
}

/** Our libm against math.<name> on `xs`; every disagreement is decided by `decimal`. */
function judgeLibm(name: string, xs: number[], fn: (x: number) => number): number[] {
  const r = py<number[]>("judge", name, xs, xs.map(fn));
  console.log(
    `${name}: ${r[1]}/${r[0]} identical to musl; of the ${r[0] - r[1]} others, ` +
      `ours correctly rounded ${r[2]}, musl's ${r[3]}`,
  );
  // Both libms are faithful: a disagreement is 1 ulp, one side being the correctly rounded value.
  assert.equal(r[4], 0, `${name}: disagreements that are not a faithful 1-ulp pair`);
  assert.equal(r[2] + r[3], r[0] - r[1]);
  return r.slice(0, 4);
}

Deno.test("Pyodide oracle: our glibc log, cos, sin, log1p against CPython's math", () => {
  const g = new Generator().manualSeed(2026);
  const mt = engineOf(g).mt;
  const u: number[] = [];
  for (let i = 0; i < 20_000; i++) {
    const hi = nextUint32(mt);
    const lo = nextUint32(mt);
    u.push(((hi & 0x1fffff) * 2 ** 32 + lo) * 2 ** -53);
  }
  const rows = {
    log: judgeLibm("log", u.map((x) => 1 - x), log),
    log1p: judgeLibm("log1p", u.map((x) => -x), log1p),
    cos: judgeLibm("cos", u.map((x) => 2 * Math.PI * x), cos),
    sin: judgeLibm("sin", u.map((x) => 2 * Math.PI * x), sin),
  };
  assert.deepEqual(rows, {
    log: [20000, 19997, 2, 1],
    log1p: [20000, 19981, 11, 8],
    cos: [20000, 19368, 616, 16],
    sin: [20000, 19373, 613, 14],
  });
});
