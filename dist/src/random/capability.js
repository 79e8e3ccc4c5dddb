/* @ts-self-types="./capability.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The CPU capability whose kernels the fills reproduce. ATen compiles its
 * random kernels once per capability and picks one at run time; the builds
 * differ in the last bits (FMA contraction, vectorised log/sincos).
 *
 * @module
 */
let current = "avx2";
/**
 * Choose which of ATen's CPU kernel families to reproduce, like starting
 * PyTorch with `ATEN_CPU_CAPABILITY=...`. The default, `"avx2"`, is what a
 * GCC-built x86-64 Linux PyTorch runs on any AVX2 machine; `"avx512"` gives
 * the same numbers as `"avx2"` for every kernel here; `"default"` is the
 * portable build (no FMA, libm's `logf`/`cosf`/`sinf` in `normal_`).
 *
 * @param capability `"default"`, `"avx2"` or `"avx512"`.
 * @throws {TypeError} If `capability` is not one of those strings.
 *
 * @example
 * ```ts
 * import { getCpuCapability, setCpuCapability } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * setCpuCapability("default");
 * assert.equal(getCpuCapability(), "default");
 * setCpuCapability("avx2");
 * ```
 */
export function setCpuCapability(capability) {
    if (capability !== "default" && capability !== "avx2" && capability !== "avx512") {
        throw new TypeError(`Cannot set CPU capability: capability must be "default", "avx2" or "avx512", received ${typeof capability === "string" ? JSON.stringify(capability) : String(capability)}`);
    }
    current = capability;
}
/**
 * The CPU kernel family currently reproduced (see {@linkcode setCpuCapability}).
 *
 * @returns `"default"`, `"avx2"` or `"avx512"`; `"avx2"` unless changed.
 *
 * @example
 * ```ts
 * import { getCpuCapability } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * assert.equal(getCpuCapability(), "avx2");
 * ```
 */
export function getCpuCapability() {
    return current;
}
/** Whether the kernels of `capability` contract multiply-adds into FMAs. */
export function usesFma(capability) {
    return capability !== "default";
}
