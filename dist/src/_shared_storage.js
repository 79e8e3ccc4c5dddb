/* @ts-self-types="./_shared_storage.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Whether `torch.nn` modules allocate their parameters on a
 * `SharedArrayBuffer` (so that the workers of `initWorkers` fill them in
 * place). Set by `initWorkers(n, { sharedParameters: true })` while its pool
 * runs, read by `src/nn/_options.ts`'s `parameter()`.
 *
 * @module
 */
let shared = false;
/** Allocate the parameters of new modules on a `SharedArrayBuffer` (true) or not. */
export function setSharedParameters(on) {
    shared = on;
}
/** Whether new modules' parameters go on a `SharedArrayBuffer`. */
export function sharedParameters() {
    return shared;
}
