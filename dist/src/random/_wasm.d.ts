/**
 * The WebAssembly SIMD kernels (`_wasm/kernels.ts`, embedded by
 * `deno task build:wasm` in `_kernels_wasm.ts`), loaded on first use. They
 * produce exactly the bits of the TypeScript kernels, which stay as the
 * fallback (no WebAssembly SIMD, a Content-Security-Policy without
 * 'wasm-unsafe-eval', an engine refusing a synchronous compile; Chromium 156's
 * main thread does not) and as the reference the tests check
 * them against.
 *
 * @module
 */
import { type MtState } from "./_mt19937.js";
/**
 * `trunc_normal_` on a chunk: the uniform form (mode, range, from), whether
 * erfinv fuses, then scale, mean and the bounds a, b.
 */
export type TruncNormalKernel = (count: number, mode: number, range: number, from: number, fused: boolean, scale: number, mean: number, a: number, b: number) => void;
/** The module's exports. */
export interface WasmKernels {
    /** Whether this is the build whose FMA is the hardware's (relaxed SIMD). */
    readonly hardwareFma: boolean;
    /** Float32 view of the output chunk. */
    readonly out: Float32Array;
    /** Float64 view of the output chunk (half as many values). */
    readonly out64: Float64Array;
    /** Largest number of float32 values one call writes. */
    readonly chunk: number;
    /**
     * The module's engine state: the 624 words, then `left` and `next` (what
     * {@linkcode WasmKernels.load} writes), for callers that draw from it in
     * place between kernel calls.
     */
    readonly words: Uint32Array;
    /** See `uniformF32` in `_wasm/kernels.ts`. */
    uniformF32(count: number, mode: number, range: number, from: number): void;
    /** See `normalF32Avx2` in `_wasm/kernels.ts`. */
    normalF32Avx2(count: number, mean: number, std: number): void;
    /** See `normalF32Default` in `_wasm/kernels.ts`. */
    normalF32Default(count: number, mean: number, std: number, fused: boolean): void;
    /** See `normalF64` in `_wasm/kernels.ts`. */
    normalF64(count: number, mean: number, std: number, fused: boolean): void;
    /** See `mathBatch64` in `_wasm/kernels.ts` (for the tests). */
    mathBatch64(fn: number, n: number): void;
    /** See `uniformF64` in `_wasm/kernels.ts`. */
    uniformF64(count: number, mode: number, range: number, from: number): void;
    /** See `truncNormalF32` in `_wasm/kernels.ts`. */
    truncNormalF32: TruncNormalKernel;
    /** See `truncNormalF32Cr` in `_wasm/kernels.ts` (glibc 2.41+'s correctly rounded erff). */
    truncNormalF32Cr: TruncNormalKernel;
    /** See `truncNormalF64` in `_wasm/kernels.ts`. */
    truncNormalF64: TruncNormalKernel;
    /** See `mathBatch` in `_wasm/kernels.ts` (for the tests). */
    mathBatch(fn: number, n: number): void;
    /** See `fmaBatch` in `_wasm/kernels.ts` (for the tests). */
    fmaBatch(n: number): void;
    /** Copy the engine's state in. */
    load(mt: MtState): void;
    /** Copy the state back to the engine. */
    store(mt: MtState): void;
}
/**
 * Which module to use: "auto" prefers the hardware-FMA build and falls back to
 * the emulated one; "emulated" skips the hardware-FMA build; "none" uses the
 * TypeScript kernels.
 */
export type WasmVariant = "auto" | "emulated" | "none";
/**
 * Choose the kernels (the tests and benchmarks use it to run every path).
 */
export declare function setWasmVariant(v: WasmVariant): void;
/**
 * Turn the WebAssembly kernels off (`false`, the TypeScript reference path) or
 * back on (`true`, the default choice).
 */
export declare function setWasmEnabled(on: boolean): void;
/**
 * Instantiate the kernels of the current choice asynchronously and keep them
 * for the synchronous fills (an engine may refuse a large synchronous
 * compile on a browser's main thread; Chromium 156 accepts one).
 */
export declare function preloadWasmKernels(): Promise<WasmKernels | null>;
/** Forget instantiated kernels and failures (for the tests). */
export declare function resetWasmKernels(): void;
/** The kernels, or null when WebAssembly is unavailable or turned off. */
export declare function wasmKernels(): WasmKernels | null;
/** What the fills run on, and why (see `kernelBackend`); loads the kernels like a fill. */
export declare function wasmStatus(): {
    kernels: WasmKernels | null;
    reason: string;
};
/**
 * Whether a float64 parameter suits the kernels' emulated double FMA, which is
 * exact for 0 and magnitudes in (2^-400, 2^400); fills with other parameters
 * stay in TypeScript.
 */
export declare function moderateForWasm(v: number): boolean;
