/**
 * The WebAssembly SIMD kernels of the Householder QR, base64-encoded.
 *
 * @module
 */
/** 4620 bytes of WebAssembly (f64x2 SIMD), base64. */
export declare const QR_KERNELS_WASM: string;
