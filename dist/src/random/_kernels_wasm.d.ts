/** SHA-256 of the two WebAssembly modules, concatenated. */
export declare const KERNELS_WASM_SHA256 = "72321387f18f66e3a197e1c3a888b56936c5d1d7e4c069a7af1816b60ff59b8a";
/** The kernels with an emulated FMA (73736 bytes), base64. */
export declare const KERNELS_WASM_BASE64: string;
/** The kernels with `f32x4.relaxed_madd` (37886 bytes), base64. */
export declare const KERNELS_RELAXED_WASM_BASE64: string;
