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
/** Which decoder {@linkcode decodeBase64} uses; internal, for the tests. */
export type Base64Decoder = "fromBase64" | "buffer" | "atob";
/** Decode with `atob` and a loop: the portable fallback and the reference. */
export declare function decodeBase64Atob(s: string): Uint8Array<ArrayBuffer>;
/** The fastest decoder this runtime has. */
export declare function base64Decoder(): Base64Decoder;
/**
 * The bytes of standard base64 `s` (with padding), in a fresh
 * `Uint8Array` of its own `ArrayBuffer`.
 *
 * @example
 * ```ts ignore
 * decodeBase64("AGFzbQ=="); // Uint8Array [0, 97, 115, 109]
 * ```
 */
export declare function decodeBase64(s: string, decoder?: Base64Decoder): Uint8Array<ArrayBuffer>;
