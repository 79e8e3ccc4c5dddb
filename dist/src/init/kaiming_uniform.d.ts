/**
 * `torch.nn.init.kaiming_uniform_`.
 *
 * @module
 */
import type { HalfTensor, Tensor } from "../tensor.js";
import { type Generator } from "../random/generator.js";
import type { Nonlinearity } from "./calculate_gain.js";
import { type FanMode } from "./_kaiming.js";
export type { FanMode } from "./_kaiming.js";
/** Options for {@linkcode kaimingUniform} and {@linkcode kaimingNormal}. */
export interface KaimingOptions {
    /** Negative slope of the rectifier after this layer (used with `"leaky_relu"`). Default: 0. */
    a?: number;
    /** Which fan to preserve. Default: `"fan_in"`. */
    mode?: FanMode;
    /** The nonlinearity after this layer. Default: `"leaky_relu"`. */
    nonlinearity?: Nonlinearity;
    /** The generator to draw from. Default: the default generator. */
    generator?: Generator;
}
/**
 * Fill `tensor` in place with He/Kaiming uniform values, bit for bit as
 * `torch.nn.init.kaiming_uniform_(tensor, a, mode, nonlinearity)`: U(-bound,
 * bound) with `bound = sqrt(3) * (gain / sqrt(fan))` and
 * `gain = calculateGain(nonlinearity, a)`. Note torch's default `a = 0`, so
 * the default gain is √2 (not leaky_relu's 0.01-slope value). A zero-element
 * tensor gets a warning and no draws, as in torch. `nn.Linear` and `nn.Conv*`
 * use `{ a: Math.sqrt(5) }`.
 *
 * @param tensor A tensor with at least 2 dimensions.
 * @param options `a`, `mode`, `nonlinearity` and `generator`.
 * @returns `tensor`, filled.
 * @throws {TypeError} If the tensor has fewer than 2 dimensions or an argument has the wrong type.
 * @throws {RangeError} If `mode` or `nonlinearity` is unknown, `a` is not finite, or the tensor's data is too short.
 *
 * @example An nn.Linear(4, 3) weight, as torch initialises it
 * ```ts
 * import { empty, Generator, kaimingUniform } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * const w = kaimingUniform(empty([3, 4]), { a: Math.sqrt(5), generator: new Generator().manualSeed(0) });
 * assert.ok(w.data.every((x) => Math.abs(x) <= 0.5));
 * ```
 */
export declare function kaimingUniform<T extends Tensor | HalfTensor>(tensor: T, options?: KaimingOptions): T;
