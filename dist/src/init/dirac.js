/* @ts-self-types="./dirac.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.init.dirac_`.
 *
 * @module
 */
import { isHalfTensor, layoutOf } from "../_layout.js";
import { halfDirac } from "./_half_fill.js";
import { fillLayout, indexOf, optionsObject, requireRank, show } from "./_validate.js";
/**
 * Fill the 3-, 4- or 5-D `tensor` in place with the Dirac delta, as
 * `torch.nn.init.dirac_(tensor, groups)`: it preserves the identity of the
 * inputs of a convolution, for each group. Draws nothing.
 *
 * @param tensor A conv weight `[out, in, ...kernel]` with 1 to 3 kernel dimensions.
 * @param options `groups`.
 * @returns `tensor`.
 * @throws {TypeError} If the tensor's rank is not 3, 4 or 5, or an argument has the wrong type.
 * @throws {RangeError} If `groups` is not a positive integer or does not divide `shape[0]`.
 *
 * @example A 1-D conv weight [2, 2, 3]
 * ```ts
 * import { dirac, empty } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(Array.from(dirac(empty([2, 2, 3])).data), [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
 * ```
 */
export function dirac(tensor, options) {
    if (isHalfTensor(tensor)) {
        halfDirac(tensor, options);
        return tensor;
    }
    const what = "Cannot fill tensor with the Dirac delta";
    const opts = optionsObject(options, what);
    const layout = layoutOf(tensor, what);
    const groups = opts.groups ?? 1;
    if (typeof groups !== "number") {
        throw new TypeError(`${what}: groups must be a number, received ${show(groups)}`);
    }
    if (!Number.isInteger(groups) || groups < 1) {
        throw new RangeError(`${what}: groups must be a positive integer, received ${groups}`);
    }
    requireRank(layout, [3, 4, 5], what, "3, 4 or 5 dimensions");
    const shape = layout.shape;
    if (shape[0] % groups !== 0) {
        throw new RangeError(`${what}: dim 0 must be divisible by groups, received size ${shape[0]} and groups ${groups}`);
    }
    fillLayout(layout, 0);
    if (layout.numel === 0)
        return tensor;
    const perGroup = shape[0] / groups;
    const k = Math.min(perGroup, shape[1]);
    const centre = shape.slice(2).map((s) => Math.floor(s / 2));
    for (let g = 0; g < groups; g++) {
        for (let d = 0; d < k; d++) {
            layout.data[indexOf(layout, [g * perGroup + d, d, ...centre])] = 1;
        }
    }
    return tensor;
}
