/* @ts-self-types="./_trunc_normal_rejection.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * torch 2.14's `trunc_normal_` (`_no_grad_trunc_normal_` in
 * `torch/nn/init.py`): rejection sampling instead of the inverse CDF.
 *
 * With p = Φ(β) − Φ(α) the probability mass inside [a, b]:
 *
 * - p > 0.3: `normal_(mean, std)` on the tensor, then, while any value lies
 *   outside [a, b] (the bounds rounded to the tensor's dtype), a full-size
 *   `normal_` on `empty_like(result)` and `torch.where(mask, fresh, result)`.
 * - otherwise: uniform proposals in [a, b] with a log-uniform accept test
 *   against the Gaussian's log density relative to its peak in [a, b]; each
 *   round draws a full-size `uniform_(a, b)` and a full-size `uniform_()`,
 *   and a pending element takes the round's proposal until it is accepted.
 *
 * Every draw of every round is made, in torch's order, so the generator ends
 * exactly where torch's does.
 *
 * @module
 */
import { forEachRowMajor } from "../_layout.js";
import { normalFill } from "../random/_normal.js";
import { uniformFill } from "../random/_uniform.js";
import { emptyLikeStrides, rejectionTruncNormal } from "./_rejection_core.js";
import { elementLog } from "./_tensor_log.js";
/** `empty_like(x)` for a float layout. */
function emptyLike(x) {
    const { shape, numel, dtype } = x;
    const { strides, contiguous } = emptyLikeStrides(x);
    const data = dtype === "float32" ? new Float32Array(numel) : new Float64Array(numel);
    return { data, dtype, shape, strides, offset: 0, numel, contiguous };
}
/**
 * The layout's values in row-major order: a view of its data when it is
 * contiguous, else a new array of its dtype.
 */
function gather(x) {
    if (x.contiguous)
        return x.data.subarray(x.offset, x.offset + x.numel);
    const out = x.dtype === "float32" ? new Float32Array(x.numel) : new Float64Array(x.numel);
    const data = x.data;
    forEachRowMajor(x, (i, k) => {
        out[k] = data[i];
    });
    return out;
}
/**
 * Fill `layout` as torch 2.14's `trunc_normal_(mean, std, a, b)`; `p` is
 * `norm_cdf(β) − norm_cdf(α)` computed as torch does.
 */
export function truncNormalRejection(layout, mean, std, a, b, p, engine, capability) {
    const f = layout.dtype === "float32" ? Math.fround : (x) => x;
    const ops = {
        emptyLike,
        normal: (x, m, s) => normalFill(x, m, s, engine, capability),
        uniform: (x, lo, hi) => uniformFill(x, lo, hi, engine, capability),
        values: gather,
        logOf: elementLog(layout.dtype === "float32", capability),
        round: f,
        compute: f,
        store(x, values) {
            if (x.contiguous) {
                x.data.set(values, x.offset);
                return;
            }
            const data = x.data;
            forEachRowMajor(x, (i, k) => {
                data[i] = values[k];
            });
        },
    };
    rejectionTruncNormal(layout, layout.numel, ops, { mean, std, a, b, p });
}
