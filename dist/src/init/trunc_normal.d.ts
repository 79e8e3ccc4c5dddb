/**
 * `torch.nn.init.trunc_normal_`.
 *
 * @module
 */
import type { HalfTensor, Tensor } from "../tensor.js";
import { type Generator } from "../random/generator.js";
/** Options for {@linkcode truncNormal}. */
export interface TruncNormalOptions {
    /** Mean of the underlying normal. Default: 0. */
    mean?: number;
    /** Standard deviation of the underlying normal, above 0. Default: 1. */
    std?: number;
    /** Lower cutoff (absolute, not in units of std). Default: -2. */
    a?: number;
    /** Upper cutoff (absolute). Default: 2. */
    b?: number;
    /** The generator to draw from. Default: the default generator. */
    generator?: Generator;
}
/**
 * Fill `tensor` in place with values from a normal distribution truncated to
 * [a, b], bit for bit as `torch.nn.init.trunc_normal_(tensor, mean, std, a, b)`
 * in torch 1.7 – 2.11: the inverse-CDF method (uniform in
 * [2·cdf(α) − 1, 2·cdf(β) − 1), `erfinv`, scale by std·√2, add the mean,
 * clamp to [a, b]), one draw per element. `a` and `b` are absolute bounds, not
 * multiples of `std` (TensorFlow's ±2σ truncation is a different law). When
 * the mean is more than 2 std outside [a, b], torch's warning goes to the
 * warning handler ({@linkcode setWarningHandler}) and the fill proceeds.
 *
 * @param tensor The tensor to fill.
 * @param options `mean`, `std`, `a`, `b` and `generator`.
 * @returns `tensor`, filled.
 * @throws {TypeError} If the tensor or an option has the wrong type.
 * @throws {RangeError} If `std <= 0`, `a > b`, a parameter is not finite, or the tensor's data is too short.
 *
 * @example The ViT/timm call `trunc_normal_(w, std=0.02)` keeps every value in [-2, 2]
 * ```ts
 * import { empty, Generator, truncNormal } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * const w = truncNormal(empty([768]), { std: 0.02, generator: new Generator().manualSeed(1) });
 * assert.ok(w.data.every((x) => Math.abs(x) < 0.2));
 * ```
 */
export declare function truncNormal<T extends Tensor | HalfTensor>(tensor: T, options?: TruncNormalOptions): T;
