/**
 * The CPU capability whose kernels the fills reproduce. ATen compiles its
 * random kernels once per capability and picks one at run time; the builds
 * differ in the last bits (FMA contraction, vectorised log/sincos).
 *
 * @module
 */
/** A CPU kernel family of ATen, as named by `ATEN_CPU_CAPABILITY`. */
export type CpuCapability = "default" | "avx2" | "avx512";
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
export declare function setCpuCapability(capability: CpuCapability): void;
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
export declare function getCpuCapability(): CpuCapability;
/** Whether the kernels of `capability` contract multiply-adds into FMAs. */
export declare function usesFma(capability: CpuCapability): boolean;
