/* @ts-self-types="./half_value.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Half-precision bit patterns to numbers.
 *
 * @module
 */
import { fromBits } from "./_half.js";
/**
 * The number a float16 or bfloat16 bit pattern holds (exact: every half
 * value is a double), e.g. an element of a {@linkcode HalfTensor}'s data.
 *
 * @param bits A 16-bit pattern, an integer in [0, 65535].
 * @param dtype `"float16"` or `"bfloat16"`.
 * @returns Its value; ±Infinity and NaN for those patterns.
 * @throws {TypeError} If `dtype` is unknown.
 * @throws {RangeError} If `bits` is not an integer in [0, 65535].
 *
 * @example
 * ```ts
 * import { halfValue } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * assert.equal(halfValue(0x3c00, "float16"), 1);
 * assert.equal(halfValue(0x3dcd, "bfloat16"), 0.10009765625);
 * ```
 */
export function halfValue(bits, dtype) {
    if (dtype !== "float16" && dtype !== "bfloat16") {
        throw new TypeError(`Cannot convert half bits: dtype must be "float16" or "bfloat16", received ${JSON.stringify(dtype)}`);
    }
    if (!Number.isInteger(bits) || bits < 0 || bits > 0xffff) {
        throw new RangeError(`Cannot convert half bits: bits must be an integer in [0, 65535], received ${bits}`);
    }
    return fromBits(dtype)(bits);
}
