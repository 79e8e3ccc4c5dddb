/**
 * Where the initializers send the warnings torch emits with
 * `warnings.warn` (for example from `trunc_normal_` and `kaiming_*`).
 *
 * @module
 */
/** Receives a warning message, spelled as torch spells it. */
export type WarningHandler = (message: string) => void;
/**
 * Route warnings to `next` (or back to `console.warn` with `null`). Returns
 * the previous handler, so a caller can restore it.
 *
 * @param next The new handler, or `null` for the default (`console.warn`).
 * @returns The handler that was installed before.
 * @throws {TypeError} If `next` is neither a function nor `null`.
 *
 * @example Collect warnings instead of printing them
 * ```ts
 * import { empty, kaimingUniform, setWarningHandler } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * const seen: string[] = [];
 * const previous = setWarningHandler((m) => seen.push(m));
 * kaimingUniform(empty([0, 4]));
 * setWarningHandler(previous);
 * assert.deepEqual(seen, ["Initializing zero-element tensors is a no-op"]);
 * ```
 */
export declare function setWarningHandler(next: WarningHandler | null): WarningHandler;
/** Emit a warning through the current handler. Internal. */
export declare function warn(message: string): void;
