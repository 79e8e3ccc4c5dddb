// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { initKernels } from "./init_kernels.ts";
import { resetWasmKernels, setWasmVariant, wasmKernels } from "./_wasm.ts";
import { Generator } from "./generator.ts";
import { empty } from "../tensor.ts";
import { normal } from "../init/normal.ts";

function draw(): Float32Array {
  return normal(empty([5000]), { generator: new Generator().manualSeed(3) }).data as Float32Array;
}

Deno.test("initKernels reports the backend and the fills keep their bits", async () => {
  const want = draw();
  try {
    const backend = await initKernels();
    assert.equal(backend, wasmKernels()?.hardwareFma ? "wasm-fma" : "wasm");
    assert.deepEqual(draw(), want);
    setWasmVariant("emulated");
    assert.equal(await initKernels(), "wasm");
    assert.deepEqual(draw(), want);
    setWasmVariant("none");
    assert.equal(await initKernels(), "typescript");
    assert.deepEqual(draw(), want);
  } finally {
    setWasmVariant("auto");
  }
});

Deno.test("where synchronous compiles are refused, fills fall back, then initKernels loads WebAssembly", async () => {
  const want = draw();
  const SyncModule = WebAssembly.Module;
  // A browser's main thread: new WebAssembly.Module over 4 KB throws.
  const refuse = function (bytes: BufferSource) {
    if (bytes.byteLength > 4096) {
      throw new RangeError("WebAssembly.Compile is disallowed on the main thread");
    }
    return new SyncModule(bytes);
  } as unknown as typeof WebAssembly.Module;
  resetWasmKernels();
  WebAssembly.Module = refuse;
  try {
    assert.equal(wasmKernels(), null, "the synchronous load should have been refused");
    assert.deepEqual(draw(), want, "the TypeScript fallback gives the same bits");
    assert.notEqual(await initKernels(), "typescript");
    assert.ok(wasmKernels() !== null);
    assert.deepEqual(draw(), want, "the WebAssembly kernels give the same bits");
  } finally {
    WebAssembly.Module = SyncModule;
    resetWasmKernels();
  }
});
