// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { kernelBackend } from "./kernel_backend.ts";
import { initKernels } from "./init_kernels.ts";
import { resetWasmKernels, setWasmVariant } from "./_wasm.ts";
import { Generator } from "./generator.ts";
import { empty } from "../tensor.ts";
import { normal } from "../init/normal.ts";
import { setWarningHandler } from "../init/warnings.ts";

function draw(): Uint32Array {
  const t = normal(empty([5000]), { generator: new Generator().manualSeed(3) });
  return new Uint32Array(t.data.buffer);
}

function collectWarnings<T>(fn: () => T): [T, string[]] {
  const seen: string[] = [];
  const previous = setWarningHandler((m) => seen.push(m));
  try {
    return [fn(), seen];
  } finally {
    setWarningHandler(previous);
  }
}

Deno.test("kernelBackend names the backend initKernels loaded, and why", async () => {
  try {
    const backend = await initKernels();
    const [info, warnings] = collectWarnings(() => kernelBackend());
    assert.equal(info.backend, backend);
    assert.match(info.reason, /^WebAssembly SIMD with /);
    assert.deepEqual(warnings, []);
    setWasmVariant("emulated");
    assert.deepEqual(kernelBackend(), {
      backend: "wasm",
      reason:
        "WebAssembly SIMD with the fused multiply-add emulated (the relaxed build is turned off)",
    });
    setWasmVariant("none");
    const [off, offWarnings] = collectWarnings(() => [kernelBackend(), draw()] as const);
    assert.deepEqual(off[0], {
      backend: "typescript",
      reason: "the WebAssembly kernels are turned off",
    });
    assert.deepEqual(offWarnings, [], "turning WebAssembly off on purpose does not warn");
  } finally {
    setWasmVariant("auto");
  }
});

Deno.test("under a CSP without wasm-unsafe-eval: typescript, the reason, one warning, same bits", async () => {
  const want = draw();
  const { Module, instantiate } = WebAssembly;
  // What Chromium throws for every compile under such a policy.
  const refusal = () =>
    new WebAssembly.CompileError(
      "WebAssembly.Module(): Compiling or instantiating WebAssembly module violates the " +
        "following Content Security policy directive because 'unsafe-eval' is not an allowed " +
        "source of script",
    );
  resetWasmKernels();
  WebAssembly.Module = function () {
    throw refusal();
  } as unknown as typeof WebAssembly.Module;
  WebAssembly.instantiate =
    (() => Promise.reject(refusal())) as unknown as typeof WebAssembly.instantiate;
  const seen: string[] = [];
  const previous = setWarningHandler((m) => seen.push(m));
  try {
    assert.equal(await initKernels(), "typescript");
    const reason = "WebAssembly refused by a Content-Security-Policy without 'wasm-unsafe-eval'";
    assert.deepEqual(kernelBackend(), { backend: "typescript", reason });
    assert.deepEqual(draw(), want, "the TypeScript kernels give the same bits");
    assert.deepEqual(draw(), want);
    assert.deepEqual(seen, [
      `torch-parity: the WebAssembly kernels are unavailable (${reason}); ` +
      "the fills run the TypeScript kernels: the same bits, slower",
    ]);
  } finally {
    setWarningHandler(previous);
    WebAssembly.Module = Module;
    WebAssembly.instantiate = instantiate;
    resetWasmKernels();
  }
  assert.notEqual(kernelBackend().backend, "typescript");
});
