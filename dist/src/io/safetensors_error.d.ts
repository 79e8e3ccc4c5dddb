/**
 * The error {@linkcode loadSafetensors} throws for malformed input.
 *
 * @module
 */
/**
 * Thrown by {@linkcode loadSafetensors} when its input is not a well-formed
 * safetensors file. The message says what is wrong and where (the byte
 * position or the tensor name). Malformed input never produces any other
 * error class.
 *
 * @example Catch a malformed file
 * ```ts
 * import { loadSafetensors, SafetensorsError } from "./mod.ts";
 * import assert from "node:assert/strict";
 *
 * assert.throws(() => loadSafetensors(new Uint8Array(3)), SafetensorsError);
 * ```
 */
export declare class SafetensorsError extends Error {
    /**
     * Create an error with the given message.
     *
     * @param message What is wrong with the input and where.
     */
    constructor(message: string);
}
