/**
 * Whether `torch.nn` modules allocate their parameters on a
 * `SharedArrayBuffer` (so that the workers of `initWorkers` fill them in
 * place). Set by `initWorkers(n, { sharedParameters: true })` while its pool
 * runs, read by `src/nn/_options.ts`'s `parameter()`.
 *
 * @module
 */
/** Allocate the parameters of new modules on a `SharedArrayBuffer` (true) or not. */
export declare function setSharedParameters(on: boolean): void;
/** Whether new modules' parameters go on a `SharedArrayBuffer`. */
export declare function sharedParameters(): boolean;
