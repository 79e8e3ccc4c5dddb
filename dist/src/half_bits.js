/* @ts-self-types="./half_bits.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Numbers to half-precision bit patterns.
 *
 * @module
 */
import { toBits } from "./_half.js";
/**
 * The float16 or bfloat16 bit pattern of `x`, rounded as torch rounds a
 * Python float into a half tensor (`torch.tensor(x, dtype=torch.float16)`,
 * `fill_`, `static_cast<at::Half>(double)`): to float32 first, then to the
 * half format, both to nearest with ties to even. Values beyond the largest
 * finite value round to ±infinity; NaN gives a quiet NaN (0x7e00 / 0x7fc0).
 *
 * @param x Any number.
 * @param dtype `"float16"` or `"bfloat16"`.
 * @returns The 16-bit pattern, an integer in [0, 65535].
 * @throws {TypeError} If `x` is not a number or `dtype` is unknown.
 *
 * @example
 * ```ts
 * import { halfBits } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * assert.equal(halfBits(1, "float16"), 0x3c00);
 * assert.equal(halfBits(0.1, "bfloat16"), 0x3dcd);
 * assert.equal(halfBits(1e6, "float16"), 0x7c00); // +infinity
 * ```
 */
export function halfBits(x, dtype) {
    if (typeof x !== "number") {
        throw new TypeError(`Cannot convert to half bits: x must be a number, received ${typeof x}`);
    }
    if (dtype !== "float16" && dtype !== "bfloat16") {
        throw new TypeError(`Cannot convert to half bits: dtype must be "float16" or "bfloat16", received ${JSON.stringify(dtype)}`);
    }
    return toBits(dtype)(x);
}
