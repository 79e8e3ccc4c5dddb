/* @ts-self-types="./normal.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.init.normal_`.
 *
 * @module
 */
import { isHalfTensor, layoutOf } from "../_layout.js";
import { halfNormal } from "./_half_fill.js";
import { engineOf, resolveGenerator } from "../random/generator.js";
import { getCpuCapability } from "../random/capability.js";
import { normalFill } from "../random/_normal.js";
import { finite, optionsObject } from "./_validate.js";
/**
 * Fill `tensor` in place with values drawn from N(mean, std²), bit for bit as
 * `torch.nn.init.normal_(tensor, mean, std)` (that is, `tensor.normal_(mean,
 * std)`) on PyTorch's CPU with the current CPU capability. Like torch, a
 * contiguous tensor of at least 16 elements takes the vectorised fill path and
 * anything else the scalar path, which uses the generator's cached sample.
 *
 * @param tensor The tensor to fill (any strided view of a Float32Array or Float64Array).
 * @param options `mean`, `std` and `generator`.
 * @returns `tensor`, filled.
 * @throws {TypeError} If the tensor or an option has the wrong type.
 * @throws {RangeError} If `std < 0`, a parameter is not finite, or the tensor's data is too short.
 *
 * @example Same numbers as `torch.manual_seed(0); torch.randn(2)`
 * ```ts
 * import { empty, manualSeed, normal } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * manualSeed(0);
 * const t = normal(empty([2]));
 * assert.deepEqual(Array.from(t.data), [1.5409960746765137, -0.293428897857666]);
 * ```
 */
export function normal(tensor, options) {
    if (isHalfTensor(tensor)) {
        halfNormal(tensor, options);
        return tensor;
    }
    const what = "Cannot fill tensor with normal values";
    const opts = optionsObject(options, what);
    const layout = layoutOf(tensor, what);
    const mean = finite(opts.mean ?? 0, "mean", what);
    const std = finite(opts.std ?? 1, "std", what);
    const generator = resolveGenerator(opts.generator, what);
    if (std < 0)
        throw new RangeError(`${what}: std must be at least 0, received ${std}`);
    normalFill(layout, mean, std, engineOf(generator), getCpuCapability());
    return tensor;
}
