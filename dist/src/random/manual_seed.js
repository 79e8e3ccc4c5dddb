/* @ts-self-types="./manual_seed.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.manual_seed`.
 *
 * @module
 */
import { defaultGenerator } from "./generator.js";
/**
 * Seed the default generator, like `torch.manual_seed(seed)` on the CPU.
 *
 * @param seed An integer in [-2^63, 2^64 - 1] (number or bigint).
 * @returns The default generator.
 * @throws {TypeError} If `seed` is not an integer number or a bigint.
 * @throws {RangeError} If `seed` is out of range.
 *
 * @example
 * ```ts
 * import { defaultGenerator, manualSeed } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * assert.equal(manualSeed(42), defaultGenerator);
 * assert.equal(defaultGenerator.initialSeed(), 42n);
 * ```
 */
export function manualSeed(seed) {
    return defaultGenerator.manualSeed(seed);
}
