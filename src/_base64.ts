// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Base64 to bytes, for the embedded WebAssembly modules. A module is decoded
 * once, on the first fill that needs it, so this is cold code: a loop over
 * `atob`'s characters runs in the interpreter and cost 2–20 ms for the 50 kB
 * of the kernels (most of a first call's time), where the engines' native
 * decoders take 0.05 ms. So it takes the native one where there is one
 * (`Uint8Array.fromBase64`: Deno, Bun, Chromium 140+; `Buffer`: Node) and
 * the loop otherwise; all give the same bytes.
 *
 * @module
 */

/** The standard's native decoder, where the engine has it. */
type FromBase64 = (s: string) => Uint8Array<ArrayBuffer>;
/** Node's `Buffer.from(s, "base64")`, where there is a `Buffer`. */
type BufferFrom = (s: string, encoding: "base64") => Uint8Array;

/** The bytes of the base64 string `s` (standard alphabet, padded). */
export function decodeBase64(s: string): Uint8Array<ArrayBuffer> {
  const fromBase64 = (Uint8Array as unknown as { fromBase64?: FromBase64 }).fromBase64;
  if (typeof fromBase64 === "function") return fromBase64(s);
  const buffer = (globalThis as { Buffer?: { from?: BufferFrom } }).Buffer;
  if (typeof buffer?.from === "function") {
    const b = buffer.from(s, "base64");
    return new Uint8Array(b.buffer as ArrayBuffer, b.byteOffset, b.byteLength);
  }
  return decodeBase64Portable(s);
}

/** The same with `atob` alone (the fallback; exported for the tests). */
export function decodeBase64Portable(s: string): Uint8Array<ArrayBuffer> {
  const binary = atob(s);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
