/* @ts-self-types="./_wasm.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
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
import { KERNELS_RELAXED_WASM_BASE64, KERNELS_WASM_BASE64 } from "./_kernels_wasm.js";
import { MT_N } from "./_mt19937.js";
import { warn } from "../init/warnings.js";
import { decodeBase64 } from "../_base64.js";
const cache = new Map();
let variant = "auto";
/**
 * Choose the kernels (the tests and benchmarks use it to run every path).
 */
export function setWasmVariant(v) {
    variant = v;
}
/**
 * Turn the WebAssembly kernels off (`false`, the TypeScript reference path) or
 * back on (`true`, the default choice).
 */
export function setWasmEnabled(on) {
    variant = on ? "auto" : "none";
}
const IMPORTS = {
    env: {
        abort() {
            throw new Error("torch-parity: WebAssembly kernel aborted");
        },
    },
};
/**
 * The kernels of an instance, or null if its FMA does not round once
 * (relaxed SIMD may lower `relaxed_madd` to a multiply and an add, e.g. on
 * CPUs without FMA).
 */
function wrap(instance, hardwareFma) {
    const e = instance.exports;
    if (e.fmaProbe() !== 1)
        return null;
    const memory = e.memory;
    // The memory cannot grow (its maximum is its initial size), so these views stay valid.
    const words = new Uint32Array(memory.buffer, e.statePtr(), MT_N + 2);
    const chunk = e.CHUNK.value;
    const outPtr = e.outPtr();
    const out = new Float32Array(memory.buffer, outPtr, chunk);
    const out64 = new Float64Array(memory.buffer, outPtr, chunk / 2);
    return {
        hardwareFma,
        out,
        out64,
        chunk,
        words,
        uniformF32: e.uniformF32,
        normalF32Avx2: e.normalF32Avx2,
        normalF32Default: e.normalF32Default,
        uniformF64: e.uniformF64,
        normalF64: e.normalF64,
        mathBatch64: e.mathBatch64,
        fmaBatch: e.fmaBatch,
        truncNormalF32: e.truncNormalF32,
        truncNormalF32Cr: e.truncNormalF32Cr,
        truncNormalF64: e.truncNormalF64,
        mathBatch: e.mathBatch,
        load(mt) {
            words.set(mt.words);
            words[MT_N] = mt.left;
            words[MT_N + 1] = mt.next;
        },
        store(mt) {
            mt.words.set(words.subarray(0, MT_N));
            mt.left = words[MT_N];
            mt.next = words[MT_N + 1];
        },
    };
}
/** Why the last load of the emulated-FMA build gave no kernels (null: it did not fail). */
let failure = null;
/** Whether the fallback to the TypeScript kernels has been announced. */
let warned = false;
/** Why a compile or instantiation threw, in words for {@linkcode wasmStatus}. */
function describeFailure(error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    if (/Content Security|unsafe-eval/i.test(message)) {
        return "WebAssembly refused by a Content-Security-Policy without 'wasm-unsafe-eval'";
    }
    if (/main thread/i.test(message)) {
        return `a synchronous compile refused on the main thread (${message}); await initKernels()`;
    }
    return `WebAssembly SIMD unavailable (${message})`;
}
/** Instantiate one module synchronously, or return null if this engine cannot. */
function instantiate(base64, hardwareFma) {
    try {
        const module = new WebAssembly.Module(decodeBase64(base64));
        return wrap(new WebAssembly.Instance(module, IMPORTS), hardwareFma);
    }
    catch (error) {
        if (!hardwareFma)
            failure = describeFailure(error);
        return null;
    }
}
/** The same, asynchronously (allowed where a synchronous compile is not). */
async function instantiateAsync(base64, hardwareFma) {
    try {
        const { instance } = await WebAssembly.instantiate(decodeBase64(base64), IMPORTS);
        return wrap(instance, hardwareFma);
    }
    catch (error) {
        if (!hardwareFma)
            failure = describeFailure(error);
        return null;
    }
}
/** Load the emulated build's kernels or note why not; warn once when the fallback starts. */
function settle(k) {
    if (k !== null) {
        failure = null;
        return k;
    }
    if (typeof WebAssembly !== "object")
        failure = "this engine has no WebAssembly";
    failure ??= "the WebAssembly kernels' fused multiply-add probe failed";
    if (!warned) {
        warned = true;
        warn(`torch-parity: the WebAssembly kernels are unavailable (${failure}); ` +
            "the fills run the TypeScript kernels: the same bits, slower");
    }
    return null;
}
/**
 * Instantiate the kernels of the current choice asynchronously and keep them
 * for the synchronous fills (an engine may refuse a large synchronous
 * compile on a browser's main thread; Chromium 156 accepts one).
 */
export async function preloadWasmKernels() {
    if (variant === "none")
        return null;
    const cached = cache.get(variant);
    if (cached)
        return cached;
    let k = null;
    if (typeof WebAssembly === "object") {
        if (variant === "auto")
            k = await instantiateAsync(KERNELS_RELAXED_WASM_BASE64, true);
        k ??= await instantiateAsync(KERNELS_WASM_BASE64, false);
    }
    cache.set(variant, settle(k));
    return k;
}
/** Forget instantiated kernels and failures (for the tests). */
export function resetWasmKernels() {
    cache.clear();
    failure = null;
    warned = false;
}
/** The kernels, or null when WebAssembly is unavailable or turned off. */
export function wasmKernels() {
    if (variant === "none")
        return null;
    let k = cache.get(variant);
    if (k === undefined) {
        k = null;
        if (typeof WebAssembly === "object") {
            if (variant === "auto")
                k = instantiate(KERNELS_RELAXED_WASM_BASE64, true);
            k ??= instantiate(KERNELS_WASM_BASE64, false);
        }
        cache.set(variant, settle(k));
    }
    return k;
}
/** What the fills run on, and why (see `kernelBackend`); loads the kernels like a fill. */
export function wasmStatus() {
    if (variant === "none") {
        return { kernels: null, reason: "the WebAssembly kernels are turned off" };
    }
    const kernels = wasmKernels();
    if (kernels === null)
        return { kernels, reason: failure ?? "WebAssembly unavailable" };
    return {
        kernels,
        reason: kernels.hardwareFma
            ? "WebAssembly SIMD with the CPU's fused multiply-add (relaxed SIMD, probed to round once)"
            : variant === "emulated"
                ? "WebAssembly SIMD with the fused multiply-add emulated (the relaxed build is turned off)"
                : "WebAssembly SIMD with the fused multiply-add emulated (relaxed SIMD missing or not fusing)",
    };
}
/**
 * Whether a float64 parameter suits the kernels' emulated double FMA, which is
 * exact for 0 and magnitudes in (2^-400, 2^400); fills with other parameters
 * stay in TypeScript.
 */
export function moderateForWasm(v) {
    return v === 0 || (Math.abs(v) > 2 ** -400 && Math.abs(v) < 2 ** 400);
}
