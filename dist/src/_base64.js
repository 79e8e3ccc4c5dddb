/* @ts-self-types="./_base64.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Base64 to bytes, for the embedded WebAssembly modules and jump tables.
 *
 * A fresh process pays for this on its first fill: `atob` and a
 * `charCodeAt` loop over the random kernels' 50 KB of base64 took 2–20 ms
 * here (the loop runs in the interpreter the first time), most of the
 * first call's cold start, where the native `Uint8Array.fromBase64` (Deno,
 * Bun, current browsers) takes 0.05 ms and Node's `Buffer` about as little.
 * The `atob` loop stays as the fallback; all three give the same bytes.
 *
 * @module
 */
/** Decode with `atob` and a loop: the portable fallback and the reference. */
export function decodeBase64Atob(s) {
    const binary = atob(s);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++)
        bytes[i] = binary.charCodeAt(i);
    return bytes;
}
/** The fastest decoder this runtime has. */
export function base64Decoder() {
    if (typeof Uint8Array.fromBase64 === "function") {
        return "fromBase64";
    }
    const buffer = globalThis.Buffer;
    return typeof buffer?.from === "function" ? "buffer" : "atob";
}
/**
 * The bytes of standard base64 `s` (with padding), in a fresh
 * `Uint8Array` of its own `ArrayBuffer`.
 *
 * @example
 * ```ts ignore
 * decodeBase64("AGFzbQ=="); // Uint8Array [0, 97, 115, 109]
 * ```
 */
export function decodeBase64(s, decoder = base64Decoder()) {
    if (decoder === "fromBase64") {
        return Uint8Array.fromBase64(s);
    }
    if (decoder === "buffer") {
        const b = globalThis.Buffer.from(s, "base64");
        // A copy: small Buffers share one pooled ArrayBuffer.
        return new Uint8Array(b);
    }
    return decodeBase64Atob(s);
}
