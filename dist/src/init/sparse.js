/* @ts-self-types="./sparse.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.init.sparse_`.
 *
 * @module
 */
import { isHalfTensor, layoutOf } from "../_layout.js";
import { halfSparse } from "./_half_fill.js";
import { defaultGenerator, engineOf, resolveGenerator, } from "../random/generator.js";
import { getCpuCapability } from "../random/capability.js";
import { normalFill } from "../random/_normal.js";
import { randpermPrefixes } from "../random/_randperm.js";
import { finite, optionsObject, requireRank } from "./_validate.js";
/**
 * Fill the 2-D `tensor` in place as a sparse matrix, as
 * `torch.nn.init.sparse_(tensor, sparsity, std)`: first N(0, std²) over the
 * whole tensor, then, for each column, `torch.randperm(rows)` picks
 * `ceil(sparsity * rows)` rows to zero. Like torch (2.1+ with `generator=`),
 * the permutations come from the default generator unless
 * `generatorForPermutations` is set.
 *
 * @param tensor A 2-D tensor.
 * @param sparsity Fraction of each column set to zero, in [0, 1].
 * @param options `std`, `generator` and `generatorForPermutations`.
 * @returns `tensor`, filled.
 * @throws {TypeError} If the tensor is not 2-D or an argument has the wrong type.
 * @throws {RangeError} If `sparsity` is outside [0, 1], `std` is negative, a parameter is not finite, or the tensor's data is too short.
 *
 * @example Exactly 3 zeros per column of 10 rows with sparsity 0.25
 * ```ts
 * import { empty, Generator, sparse } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * const g = new Generator().manualSeed(0);
 * const w = sparse(empty([10, 4]), 0.25, { generator: g, generatorForPermutations: true });
 * for (let c = 0; c < 4; c++) {
 *   let zeros = 0;
 *   for (let r = 0; r < 10; r++) if (w.data[r * 4 + c] === 0) zeros++;
 *   assert.equal(zeros, 3);
 * }
 * ```
 */
export function sparse(tensor, sparsity, options) {
    if (isHalfTensor(tensor)) {
        halfSparse(tensor, sparsity, options);
        return tensor;
    }
    const what = "Cannot fill tensor with sparse values";
    const opts = optionsObject(options, what);
    const layout = layoutOf(tensor, what);
    const s = finite(sparsity, "sparsity", what);
    const std = finite(opts.std ?? 0.01, "std", what);
    const generator = resolveGenerator(opts.generator, what);
    const ownPerms = opts.generatorForPermutations ?? false;
    if (typeof ownPerms !== "boolean") {
        throw new TypeError(`${what}: generatorForPermutations must be a boolean, received ${typeof ownPerms}`);
    }
    requireRank(layout, [2], what, "exactly 2 dimensions");
    if (s < 0 || s > 1)
        throw new RangeError(`${what}: sparsity must be in [0, 1], received ${s}`);
    if (std < 0)
        throw new RangeError(`${what}: std must be at least 0, received ${std}`);
    const [rows, cols] = layout.shape;
    const numZeros = Math.ceil(s * rows);
    const capability = getCpuCapability();
    normalFill(layout, 0, std, engineOf(generator), capability);
    const permEngine = engineOf(ownPerms ? generator : defaultGenerator);
    // Only the first numZeros entries of each column's randperm(rows) are used.
    const { data, offset, strides } = layout;
    const [rowStride, colStride] = strides;
    randpermPrefixes(rows, numZeros, cols, permEngine, (perm, c) => {
        const base = offset + c * colStride;
        for (let k = 0; k < numZeros; k++)
            data[base + perm[k] * rowStride] = 0;
    });
    return tensor;
}
