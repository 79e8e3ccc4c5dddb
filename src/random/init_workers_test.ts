// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import {
  initWorkers,
  lastParallelFill,
  MIN_SPEEDUP,
  pauseWorkers,
  setParallelCosts,
} from "./init_workers.ts";
import { type Costs, planRanges, planSplit, SLACK } from "./_worker_plan.ts";
import { saveSafetensors } from "../io/save_safetensors.ts";
import { loadSafetensors } from "../io/load_safetensors.ts";
import { manualSeed } from "./manual_seed.ts";
import { getRngState } from "./get_rng_state.ts";
import { Linear } from "../nn/linear.ts";
import { Embedding } from "../nn/embedding.ts";
import { Sequential } from "../nn/sequential.ts";
import { jumpCost, twistsOf } from "./_jump.ts";
import { MT_N } from "./_mt19937.ts";
import { Generator } from "./generator.ts";
import { type CpuCapability, getCpuCapability, setCpuCapability } from "./capability.ts";
import { getTorchVersion, setTorchVersion, type TorchVersion } from "./torch_version.ts";
import { setWasmVariant } from "./_wasm.ts";
import { empty, type Tensor } from "../tensor.ts";
import { uniform } from "../init/uniform.ts";
import { normal } from "../init/normal.ts";
import { kaimingUniform } from "../init/kaiming_uniform.ts";
import { kaimingNormal } from "../init/kaiming_normal.ts";
import { xavierUniform } from "../init/xavier_uniform.ts";
import { xavierNormal } from "../init/xavier_normal.ts";
import { truncNormal } from "../init/trunc_normal.ts";
import { setWarningHandler } from "../init/warnings.ts";

type Dtype = "float32" | "float64";
type Fill = (t: Tensor, g: Generator) => void;

const FILLS: [string, boolean, Fill][] = [
  ["uniform", false, (t, g) => void uniform(t, { a: -0.3, b: 0.7, generator: g })],
  ["uniform(0,1)", false, (t, g) => void uniform(t, { generator: g })],
  ["normal", true, (t, g) => void normal(t, { mean: 0.5, std: 2, generator: g })],
  ["kaimingUniform", false, (t, g) => void kaimingUniform(t, { a: Math.sqrt(5), generator: g })],
  ["kaimingNormal", true, (t, g) => void kaimingNormal(t, { mode: "fan_out", generator: g })],
  ["xavierUniform", false, (t, g) => void xavierUniform(t, { gain: 1.5, generator: g })],
  ["xavierNormal", true, (t, g) => void xavierNormal(t, { generator: g })],
  ["truncNormal", false, (t, g) => void truncNormal(t, { std: 0.02, generator: g })],
];

/** Sizes around the twist block (624 words), the normal block (16) and the tail rule. */
const SIZES = [64, 623, 625, 1247, 1249, 2 * 624 * 3 + 1, 4096 + 15, 10_007, 65_536 + 17];
/** Words drawn before the fill, so that `left` takes every kind of value. */
const PREDRAWN = [0, 1, 623, 624, 311];

function bitsOf(t: Tensor): Uint32Array {
  const d = t.data as Float32Array | Float64Array;
  const per = d instanceof Float32Array ? 1 : 2;
  const numel = t.shape.reduce((a, b) => a * b, 1);
  return new Uint32Array(d.buffer, d.byteOffset + (t.offset ?? 0) * 4 * per, numel * per);
}

function makeGenerator(seed: number, predrawn: number): Generator {
  const g = new Generator().manualSeed(seed);
  if (predrawn > 0) uniform(empty([predrawn]), { generator: g });
  return g;
}

function shape(n: number): number[] {
  // Two dimensions for the fan-based inits; n = rows * cols.
  for (const r of [16, 8, 4, 2]) if (n % r === 0 && n / r >= 2) return [r, n / r];
  return [1, n];
}

function makeTensor(n: number, dtype: Dtype, shared: boolean): Tensor {
  if (!shared) return empty(shape(n), { dtype });
  const bytes = dtype === "float32" ? 4 : 8;
  // Padding in front: the typed array starts 2 elements into the buffer, the
  // tensor 1 element into the typed array.
  const buf = new SharedArrayBuffer((n + 3) * bytes);
  const data = dtype === "float32"
    ? new Float32Array(buf, 2 * bytes, n + 1)
    : new Float64Array(buf, 2 * bytes, n + 1);
  return { data, shape: shape(n), offset: 1 };
}

interface Outcome {
  bits: Uint32Array;
  state: Uint8Array;
}

function runFill(fill: Fill, n: number, dtype: Dtype, predrawn: number, shared: boolean): Outcome {
  const g = makeGenerator(n + predrawn, predrawn);
  const t = makeTensor(n, dtype, shared);
  fill(t, g);
  return { bits: bitsOf(t).slice(), state: g.getState() };
}

function assertSame(a: Outcome, b: Outcome, what: string): void {
  if (a.bits.length !== b.bits.length) assert.fail(`${what}: length`);
  for (let i = 0; i < a.bits.length; i++) {
    if (a.bits[i] !== b.bits[i]) assert.fail(`${what}: word ${i} differs`);
  }
  assert.deepEqual(a.state, b.state, `${what}: generator state`);
}

/** Where a range's first word lies, for a generator that drew `predrawn` words since seeding. */
function boundaryKind(predrawn: number, skip: number): string {
  const left = predrawn === 0 ? 1 : MT_N + 1 - (((predrawn - 1) % MT_N) + 1);
  const mt = { words: new Uint32Array(MT_N), left, next: MT_N + 1 - left };
  const { twists, next } = twistsOf(mt, skip);
  if (twists <= 1) return "first block";
  return next === 1 ? "jump, second word of a block" : "jump, later in a block";
}

const quiet = { sanitizeOps: false, sanitizeResources: false };

Deno.test("planRanges: a partition with exact skips, aligned starts and cheap jumps", () => {
  for (const left of [1, 2, 100, 624]) {
    for (const [wpe, align] of [[1, 1], [2, 1], [1, 16], [2, 16]]) {
      for (const numel of [100, 1000, 4097, 99_999, 1 << 22, 4096 * 4096]) {
        for (const threads of [2, 3, 4, 7]) {
          const ranges = planRanges(numel, threads, left, wpe, align, 16);
          let at = 0;
          for (const [i, r] of ranges.entries()) {
            assert.equal(r.start, at);
            assert.equal(r.skip, r.start * wpe);
            assert.ok(r.count > 0);
            if (i < ranges.length - 1) assert.equal(r.count % align, 0);
            const mt = { words: new Uint32Array(MT_N), left, next: MT_N + 1 - left };
            const { twists } = twistsOf(mt, r.skip);
            // Each start moved by at most the slack to a cheap jump (≤ 10 evaluations).
            if (numel >= 1 << 22) assert.ok(jumpCost(twists) <= 10);
            at += r.count;
          }
          assert.equal(at, numel);
          if (ranges.length > 1) assert.ok(ranges[ranges.length - 1].count >= 16);
          if (numel >= 1 << 22) {
            assert.equal(ranges.length, threads);
            const ideal = numel / threads;
            for (const r of ranges) {
              assert.ok(Math.abs(r.count - ideal) <= 2 * SLACK * ideal + 2 * MT_N + 2 * align);
            }
          }
        }
      }
    }
  }
});

Deno.test("initWorkers: validates n and options before stopping or starting anything", async () => {
  await assert.rejects(() => initWorkers(-1), RangeError);
  await assert.rejects(() => initWorkers(1.5), RangeError);
  await assert.rejects(() => initWorkers(65), RangeError);
  await assert.rejects(() => initWorkers("2" as unknown as number), TypeError);
  await assert.rejects(() => initWorkers(2, { minElements: 0 }), RangeError);
  await assert.rejects(() => initWorkers(2, null as unknown as undefined), TypeError);
  assert.equal(await initWorkers(0), 1);
  assert.equal(await initWorkers(1), 1);
});

Deno.test({
  name: "initWorkers: a later call replaces an earlier one still starting",
  ...quiet,
  async fn() {
    const single = runFill(FILLS[0][2], 5000, "float32", 0, false);
    try {
      const [first, second] = await Promise.all([
        initWorkers(2),
        initWorkers(3, { minElements: 32, minPerThread: 16 }),
      ]);
      assert.equal(first, 1);
      assert.equal(second, 3);
      // With three threads installed, a split fill still gives one thread's bits.
      const split = runFill(FILLS[0][2], 5000, "float32", 0, false);
      assert.equal(lastParallelFill()?.ranges.length, 3);
      assertSame(split, single, "three threads");
    } finally {
      await initWorkers(0);
    }
  },
});

Deno.test({
  name: "parallel fills equal the single-threaded bits and final state: every elementwise init, " +
    "both dtypes, both capabilities, sizes around every boundary, shared and plain buffers",
  ...quiet,
  async fn() {
    const capability0 = getCpuCapability();
    const version0 = getTorchVersion();
    const handler = setWarningHandler(() => {});
    const boundaries = new Set<string>();
    try {
      for (const threads of [2, 3]) {
        for (const capability of ["avx2", "default"] as CpuCapability[]) {
          setCpuCapability(capability);
          for (const dtype of ["float32", "float64"] as Dtype[]) {
            const cases: [string, Fill, number, number, boolean][] = [];
            let k = 0;
            for (const [name, isNormal, fill] of FILLS) {
              for (const n of SIZES) {
                if (isNormal && n < 16) continue;
                const predrawn = PREDRAWN[k++ % PREDRAWN.length];
                cases.push([name, fill, n, predrawn, k % 2 === 0]);
              }
            }
            const expected = cases.map(([, fill, n, pre, shared]) =>
              runFill(fill, n, dtype, pre, shared)
            );
            assert.equal(
              await initWorkers(threads, { minElements: 32, minPerThread: 16 }),
              threads,
            );
            try {
              for (const [i, [name, fill, n, pre, shared]] of cases.entries()) {
                const what = `${name} ${dtype} ${capability} n=${n} predrawn=${pre} ` +
                  `threads=${threads} shared=${shared}`;
                const got = runFill(fill, n, dtype, pre, shared);
                const report = lastParallelFill();
                assert.ok(report !== null && report.redone === 0, what);
                const last = report.ranges[report.ranges.length - 1];
                assert.equal(last.start + last.count, n);
                for (const r of report.ranges.slice(1)) boundaries.add(boundaryKind(pre, r.skip));
                assertSame(got, expected[i], what);
              }
            } finally {
              await initWorkers(0);
            }
          }
        }
      }
    } finally {
      setCpuCapability(capability0);
      setTorchVersion(version0);
      setWarningHandler(handler);
    }
    // Ranges started inside the first block (no jump), and after a jump one
    // word into a block (float32) or further (float64, normal's 16-blocks).
    assert.deepEqual([...boundaries].sort(), [
      "first block",
      "jump, later in a block",
      "jump, second word of a block",
    ]);
  },
});

Deno.test({
  name: "parallel fills of 1.4M elements (jumps with polynomial evaluations) equal one thread's",
  ...quiet,
  async fn() {
    const capability0 = getCpuCapability();
    const handler = setWarningHandler(() => {});
    const n = 1_400_003;
    try {
      for (const capability of ["avx2", "default"] as CpuCapability[]) {
        setCpuCapability(capability);
        for (const dtype of ["float32", "float64"] as Dtype[]) {
          const expected = FILLS.map(([, , fill]) => runFill(fill, n, dtype, 5, false));
          await initWorkers(2, { minElements: 32, minPerThread: 16 });
          // The first fill of each kind splits evenly: its worker jumps with polynomials
          // (later ones may move the boundary with the measured costs).
          let withPolynomials = 0;
          try {
            for (const [i, [name, , fill]] of FILLS.entries()) {
              const got = runFill(fill, n, dtype, 5, i % 2 === 0);
              const report = lastParallelFill();
              assert.equal(report?.redone, 0);
              const left = MT_N + 1 - 5;
              const mt = { words: new Uint32Array(MT_N), left, next: MT_N + 1 - left };
              if (jumpCost(twistsOf(mt, report!.ranges[1].skip).twists) >= 1) withPolynomials++;
              assertSame(got, expected[i], `${name} ${dtype} ${capability} n=${n}`);
            }
            assert.ok(withPolynomials >= 4, `${withPolynomials} fills jumped with polynomials`);
          } finally {
            await initWorkers(0);
          }
        }
      }
    } finally {
      setCpuCapability(capability0);
      setWarningHandler(handler);
    }
  },
});

Deno.test({
  name: "parallel fills follow the torch version, libm and WebAssembly settings of the caller",
  ...quiet,
  async fn() {
    const capability0 = getCpuCapability();
    const version0 = getTorchVersion();
    try {
      for (const version of ["1.13", "2.6", "2.14"] as TorchVersion[]) {
        for (const capability of ["default", "avx2"] as CpuCapability[]) {
          for (const wasm of ["auto", "none"] as const) {
            setTorchVersion(version);
            setCpuCapability(capability);
            setWasmVariant(wasm);
            const fills = FILLS.filter(([name]) => version !== "2.14" || name !== "truncNormal");
            for (const dtype of ["float32", "float64"] as Dtype[]) {
              const expected = fills.map(([, , fill]) => runFill(fill, 5000, dtype, 7, false));
              await initWorkers(2, { minElements: 32, minPerThread: 16 });
              try {
                for (const [i, [name, , fill]] of fills.entries()) {
                  const got = runFill(fill, 5000, dtype, 7, false);
                  assert.equal(lastParallelFill()?.redone, 0);
                  assertSame(got, expected[i], `${name} ${dtype} ${version} ${capability} ${wasm}`);
                }
              } finally {
                await initWorkers(0);
              }
            }
          }
        }
      }
    } finally {
      setWasmVariant("auto");
      setCpuCapability(capability0);
      setTorchVersion(version0);
    }
  },
});

Deno.test({
  name: "parallel fills keep the cached normal sample and leave strided and small tensors alone",
  ...quiet,
  async fn() {
    await initWorkers(2, { minElements: 1000, minPerThread: 100 });
    try {
      const a = new Generator().manualSeed(5);
      // A scalar normal (one float64 element) caches the second Box–Muller sample.
      normal(empty([1], { dtype: "float64" }), { generator: a });
      const b = new Generator().setState(a.getState());
      assert.equal(a.getState()[5040], 1);
      const ta = uniform(empty([100_000]), { generator: a });
      assert.equal(lastParallelFill()?.ranges.length, 2);
      await initWorkers(0);
      const tb = uniform(empty([100_000]), { generator: b });
      assert.deepEqual(ta.data, tb.data);
      assert.deepEqual(a.getState(), b.getState());
      assert.equal(a.getState()[5040], 1);
      // The cached sample comes out next, as on one thread.
      const na = normal(empty([3], { dtype: "float64" }), { generator: a });
      const nb = normal(empty([3], { dtype: "float64" }), { generator: b });
      assert.deepEqual(na.data, nb.data);

      await initWorkers(2, { minElements: 1000, minPerThread: 100 });
      const g = new Generator().manualSeed(1);
      const before = lastParallelFill();
      uniform({ data: new Float32Array(200_000), shape: [1000, 100], strides: [200, 1] }, {
        generator: g,
      });
      uniform(empty([999]), { generator: g });
      assert.equal(lastParallelFill(), before);
    } finally {
      await initWorkers(0);
    }
  },
});

/** Costs like this machine's (ms per element; jump and handover ms), for the planner tests. */
const UNIFORM_COSTS: Costs = {
  main: 1.5e-6,
  worker: 1.5e-6,
  copy: 1.9e-6,
  jump: 1.5,
  handover: 0.3,
};
const NORMAL_COSTS: Costs = { main: 3e-6, worker: 3e-6, copy: 1.8e-6, jump: 1.5, handover: 0.3 };
const TRUNC_COSTS: Costs = { main: 10e-6, worker: 10e-6, copy: 1.8e-6, jump: 1.5, handover: 0.3 };

Deno.test("planSplit: a copy dearer than the fill is no gain; shared buffers and dear fills are", () => {
  const n = 4096 * 4096;
  // Plain uniform: the copy out of the scratch buffer costs more than filling here.
  assert.ok(planSplit(UNIFORM_COSTS, n, 1).speedup < 1);
  // The same fill in place: close to 2x, the calling thread taking a little more than half.
  const shared = planSplit({ ...UNIFORM_COSTS, copy: 0 }, n, 1);
  assert.ok(shared.speedup > 1.8 && shared.speedup < 2, `${shared.speedup}`);
  assert.ok(shared.share > 0.5 && shared.share < 0.55, `${shared.share}`);
  // Plain normal: (3 / (1.5 + 0.9)) = 1.25x at the balance point, an even split.
  const normal = planSplit(NORMAL_COSTS, n, 1);
  assert.ok(Math.abs(normal.speedup - 1.25) < 0.03, `${normal.speedup}`);
  assert.ok(Math.abs(normal.share - 0.5) < 0.02, `${normal.share}`);
  // Small fills: the jump and the hand-over eat the gain.
  assert.ok(planSplit({ ...NORMAL_COSTS, copy: 0 }, 1 << 19, 1).speedup < MIN_SPEEDUP);
  assert.ok(planSplit({ ...NORMAL_COSTS, copy: 0 }, 1_769_472, 1).speedup > 1.3);
  // More workers: shares of (1 - share) / w each.
  const three = planSplit({ ...NORMAL_COSTS, copy: 0 }, n, 3);
  assert.ok(three.speedup > 3.5 && three.share > 0.25 && three.share < 0.3, `${three.share}`);
  // Degenerate costs still give a usable share.
  const zero = planSplit({ main: 0, worker: 0, copy: 0, jump: 0, handover: 0 }, n, 1);
  assert.equal(zero.share, 0.5);
  assert.equal(zero.speedup, 0);
});

Deno.test({
  name: "by default the pool splits only predicted gains: plain uniform stays, normal splits",
  ...quiet,
  async fn() {
    const capability0 = getCpuCapability();
    const version0 = getTorchVersion();
    setCpuCapability("avx2");
    // truncNormal splits in its inverse-CDF releases (torch 2.14's rejection sampler does not).
    setTorchVersion("2.6");
    const threads = await initWorkers(2);
    try {
      assert.equal(threads, 2);
      // Not timed: the planner gets this machine's costs injected before every
      // fill (a split fill folds its own timings in, and the copy is shared by dtype).
      const inject = () => {
        setParallelCosts("uniform", "float32", false, UNIFORM_COSTS);
        setParallelCosts("uniform", "float32", true, { ...UNIFORM_COSTS, copy: 0 });
        setParallelCosts("normal", "float32", false, NORMAL_COSTS);
        setParallelCosts("trunc_normal", "float32", false, TRUNC_COSTS);
      };
      const cases: [string, Fill, number, boolean, boolean][] = [
        ["uniform plain", (t, g) => void uniform(t, { generator: g }), 1 << 21, false, false],
        ["uniform shared", (t, g) => void uniform(t, { generator: g }), 1 << 21, true, true],
        ["normal plain", (t, g) => void normal(t, { generator: g }), 1 << 22, false, true],
        [
          "truncNormal plain",
          (t, g) => void truncNormal(t, { generator: g }),
          1 << 20,
          false,
          true,
        ],
      ];
      const bitsOf = (t: Tensor) => new Uint32Array(t.data.buffer);
      const run = (fill: Fill, n: number, shared: boolean) => {
        const t = empty([n], { shared });
        const g = new Generator().manualSeed(3);
        fill(t, g);
        return { bits: bitsOf(t), state: g.getState() };
      };
      // The one-thread references, with the pool kept but paused.
      pauseWorkers(true);
      const expected = cases.map(([, fill, n, shared]) => run(fill, n, shared));
      pauseWorkers(false);
      for (const [i, [name, fill, n, shared, splits]] of cases.entries()) {
        const before = lastParallelFill();
        inject();
        const got = run(fill, n, shared);
        assert.equal(lastParallelFill() !== before, splits, name);
        if (splits) assert.equal(lastParallelFill()?.ranges.length, 2, name);
        assert.ok(got.bits.every((w, j) => w === expected[i].bits[j]), name);
        assert.deepEqual(got.state, expected[i].state, name);
      }
    } finally {
      await initWorkers(0);
      setCpuCapability(capability0);
      setTorchVersion(version0);
    }
  },
});

Deno.test({
  name: "sharedParameters: modules get SharedArrayBuffer parameters with the same bits and files",
  ...quiet,
  async fn() {
    const build = () =>
      new Sequential(new Embedding(3000, 700), new Linear(700, 1500), new Linear(1500, 10));
    manualSeed(11);
    const plain = build();
    const plainState = getRngState();
    const threads = await initWorkers(2, { sharedParameters: true, minElements: 1 << 16 });
    let shared: Sequential;
    try {
      assert.equal(threads, 2);
      manualSeed(11);
      shared = build();
      assert.ok(lastParallelFill() !== null);
      assert.deepEqual(getRngState(), plainState);
    } finally {
      await initWorkers(0);
    }
    // After initWorkers(0) new modules are plain again.
    assert.ok(new Linear(2, 2).weight.data.buffer instanceof ArrayBuffer);
    const a = plain.stateDict();
    const b = shared.stateDict();
    assert.deepEqual([...b.keys()], [...a.keys()]);
    for (const [k, t] of b) {
      assert.ok(t.data.buffer instanceof SharedArrayBuffer, k);
      const x = a.get(k)!.data as Float32Array;
      const y = t.data as Float32Array;
      assert.ok(new Uint32Array(y.buffer).every((w, i) => w === new Uint32Array(x.buffer)[i]), k);
    }
    // Safetensors bytes are the same, and a file write takes them.
    const bytes = saveSafetensors(Object.fromEntries(b));
    assert.deepEqual(bytes, saveSafetensors(Object.fromEntries(a)));
    const path = await Deno.makeTempFile({ suffix: ".safetensors" });
    try {
      await Deno.writeFile(path, bytes);
      const back = loadSafetensors(await Deno.readFile(path)).tensors;
      assert.deepEqual(back["1.weight"].data, a.get("1.weight")!.data);
    } finally {
      await Deno.remove(path);
    }
    // loadStateDict both ways: shared into plain and plain into shared.
    manualSeed(12);
    const other = build();
    other.loadStateDict(b);
    assert.deepEqual(other.stateDict().get("2.bias")!.data, a.get("2.bias")!.data);
    manualSeed(12);
    const fresh = build().stateDict();
    shared.loadStateDict(fresh);
    const w = shared.stateDict().get("0.weight")!;
    assert.ok(w.data.buffer instanceof SharedArrayBuffer);
    assert.deepEqual(w.data, fresh.get("0.weight")!.data);
  },
});
