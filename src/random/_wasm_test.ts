// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The WebAssembly kernels against the TypeScript reference path: identical
 * bits and identical generator states, on every fill route they take, and the
 * vector FMA emulation against the exact BigInt reference on constructed
 * float32 midpoints. Also checks that the embedded module is a fresh build of
 * its source.
 */
import assert from "node:assert/strict";
import { setWasmVariant, wasmKernels, type WasmVariant } from "./_wasm.ts";
import { fma32Exact } from "./_fma.ts";
import { Generator } from "./generator.ts";
import { setCpuCapability } from "./capability.ts";
import { NEWEST_TORCH_VERSION, setTorchVersion } from "./torch_version.ts";
import { empty, type Tensor } from "../tensor.ts";
import { kaimingUniform, normal, sparse, truncNormal, uniform, xavierNormal } from "../mod.ts";
import { cos, cosf, erf, erff, exp, expf, log, logf, sin, sinf } from "./_libm.ts";
import { erfinv32, erfinv64 } from "../init/_erfinv.ts";
import { FULL_SUITE } from "../../_tools/full_suite.ts";

/** xorshift32 for test inputs. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

function sameBits(a: Tensor, b: Tensor, what: string): void {
  const x = new Uint32Array(a.data.buffer, a.data.byteOffset, a.data.byteLength / 4);
  const y = new Uint32Array(b.data.buffer, b.data.byteOffset, b.data.byteLength / 4);
  assert.equal(x.length, y.length);
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== y[i]) assert.fail(`${what}: word ${i} differs (${x[i]} vs ${y[i]})`);
  }
}

const VARIANTS: WasmVariant[] = ["none", "emulated", "auto"];

/**
 * Run `fill` on fresh tensors with the TypeScript kernels, the emulated-FMA
 * module and the default choice (the hardware-FMA module where relaxed SIMD
 * fuses); compare outputs and generator states.
 */
function compare(
  shape: number[],
  seed: number,
  fill: (t: Tensor, g: Generator) => void,
  what: string,
  dtype: "float32" | "float64" = "float32",
): void {
  const results: { t: Tensor; state: Uint8Array }[] = [];
  for (const v of VARIANTS) {
    setWasmVariant(v);
    try {
      const g = new Generator().manualSeed(seed);
      // Start mid-block so fills straddle twists.
      uniform(empty([seed % 700]), { generator: g });
      const t = empty(shape, { dtype });
      fill(t, g);
      results.push({ t, state: g.getState() });
    } finally {
      setWasmVariant("auto");
    }
  }
  for (let i = 1; i < results.length; i++) {
    sameBits(results[0].t, results[i].t, `${what} (${VARIANTS[i]})`);
    assert.deepEqual(results[0].state, results[i].state, `${what} (${VARIANTS[i]}): states differ`);
  }
}

/** Run `body` with each WebAssembly module that loads here. */
function forEachModule(body: (name: string) => void): void {
  for (const v of ["emulated", "auto"] as const) {
    setWasmVariant(v);
    try {
      body(`${v}${wasmKernels()?.hardwareFma ? " (hardware FMA)" : ""}`);
    } finally {
      setWasmVariant("auto");
    }
  }
}

Deno.test("the WebAssembly kernels load here", () => {
  assert.ok(wasmKernels() !== null, "WebAssembly SIMD kernels failed to instantiate");
  setWasmVariant("emulated");
  try {
    const k = wasmKernels();
    assert.ok(k !== null && !k.hardwareFma, "the emulated-FMA module failed to instantiate");
  } finally {
    setWasmVariant("auto");
  }
});

Deno.test("WebAssembly uniform equals the TypeScript kernel, every form and capability", () => {
  const sizes = [256, 257, 623, 624, 625, 1000, 16384, 16385, 40007];
  const ranges: [number, number][] = [[0, 1], [-0.1, 0.1], [-1 / 3, 2 / 7], [1, 1 + 2 ** -10], [
    -3e30,
    2e30,
  ]];
  try {
    for (const capability of ["avx2", "default"] as const) {
      setCpuCapability(capability);
      for (const [k, n] of sizes.entries()) {
        for (const [a, b] of ranges) {
          compare(
            [n],
            11 + k,
            (t, g) => uniform(t, { a, b, generator: g }),
            `${capability} ${n} [${a}, ${b})`,
          );
        }
      }
      compare(
        [3072, 768],
        5,
        (t, g) => kaimingUniform(t, { a: Math.sqrt(5), generator: g }),
        capability,
      );
      // float64: two words per element, so odd offsets straddle twists.
      const f64Ranges: [number, number][] = [[0, 1], [-0.1, 0.1], [-1 / 3, 2 / 7], [-1e300, 1e300]];
      for (const [k, n] of [256, 311, 623, 8192, 8193, 20001].entries()) {
        for (const [a, b] of f64Ranges) {
          compare(
            [n],
            40 + k,
            (t, g) => uniform(t, { a, b, generator: g }),
            `${capability} float64 ${n} [${a}, ${b})`,
            "float64",
          );
        }
      }
    }
  } finally {
    setCpuCapability("avx2");
  }
});

Deno.test("WebAssembly normal equals the TypeScript kernel, every size class", () => {
  const sizes = [16, 17, 31, 32, 100, 623, 1000, 16384, 16390, 33000];
  // The default build's block fuses from torch 2.14 on (the default release).
  const runs = [["avx2", "2.14"], ["avx512", "2.14"], ["default", "2.14"], [
    "default",
    "1.13",
  ]] as const;
  try {
    for (const [capability, version] of runs) {
      setCpuCapability(capability);
      setTorchVersion(version);
      const what = `${capability} torch ${version}`;
      for (const [k, n] of sizes.entries()) {
        compare(
          [n],
          3 + k,
          (t, g) => normal(t, { mean: 0.5, std: 2, generator: g }),
          `${what} ${n}`,
        );
        compare([n], 7 + k, (t, g) => normal(t, { generator: g }), `${what} ${n} N(0, 1)`);
        // A std that is no power of two and a mean: fused and unfused differ.
        compare(
          [n],
          11 + k,
          (t, g) => normal(t, { mean: -0.37, std: 1.7, generator: g }),
          `${what} ${n} N(-0.37, 1.7)`,
        );
      }
      // Every phase of the stream against the 16-word blocks (compare draws
      // seed % 700 words first): the block straddling each twist.
      for (let phase = 0; phase < 16; phase++) {
        compare(
          [1300],
          704 + phase,
          (t, g) => normal(t, { generator: g }),
          `${what} phase ${phase}`,
        );
      }
      compare([300, 200], 1, (t, g) => xavierNormal(t, { generator: g }), `${what} xavierNormal`);
      compare(
        [64, 50],
        2,
        (t, g) => sparse(t, 0.3, { generator: g, generatorForPermutations: true }),
        `${what} sparse`,
      );
    }
  } finally {
    setCpuCapability("avx2");
    setTorchVersion(NEWEST_TORCH_VERSION);
  }
});

Deno.test("the vector FMA is exact in each module, including double-rounding traps", () => {
  forEachModule((name) => fmaCheck(name));
});

function fmaCheck(name: string): void {
  const k = wasmKernels();
  assert.ok(k !== null);
  const n = 4096;
  const f = Math.fround;
  const r = rng(1234);
  let traps = 0;
  for (let round = 0; round < 8; round++) {
    const a = k.out.subarray(0, n);
    const b = k.out.subarray(n, 2 * n);
    const c = k.out.subarray(2 * n, 3 * n);
    for (let i = 0; i < n; i++) {
      if (i % 2 === 0) {
        // A product of half an ulp of c, nudged by 2^-36: the double sum lands on
        // a float32 midpoint while the exact sum does not.
        const cv = f((1 + r()) * 2 ** Math.floor(r() * 40 - 20)) * (r() < 0.5 ? -1 : 1);
        const halfUlp = 2 ** (Math.floor(Math.log2(Math.abs(cv))) - 24);
        a[i] = f(1 + 2 ** -12);
        b[i] = f((r() < 0.5 ? -1 : 1) * (1 - 2 ** -12 + 2 ** -24) * halfUlp);
        c[i] = cv;
      } else {
        a[i] = f((r() - 0.5) * 2 ** Math.floor(r() * 20 - 10));
        b[i] = f((r() - 0.5) * 2 ** Math.floor(r() * 20 - 10));
        c[i] = f((r() - 0.5) * 2 ** Math.floor(r() * 20 - 10));
      }
    }
    const want = Array.from({ length: n }, (_, i) => fma32Exact(a[i], b[i], c[i]));
    for (let i = 0; i < n; i++) if (f(a[i] * b[i] + c[i]) !== want[i]) traps++;
    k.fmaBatch(n);
    const got = k.out.subarray(3 * n, 4 * n);
    for (let i = 0; i < n; i++) {
      if (!Object.is(got[i], want[i])) {
        assert.fail(`${name}: fma(${a[i]}, ${b[i]}, ${c[i]}) = ${got[i]}, want ${want[i]}`);
      }
    }
  }
  assert.ok(traps > 1000, `only ${traps} double-rounding traps were exercised`);
}

Deno.test({
  name: "the embedded WebAssembly module is a fresh build of src/random/_wasm/kernels.ts",
  // The build fetches assemblyscript with npx: full suite only.
  ignore: !FULL_SUITE,
  async fn() {
    const cmd = new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "--allow-read",
        "--allow-write",
        "--allow-env",
        "--allow-run",
        "src/random/_wasm_build.ts",
        "--check",
      ],
      cwd: new URL("../..", import.meta.url),
      stdout: "piped",
      stderr: "piped",
    });
    const { code, stdout, stderr } = await cmd.output();
    const text = new TextDecoder().decode(stdout) + new TextDecoder().decode(stderr);
    assert.equal(code, 0, text);
  },
});

Deno.test("WebAssembly logf, expf, erff, erfinv, sinf and cosf equal the TypeScript ports", () => {
  forEachModule((name) => libmCheck(name));
});

function libmCheck(module: string): void {
  const k = wasmKernels();
  assert.ok(k !== null);
  const n = 8192;
  const r = rng(99);
  const bits = new Uint32Array(1);
  const asFloat = new Float32Array(bits.buffer);
  const fns: [number, string, (x: number) => number, (i: number) => number][] = [
    [0, "logf", logf, () => Math.fround(r() ** 8)],
    [1, "expf", expf, () => Math.fround((r() - 0.7) * 200)],
    [2, "erff", erff, () => Math.fround((r() - 0.5) * 14)],
    [3, "erfinv", (x) => erfinv32(x, false), () => Math.fround(2 * r() - 1)],
    [4, "erfinv (fused)", (x) => erfinv32(x, true), () => Math.fround(2 * r() - 1)],
    [5, "sinf", sinf, () => Math.fround((r() - 0.5) * 239.9)],
    [6, "cosf", cosf, () => Math.fround((r() - 0.5) * 239.9)],
    [7, "cosf (pair)", cosf, () => Math.fround((r() - 0.5) * 239.9)],
    [8, "sinf (pair)", sinf, () => Math.fround((r() - 0.5) * 239.9)],
  ];
  for (const [fn, name, reference, draw] of fns) {
    for (let round = 0; round < 8; round++) {
      const input = k.out.subarray(0, n);
      for (let i = 0; i < n; i++) {
        if (i % 8 === 0) {
          // Any bit pattern: subnormals, infinities, NaNs, huge and tiny values.
          bits[0] = (r() * 2 ** 32) >>> 0;
          // erfinv's domain is [-1, 1]; the sinf/cosf port's is |x| < 120.
          input[i] = fn === 3 || fn === 4
            ? Math.fround(asFloat[0] % 1)
            : fn >= 5
            ? Math.fround(asFloat[0] % 120)
            : asFloat[0];
        } else input[i] = draw(i);
      }
      const want = Array.from(input, reference);
      k.mathBatch(fn, n);
      const got = k.out.subarray(n, 2 * n);
      for (let i = 0; i < n; i++) {
        if (!Object.is(got[i], want[i]) && !(Number.isNaN(got[i]) && Number.isNaN(want[i]))) {
          assert.fail(`${module}: ${name}(${input[i]}) = ${got[i]}, ${want[i]} in TypeScript`);
        }
      }
    }
  }
}

Deno.test("WebAssembly float64 normal, log, sin, cos, exp, erf and erfinv equal the TypeScript ports", () => {
  try {
    for (const capability of ["avx2", "default"] as const) {
      setCpuCapability(capability);
      for (const [k, n] of [16, 17, 100, 8192, 8200, 20001].entries()) {
        compare(
          [n],
          60 + k,
          (t, g) => normal(t, { mean: 0.25, std: 3, generator: g }),
          `${capability} float64 normal ${n}`,
          "float64",
        );
      }
    }
  } finally {
    setCpuCapability("avx2");
  }
  forEachModule((module) => {
    const k = wasmKernels();
    assert.ok(k !== null);
    const n = 4096;
    const r = rng(5);
    const fns: [number, string, (x: number) => number, () => number][] = [
      [0, "log", log, () => r() < 0.5 ? 1 - r() * 2 ** -Math.floor(r() * 53) : r() ** 6],
      [1, "sin", sin, () => r() * 2 * Math.PI],
      [
        2,
        "cos",
        cos,
        () => r() < 0.9 ? r() * 2 * Math.PI : (r() - 0.5) * 2 ** Math.floor(r() * 27),
      ],
      [3, "exp", exp, () => (r() - 0.5) * 2 ** Math.floor(r() * 10)],
      [4, "erf", erf, () => (r() - 0.5) * 14],
      [5, "erfinv", (x) => erfinv64(x, false), () => 2 * r() - 1],
      [6, "erfinv (fused)", (x) => erfinv64(x, true), () => 2 * r() - 1],
    ];
    for (const [fn, name, reference, draw] of fns) {
      for (let round = 0; round < 8; round++) {
        const input = k.out64.subarray(0, n);
        for (let i = 0; i < n; i++) input[i] = draw();
        const want = Array.from(input, reference);
        k.mathBatch64(fn, n);
        const got = k.out64.subarray(n, 2 * n);
        for (let i = 0; i < n; i++) {
          if (!Object.is(got[i], want[i])) {
            assert.fail(`${module}: ${name}(${input[i]}) = ${got[i]}, ${want[i]} in TypeScript`);
          }
        }
      }
    }
  });
});

Deno.test("WebAssembly truncNormal equals the TypeScript kernel", () => {
  const cases: [number, { mean?: number; std?: number; a?: number; b?: number }][] = [
    [256, {}],
    [1000, { std: 0.02 }],
    [16385, { mean: 0.3, std: 2, a: -1, b: 4 }],
    [40000, { mean: 0, std: 1, a: 0, b: 0.5 }],
    // erfinv's argument near 0: |x| below 2^-28 takes erff's other formula,
    // so the four-lane path must hand these groups to the scalar one.
    [1000, { a: 0, b: 1e-9 }],
    [1000, { a: -1e-8, b: 1e-8 }],
  ];
  try {
    for (const capability of ["avx2", "default"] as const) {
      setCpuCapability(capability);
      for (const [i, [n, opts]] of cases.entries()) {
        compare(
          [n],
          20 + i,
          (t, g) => truncNormal(t, { ...opts, generator: g }),
          `${capability} ${n}`,
        );
        compare(
          [n],
          30 + i,
          (t, g) => truncNormal(t, { ...opts, generator: g }),
          `${capability} float64 ${n}`,
          "float64",
        );
      }
    }
  } finally {
    setCpuCapability("avx2");
  }
});
