/* @ts-self-types="./kernel_backend.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `kernelBackend`: which kernels the fills run on, and why.
 *
 * @module
 */
import { wasmStatus } from "./_wasm.js";
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
export function kernelBackend() {
    const { kernels, reason } = wasmStatus();
    const backend = kernels === null
        ? "typescript"
        : kernels.hardwareFma
            ? "wasm-fma"
            : "wasm";
    return { backend, reason };
}
