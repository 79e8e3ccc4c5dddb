/* @ts-self-types="./kaiming_normal.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.init.kaiming_normal_`.
 *
 * @module
 */
import { isHalfTensor, layoutOf } from "../_layout.js";
import { halfKaiming } from "./_half_fill.js";
import { engineOf, resolveGenerator } from "../random/generator.js";
import { getCpuCapability } from "../random/capability.js";
import { normalFill } from "../random/_normal.js";
import { kaimingStd } from "./_kaiming.js";
import { optionsObject } from "./_validate.js";
/**
 * Fill `tensor` in place with He/Kaiming normal values, bit for bit as
 * `torch.nn.init.kaiming_normal_(tensor, a, mode, nonlinearity)`: N(0, std²)
 * with `std = gain / sqrt(fan)` and `gain = calculateGain(nonlinearity, a)`.
 * A zero-element tensor gets a warning and no draws, as in torch.
 *
 * @param tensor A tensor with at least 2 dimensions.
 * @param options `a`, `mode`, `nonlinearity` and `generator`.
 * @returns `tensor`, filled.
 * @throws {TypeError} If the tensor has fewer than 2 dimensions or an argument has the wrong type.
 * @throws {RangeError} If `mode` or `nonlinearity` is unknown, `a` is not finite, or the tensor's data is too short.
 *
 * @example A conv weight for a ReLU network, `mode: "fan_out"` as torchvision's ResNet uses
 * ```ts
 * import { empty, Generator, kaimingNormal } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * const w = kaimingNormal(empty([64, 3, 7, 7]), {
 *   mode: "fan_out",
 *   nonlinearity: "relu",
 *   generator: new Generator().manualSeed(0),
 * });
 * assert.equal(w.data.length, 9408);
 * ```
 */
export function kaimingNormal(tensor, options) {
    if (isHalfTensor(tensor)) {
        halfKaiming(tensor, options, true);
        return tensor;
    }
    const what = "Cannot fill tensor with Kaiming normal values";
    const opts = optionsObject(options, what);
    const layout = layoutOf(tensor, what);
    const generator = resolveGenerator(opts.generator, what);
    const std = kaimingStd(layout, opts, what);
    if (std === null)
        return tensor;
    normalFill(layout, 0, std, engineOf(generator), getCpuCapability());
    return tensor;
}
