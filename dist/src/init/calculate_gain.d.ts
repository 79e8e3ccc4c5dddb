/**
 * `torch.nn.init.calculate_gain`.
 *
 * @module
 */
/** Nonlinearities `calculate_gain` knows, spelled as in torch. */
export type Nonlinearity = "linear" | "conv1d" | "conv2d" | "conv3d" | "conv_transpose1d" | "conv_transpose2d" | "conv_transpose3d" | "sigmoid" | "tanh" | "relu" | "leaky_relu" | "selu";
/** Every accepted nonlinearity name, in torch's documentation order. */
export declare const NONLINEARITIES: readonly Nonlinearity[];
/**
 * The recommended gain for a nonlinearity, exactly as
 * `torch.nn.init.calculate_gain(nonlinearity, param)` computes it (in double):
 * 1 for linear/conv/sigmoid, 5/3 for tanh, √2 for relu,
 * √(2 / (1 + slope²)) for leaky_relu (slope `param`, 0.01 when omitted) and 3/4
 * for selu. `param` is only read for leaky_relu.
 *
 * @param nonlinearity The nonlinearity's torch name.
 * @param param The leaky_relu negative slope.
 * @returns The gain.
 * @throws {TypeError} If `nonlinearity` is not a string, or the leaky_relu slope is not a number (torch also refuses booleans).
 * @throws {RangeError} If `nonlinearity` is unknown or the slope is NaN or infinite.
 *
 * @example
 * ```ts
 * import { calculateGain } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * assert.equal(calculateGain("relu"), Math.SQRT2);
 * assert.equal(calculateGain("leaky_relu", Math.sqrt(5)), 0.5773502691896257);
 * ```
 */
export declare function calculateGain(nonlinearity: Nonlinearity, param?: number | null): number;
