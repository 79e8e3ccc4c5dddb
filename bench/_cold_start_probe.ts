// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Cold start, measured in a fresh process by bench/compare.ts (one process
 * per measurement; compare.ts takes the median of several), the counterpart
 * of `bench/torch_bench.py --cold`:
 *
 *     deno run --allow-read --allow-env bench/_cold_start_probe.ts <op> <shape, e.g. 64,64>
 *     deno run --allow-read --allow-env bench/_cold_start_probe.ts initWorkers <threads>
 *     deno run --allow-read --allow-env bench/_cold_start_probe.ts <op> <shape> --stages
 *
 * For an op of bench/_ops.ts: imports the library (timed as `importMs`),
 * allocates a float32 tensor, sets capability avx2, then times the first call
 * of the op (`firstMs`: everything that call does the first time, the
 * WebAssembly compile and instantiation of the kernels it needs included) and
 * a second call on the same tensor (`warmMs`). For `initWorkers`: imports
 * the library, then times `await initWorkers(n)` (`firstMs`: starting the
 * workers, each loading the library and compiling its kernels) and
 * `initWorkers(0)` again (`warmMs` is null). Prints one JSON line, with the
 * kernel backend the fills used.
 *
 * With `--stages` (a separate process, since it changes what the first call
 * does): before the first call, the random kernels' WebAssembly module
 * (`kernelsMs`: base64 decode, compile, instantiate, FMA probe) and, for
 * `orthogonal`, the QR module (`qrMs`) are made ready one by one, so that
 * `firstMs` is what remains of the first call (JIT of the TypeScript around
 * the kernels, tables, first-touch memory).
 *
 * @module
 */

if (import.meta.main) {
  const [op, arg, flag] = Deno.args;
  if (op === undefined || arg === undefined) {
    throw new TypeError("Usage: _cold_start_probe.ts <op> <shape> | initWorkers <threads>");
  }
  const t0 = performance.now();
  const lib = await import("../src/mod.ts");
  const { OPS } = await import("./_ops.ts");
  const importMs = performance.now() - t0;
  lib.setCpuCapability("avx2");
  (await import("./_torch_version.ts")).applyBenchTorchVersion();
  lib.setWarningHandler(() => {});
  let firstMs: number;
  let warmMs: number | null = null;
  let threads: number | null = null;
  let kernelsMs: number | null = null;
  let qrMs: number | null = null;
  if (flag === "--stages") {
    const { wasmKernels } = await import("../src/random/_wasm.ts");
    const { wasmAvailable } = await import("../src/init/_qr.ts");
    const k0 = performance.now();
    wasmKernels();
    kernelsMs = performance.now() - k0;
    if (op === "orthogonal") {
      const q0 = performance.now();
      wasmAvailable();
      qrMs = performance.now() - q0;
    }
  }
  if (op === "initWorkers") {
    const n = Number(arg);
    const t1 = performance.now();
    threads = await lib.initWorkers(n);
    firstMs = performance.now() - t1;
    await lib.initWorkers(0);
  } else {
    const entry = (OPS as Record<string, { fill(t: import("../src/mod.ts").Tensor): void }>)[op];
    if (entry === undefined) throw new TypeError(`Unknown op ${JSON.stringify(op)}`);
    const shape = arg.split(",").map(Number);
    const t = lib.empty(shape);
    const t1 = performance.now();
    entry.fill(t);
    const t2 = performance.now();
    entry.fill(t);
    warmMs = performance.now() - t2;
    firstMs = t2 - t1;
  }
  console.log(JSON.stringify({
    op,
    arg,
    importMs,
    firstMs,
    warmMs,
    kernelsMs,
    qrMs,
    threads,
    backend: lib.kernelBackend().backend,
  }));
}
