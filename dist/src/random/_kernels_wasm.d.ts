/** SHA-256 of the two WebAssembly modules, concatenated. */
export declare const KERNELS_WASM_SHA256 = "4f190086fe28f6a1f9d68d73e74dd9cfe037f1d9c8e5d39cbcb5c6b1f25ecbb9";
/** The kernels with an emulated FMA (73777 bytes), base64. */
export declare const KERNELS_WASM_BASE64: string;
/** The kernels with `f32x4.relaxed_madd` (37249 bytes), base64. */
export declare const KERNELS_RELAXED_WASM_BASE64: string;
