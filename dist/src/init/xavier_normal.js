/* @ts-self-types="./xavier_normal.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.init.xavier_normal_`.
 *
 * @module
 */
import { isHalfTensor, layoutOf } from "../_layout.js";
import { halfXavier } from "./_half_fill.js";
import { engineOf, resolveGenerator } from "../random/generator.js";
import { getCpuCapability } from "../random/capability.js";
import { normalFill } from "../random/_normal.js";
import { xavierStd } from "./_xavier.js";
import { optionsObject } from "./_validate.js";
/**
 * Fill `tensor` in place with Glorot/Xavier normal values, bit for bit as
 * `torch.nn.init.xavier_normal_(tensor, gain)`: N(0, std²) with
 * `std = gain * sqrt(2 / (fanIn + fanOut))`.
 *
 * @param tensor A tensor with at least 2 dimensions.
 * @param options `gain` and `generator`.
 * @returns `tensor`, filled.
 * @throws {TypeError} If the tensor has fewer than 2 dimensions or an argument has the wrong type.
 * @throws {RangeError} If `gain` is negative or not finite, fanIn + fanOut is 0, or the tensor's data is too short.
 *
 * @example
 * ```ts
 * import { empty, Generator, xavierNormal } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * const w = xavierNormal(empty([256, 256]), { generator: new Generator().manualSeed(0) });
 * let sum = 0;
 * for (const x of w.data) sum += x * x;
 * const variance = sum / w.data.length;
 * assert.ok(Math.abs(variance - 2 / 512) < 2e-4);
 * ```
 */
export function xavierNormal(tensor, options) {
    if (isHalfTensor(tensor)) {
        halfXavier(tensor, options, true);
        return tensor;
    }
    const what = "Cannot fill tensor with Xavier normal values";
    const opts = optionsObject(options, what);
    const layout = layoutOf(tensor, what);
    const std = xavierStd(layout.shape, opts.gain, what);
    const generator = resolveGenerator(opts.generator, what);
    normalFill(layout, 0, std, engineOf(generator), getCpuCapability());
    return tensor;
}
