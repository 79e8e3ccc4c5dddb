/* @ts-self-types="./warnings.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Where the initializers send the warnings torch emits with
 * `warnings.warn` (for example from `trunc_normal_` and `kaiming_*`).
 *
 * @module
 */
const consoleWarn = (message) => console.warn(`UserWarning: ${message}`);
let handler = consoleWarn;
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
export function setWarningHandler(next) {
    if (next !== null && typeof next !== "function") {
        throw new TypeError(`Cannot set warning handler: handler must be a function or null, received ${typeof next}`);
    }
    const previous = handler;
    handler = next ?? consoleWarn;
    return previous;
}
/** Emit a warning through the current handler. Internal. */
export function warn(message) {
    handler(message);
}
