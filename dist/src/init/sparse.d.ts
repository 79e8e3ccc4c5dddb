/**
 * `torch.nn.init.sparse_`.
 *
 * @module
 */
import type { HalfTensor, Tensor } from "../tensor.js";
import { type Generator } from "../random/generator.js";
/** Options for {@linkcode sparse}. */
export interface SparseOptions {
    /** Standard deviation of the non-zero values. Default: 0.01. */
    std?: number;
    /** The generator for the normal draws. Default: the default generator. */
    generator?: Generator;
    /**
     * Also draw the per-column permutations from `generator`. Default: false,
     * which is torch's behaviour: `sparse_` passes `generator` to `normal_` only
     * and its `randperm` calls always use the default generator.
     */
    generatorForPermutations?: boolean;
}
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
export declare function sparse<T extends Tensor | HalfTensor>(tensor: T, sparsity: number, options?: SparseOptions): T;
