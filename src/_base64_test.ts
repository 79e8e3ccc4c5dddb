// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { base64Decoder, decodeBase64, decodeBase64Atob } from "./_base64.ts";
import { KERNELS_RELAXED_WASM_BASE64, KERNELS_WASM_BASE64 } from "./random/_kernels_wasm.ts";
import { JUMP_WASM_BASE64 } from "./random/_jump_wasm.ts";
import { JUMP_TWISTS_BASE64 } from "./random/_jump_table.ts";
import { QR_KERNELS_WASM } from "./init/_qr_wasm.ts";

/** Run `f` with `globalThis.Buffer` set to Node's (Deno has none by default). */
function withBuffer<T>(f: () => T): T {
  const g = globalThis as { Buffer?: unknown };
  const had = Object.hasOwn(g, "Buffer");
  const old = g.Buffer;
  g.Buffer = Buffer;
  try {
    return f();
  } finally {
    if (had) g.Buffer = old;
    else delete g.Buffer;
  }
}

function inputs(): string[] {
  const out = [
    KERNELS_RELAXED_WASM_BASE64,
    KERNELS_WASM_BASE64,
    JUMP_WASM_BASE64,
    QR_KERNELS_WASM,
    ...JUMP_TWISTS_BASE64,
  ];
  // Every padding case, and every byte value.
  let x = 12345;
  for (let n = 0; n <= 300; n++) {
    let s = "";
    for (let i = 0; i < n; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      s += String.fromCharCode(n === 256 ? i : x >>> 24);
    }
    out.push(btoa(s));
  }
  return out;
}

Deno.test("decodeBase64: fromBase64, Buffer and the atob loop give the same bytes", () => {
  const cases = inputs();
  assert.ok(cases.length > 300);
  for (const s of cases) {
    const want = decodeBase64Atob(s);
    assert.equal(want.length, atob(s).length);
    const decoders = ["atob", "buffer"] as const;
    for (const d of decoders) {
      const got = withBuffer(() => decodeBase64(s, d));
      assert.ok(got instanceof Uint8Array);
      assert.equal(got.byteOffset, 0);
      assert.equal(got.buffer.byteLength, got.length, `${d}: its own ArrayBuffer`);
      assert.deepEqual([...got], [...want], `${d}, ${s.length} characters`);
    }
    if (base64Decoder() === "fromBase64") {
      assert.deepEqual([...decodeBase64(s)], [...want], `fromBase64, ${s.length} characters`);
    }
  }
});

Deno.test("decodeBase64: Deno takes the native Uint8Array.fromBase64", () => {
  assert.equal(base64Decoder(), "fromBase64");
  assert.equal(withBuffer(() => base64Decoder()), "fromBase64");
});
