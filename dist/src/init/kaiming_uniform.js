/* @ts-self-types="./kaiming_uniform.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.init.kaiming_uniform_`.
 *
 * @module
 */
import { isHalfTensor, layoutOf } from "../_layout.js";
import { halfKaiming } from "./_half_fill.js";
import { engineOf, resolveGenerator } from "../random/generator.js";
import { getCpuCapability } from "../random/capability.js";
import { uniformFill } from "../random/_uniform.js";
import { kaimingStd } from "./_kaiming.js";
import { optionsObject } from "./_validate.js";
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
export function kaimingUniform(tensor, options) {
    if (isHalfTensor(tensor)) {
        halfKaiming(tensor, options, false);
        return tensor;
    }
    const what = "Cannot fill tensor with Kaiming uniform values";
    const opts = optionsObject(options, what);
    const layout = layoutOf(tensor, what);
    const generator = resolveGenerator(opts.generator, what);
    const std = kaimingStd(layout, opts, what);
    if (std === null)
        return tensor;
    const bound = Math.sqrt(3.0) * std;
    uniformFill(layout, -bound, bound, engineOf(generator), getCpuCapability());
    return tensor;
}
