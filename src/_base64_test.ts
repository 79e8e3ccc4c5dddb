// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { decodeBase64, decodeBase64Portable } from "./_base64.ts";
import { KERNELS_RELAXED_WASM_BASE64 } from "./random/_kernels_wasm.ts";
import { QR_KERNELS_WASM } from "./init/_qr_wasm.ts";

/** Base64 of `bytes` by hand (the alphabet of RFC 4648 §4, with padding). */
function encode(bytes: Uint8Array): string {
  const a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let s = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = bytes.length - i;
    const v = (bytes[i] << 16) | ((n > 1 ? bytes[i + 1] : 0) << 8) | (n > 2 ? bytes[i + 2] : 0);
    s += a[v >> 18] + a[(v >> 12) & 63] + (n > 1 ? a[(v >> 6) & 63] : "=") +
      (n > 2 ? a[v & 63] : "=");
  }
  return s;
}

Deno.test("decodeBase64: every length mod 3 and every byte value, both paths", () => {
  for (let len = 0; len <= 260; len++) {
    const bytes = new Uint8Array(len);
    for (let i = 0; i < len; i++) bytes[i] = (i * 151 + len * 7) & 255;
    const s = encode(bytes);
    assert.deepEqual(decodeBase64(s), bytes, `length ${len}`);
    assert.deepEqual(decodeBase64Portable(s), bytes, `length ${len} (atob)`);
  }
});

Deno.test("decodeBase64: the embedded modules decode the same either way", () => {
  for (const s of [KERNELS_RELAXED_WASM_BASE64, QR_KERNELS_WASM]) {
    const native = decodeBase64(s);
    assert.deepEqual(native, decodeBase64Portable(s));
    assert.ok(native.buffer instanceof ArrayBuffer);
    assert.ok(WebAssembly.validate(native));
  }
});
