// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { initKernels } from "./init_kernels.ts";
import { resetWasmKernels, setWasmVariant, wasmKernels } from "./_wasm.ts";
import { Generator } from "./generator.ts";
import { empty } from "../tensor.ts";
import { normal } from "../init/normal.ts";
import { setWarningHandler } from "../init/warnings.ts";

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
  // A main thread that refuses synchronous compiles over 4 KB (older Chrome releases and
  // WebViews; Chromium 156 draws the line at 8 MiB, see docs/browser.md).
  const refuse = function (bytes: BufferSource) {
    if (bytes.byteLength > 4096) {
      throw new RangeError("WebAssembly.Compile is disallowed on the main thread");
    }
    return new SyncModule(bytes);
  } as unknown as typeof WebAssembly.Module;
  resetWasmKernels();
  WebAssembly.Module = refuse;
  const warnings: string[] = [];
  const previous = setWarningHandler((m) => warnings.push(m));
  try {
    assert.equal(wasmKernels(), null, "the synchronous load should have been refused");
    assert.equal(warnings.length, 1, "the fallback warns once");
    assert.match(warnings[0], /synchronous compile refused on the main thread.*initKernels/);
    assert.deepEqual(draw(), want, "the TypeScript fallback gives the same bits");
    assert.notEqual(await initKernels(), "typescript");
    assert.ok(wasmKernels() !== null);
    assert.deepEqual(draw(), want, "the WebAssembly kernels give the same bits");
    assert.equal(warnings.length, 1);
  } finally {
    setWarningHandler(previous);
    WebAssembly.Module = SyncModule;
    resetWasmKernels();
  }
});
