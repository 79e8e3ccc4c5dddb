/**
 * `initKernels`: load the WebAssembly kernels ahead of the first fill.
 *
 * @module
 */
/**
 * What the fills run on: WebAssembly SIMD with the CPU's fused multiply-add
 * (`"wasm-fma"`), WebAssembly SIMD with an exactly emulated one (`"wasm"`), or
 * the TypeScript kernels (`"typescript"`). All three give the same bits.
 */
export type KernelBackend = "wasm-fma" | "wasm" | "typescript";
/**
 * Load the WebAssembly kernels asynchronously and report which kernels the
 * fills will use. Optional in Deno, Node and Bun, where the kernels load on
 * first use; in a browser, call it once before the first fill, so that the
 * compile is asynchronous and the backend known (Chromium 156 also compiles
 * them synchronously on the main thread; an engine that refuses a large
 * synchronous compile would otherwise run the slower TypeScript kernels).
 * Under a Content-Security-Policy without `'wasm-unsafe-eval'` the browser
 * refuses WebAssembly and this returns `"typescript"`. The results are bit
 * for bit the same on every backend.
 *
 * @returns The backend the fills now use.
 *
 * @example Load the kernels once at start-up
 * ```ts
 * import { empty, initKernels, manualSeed, normal } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * const backend = await initKernels();
 * assert.ok(["wasm-fma", "wasm", "typescript"].includes(backend));
 * manualSeed(0);
 * assert.equal(normal(empty([1000])).data.length, 1000);
 * ```
 */
export declare function initKernels(): Promise<KernelBackend>;
