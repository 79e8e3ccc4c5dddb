/* @ts-self-types="./orthogonal.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.init.orthogonal_`.
 *
 * @module
 */
import { empty } from "../tensor.js";
import { isHalfTensor, layoutOf } from "../_layout.js";
import { halfOrthogonal } from "./_half_fill.js";
import { engineOf, resolveGenerator } from "../random/generator.js";
import { getCpuCapability } from "../random/capability.js";
import { normalFill } from "../random/_normal.js";
import { orthogonalFill } from "./_qr.js";
import { finite, optionsObject } from "./_validate.js";
/**
 * Fill `tensor` in place with a (semi-)orthogonal matrix, as
 * `torch.nn.init.orthogonal_(tensor, gain)`. The tensor is viewed as
 * `rows = shape[0]` by `cols = numel / rows`. The random draws are exactly
 * torch's (`normal_(0, 1)` on a fresh rows×cols buffer of the tensor's dtype);
 * the QR factorisation is a double-precision blocked Householder QR (with
 * WebAssembly SIMD kernels where available, the same bits without) and
 * torch's sign fix, so the values match LAPACK's within rounding (see the
 * README for the measured tolerance), not bit for bit. A zero-element tensor
 * draws nothing.
 *
 * @param tensor A tensor with at least 2 dimensions.
 * @param options `gain` and `generator`.
 * @returns `tensor`, filled.
 * @throws {TypeError} If the tensor has fewer than 2 dimensions or an argument has the wrong type.
 * @throws {RangeError} If `gain` is not finite or the tensor's data is too short.
 *
 * @example Rows are orthonormal for a wide matrix
 * ```ts
 * import { empty, Generator, orthogonal } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * const w = orthogonal(empty([2, 3], { dtype: "float64" }), { generator: new Generator() });
 * const dot = w.data[0] * w.data[3] + w.data[1] * w.data[4] + w.data[2] * w.data[5];
 * assert.ok(Math.abs(dot) < 1e-12);
 * ```
 */
export function orthogonal(tensor, options) {
    if (isHalfTensor(tensor)) {
        halfOrthogonal(tensor, options);
        return tensor;
    }
    const what = "Cannot fill tensor with an orthogonal matrix";
    const opts = optionsObject(options, what);
    const layout = layoutOf(tensor, what);
    const gain = finite(opts.gain ?? 1, "gain", what);
    const generator = resolveGenerator(opts.generator, what);
    if (layout.shape.length < 2) {
        throw new TypeError(`${what}: tensor must have at least 2 dimensions, received ${layout.shape.length}`);
    }
    if (layout.numel === 0)
        return tensor;
    const rows = layout.shape[0];
    const cols = layout.numel / rows;
    const flat = empty([rows, cols], { dtype: layout.dtype });
    normalFill(layoutOf(flat, what), 0, 1, engineOf(generator), getCpuCapability());
    // Row-major rows×cols, sign-fixed as torch.linalg.qr gives it, times gain:
    // tensor.view_as(q).copy_(q); tensor.mul_(gain), in logical row-major order.
    const q = orthogonalFill(flat.data, rows, cols, gain);
    const { shape, strides, offset, data, numel } = layout;
    if (layout.contiguous) {
        data.set(q, offset);
        return tensor;
    }
    const idx = new Array(shape.length).fill(0);
    let p = offset;
    for (let k = 0; k < numel; k++) {
        data[p] = q[k];
        // Step the row-major index, moving p by the strides.
        for (let d = shape.length - 1; d >= 0; d--) {
            p += strides[d];
            if (++idx[d] < shape[d])
                break;
            p -= idx[d] * strides[d];
            idx[d] = 0;
        }
    }
    return tensor;
}
