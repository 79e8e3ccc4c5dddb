/* @ts-self-types="./calculate_gain.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.init.calculate_gain`.
 *
 * @module
 */
import { show } from "./_validate.js";
/** Every accepted nonlinearity name, in torch's documentation order. */
export const NONLINEARITIES = [
    "linear",
    "conv1d",
    "conv2d",
    "conv3d",
    "conv_transpose1d",
    "conv_transpose2d",
    "conv_transpose3d",
    "sigmoid",
    "tanh",
    "relu",
    "leaky_relu",
    "selu",
];
/** The nonlinearities whose gain is 1: linear, conv and sigmoid. */
const LINEAR = new Set(NONLINEARITIES.slice(0, 8));
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
export function calculateGain(nonlinearity, param) {
    const what = "Cannot calculate gain";
    if (typeof nonlinearity !== "string") {
        throw new TypeError(`${what}: nonlinearity must be a string, received ${show(nonlinearity)}`);
    }
    if (LINEAR.has(nonlinearity))
        return 1;
    switch (nonlinearity) {
        case "tanh":
            return 5.0 / 3;
        case "relu":
            return Math.sqrt(2.0);
        case "selu":
            return 3.0 / 4;
        case "leaky_relu": {
            let slope = 0.01;
            if (param !== undefined && param !== null) {
                if (typeof param !== "number") {
                    throw new TypeError(`${what}: negative_slope ${show(param)} not a valid number (param must be a number)`);
                }
                if (!Number.isFinite(param)) {
                    throw new RangeError(`${what}: negative_slope must be finite, received ${param}`);
                }
                slope = param;
            }
            return Math.sqrt(2.0 / (1 + slope * slope));
        }
    }
    throw new RangeError(`${what}: unsupported nonlinearity ${show(nonlinearity)}, expected one of ${NONLINEARITIES.join(", ")}`);
}
