/* @ts-self-types="./xavier_uniform.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.init.xavier_uniform_`.
 *
 * @module
 */
import { isHalfTensor, layoutOf } from "../_layout.js";
import { halfXavier } from "./_half_fill.js";
import { engineOf, resolveGenerator } from "../random/generator.js";
import { getCpuCapability } from "../random/capability.js";
import { uniformFill } from "../random/_uniform.js";
import { xavierStd } from "./_xavier.js";
import { optionsObject } from "./_validate.js";
/**
 * Fill `tensor` in place with Glorot/Xavier uniform values, bit for bit as
 * `torch.nn.init.xavier_uniform_(tensor, gain)`: U(-a, a) with
 * `a = sqrt(3) * gain * sqrt(2 / (fanIn + fanOut))`, fans as
 * {@linkcode calculateFanInAndFanOut} (PyTorch layout `[out, in, ...]`).
 *
 * @param tensor A tensor with at least 2 dimensions.
 * @param options `gain` and `generator`.
 * @returns `tensor`, filled.
 * @throws {TypeError} If the tensor has fewer than 2 dimensions or an argument has the wrong type.
 * @throws {RangeError} If `gain` is negative or not finite, fanIn + fanOut is 0, or the tensor's data is too short.
 *
 * @example Same bits as `torch.manual_seed(0); nn.init.xavier_uniform_(torch.empty(3, 5))`
 * ```ts
 * import { empty, manualSeed, xavierUniform } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * manualSeed(0);
 * const w = xavierUniform(empty([3, 5]));
 * const a = Math.sqrt(3) * Math.sqrt(2 / 8);
 * assert.ok(w.data.every((x) => Math.abs(x) <= a));
 * ```
 */
export function xavierUniform(tensor, options) {
    if (isHalfTensor(tensor)) {
        halfXavier(tensor, options, false);
        return tensor;
    }
    const what = "Cannot fill tensor with Xavier uniform values";
    const opts = optionsObject(options, what);
    const layout = layoutOf(tensor, what);
    const std = xavierStd(layout.shape, opts.gain, what);
    const generator = resolveGenerator(opts.generator, what);
    const a = Math.sqrt(3.0) * std;
    uniformFill(layout, -a, a, engineOf(generator), getCpuCapability());
    return tensor;
}
