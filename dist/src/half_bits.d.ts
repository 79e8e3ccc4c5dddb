/**
 * Numbers to half-precision bit patterns.
 *
 * @module
 */
import type { HalfDType } from "./tensor.js";
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
export declare function halfBits(x: number, dtype: HalfDType): number;
