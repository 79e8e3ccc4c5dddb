/**
 * `kernelBackend`: which kernels the fills run on, and why.
 *
 * @module
 */
import type { KernelBackend } from "./init_kernels.js";
/** The result of {@linkcode kernelBackend}. */
export interface KernelBackendInfo {
    /** `"wasm-fma"`, `"wasm"` or `"typescript"`: the same bits on each. */
    backend: KernelBackend;
    /**
     * Why, in words: e.g. "WebAssembly SIMD with the CPU's fused multiply-add
     * (relaxed SIMD, probed to round once)" or "WebAssembly refused by a
     * Content-Security-Policy without 'wasm-unsafe-eval'".
     */
    reason: string;
}
/**
 * Which kernels the fills run on and why. The first call loads the
 * WebAssembly kernels synchronously if nothing has yet (as the first fill
 * would); after `await initKernels()` it reports what that loaded. When the
 * fills fall back to the TypeScript kernels, the library also warns once
 * through the warning handler (`setWarningHandler`), with the same reason.
 *
 * @returns The backend and the reason.
 *
 * @example Ask which kernels run
 * ```ts
 * import { initKernels, kernelBackend } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * const backend = await initKernels();
 * const info = kernelBackend();
 * assert.equal(info.backend, backend);
 * assert.equal(typeof info.reason, "string");
 * ```
 */
export declare function kernelBackend(): KernelBackendInfo;
