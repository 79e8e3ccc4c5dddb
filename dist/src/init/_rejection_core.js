/* @ts-self-types="./_rejection_core.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The dtype-independent part of torch 2.14's rejection-sampling
 * `trunc_normal_` (`_no_grad_trunc_normal_` in `torch/nn/init.py`), shared by
 * the float path (`_trunc_normal_rejection.ts`) and the half path
 * (`_half_trunc_normal.ts`). Each path supplies its kernels and the rounding
 * of its dtype through {@linkcode RejectionOps}.
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
import { contiguousStrides } from "../_layout.js";
/** `empty_like(x)`'s strides: x's when x is dense (non-overlapping, no gaps), else contiguous. */
export function emptyLikeStrides(x) {
    const { shape, numel } = x;
    const dims = shape.map((_, d) => d).filter((d) => shape[d] !== 1);
    dims.sort((p, q) => x.strides[q] - x.strides[p]);
    let expected = 1;
    let dense = true;
    for (let i = dims.length - 1; i >= 0; i--) {
        if (x.strides[dims[i]] !== expected)
            dense = false;
        expected *= shape[dims[i]];
    }
    const strides = dense && numel > 0 ? [...x.strides] : contiguousStrides(shape);
    const standard = contiguousStrides(shape);
    const contiguous = numel === 0 || shape.every((s, d) => s === 1 || strides[d] === standard[d]);
    return { strides, contiguous };
}
/**
 * Fill `target` as torch 2.14's `trunc_normal_(mean, std, a, b)`; `p` is
 * `norm_cdf(β) − norm_cdf(α)` computed as torch does.
 */
export function rejectionTruncNormal(target, numel, ops, params) {
    if (numel === 0)
        return;
    const { mean, std, a, b, p } = params;
    const r = ops.round;
    let result;
    if (p > 0.3) {
        const lo = r(a);
        const hi = r(b);
        ops.normal(target, mean, std);
        result = Float64Array.from(ops.values(target));
        const fresh = ops.emptyLike(target);
        for (;;) {
            let any = false;
            for (let k = 0; k < numel && !any; k++)
                any = result[k] < lo || result[k] > hi;
            if (!any)
                break;
            ops.normal(fresh, mean, std);
            const drawn = ops.values(fresh);
            for (let k = 0; k < numel; k++) {
                if (result[k] < lo || result[k] > hi)
                    result[k] = drawn[k];
            }
        }
    }
    else {
        const mode = Math.max(a, Math.min(mean, b));
        const logPeak = -0.5 * ((mode - mean) / std) ** 2;
        const m = r(mean);
        const s = ops.compute(std);
        const lp = r(logPeak);
        // The log density relative to the peak, op by op as torch's tensor ops round it:
        // sub_(mean).div_(std).pow_(2).mul_(-0.5).sub_(log_peak).
        const logDensity = (x) => {
            const z = r(ops.compute(r(x - m) / s));
            return r(r(r(z * z) * -0.5) - lp);
        };
        ops.uniform(target, a, b);
        result = Float64Array.from(ops.values(target));
        const accept = ops.emptyLike(target);
        const candidates = ops.emptyLike(target);
        ops.uniform(accept, 0, 1);
        let u = ops.values(accept);
        const pending = new Uint8Array(numel);
        let any = false;
        for (let k = 0; k < numel; k++) {
            pending[k] = ops.logOf(u[k]) > logDensity(result[k]) ? 1 : 0;
            any ||= pending[k] === 1;
        }
        while (any) {
            ops.uniform(candidates, a, b);
            const proposed = ops.values(candidates);
            for (let k = 0; k < numel; k++)
                if (pending[k])
                    result[k] = proposed[k];
            ops.uniform(accept, 0, 1);
            u = ops.values(accept);
            any = false;
            for (let k = 0; k < numel; k++) {
                if (pending[k]) {
                    pending[k] = ops.logOf(u[k]) > logDensity(proposed[k]) ? 1 : 0;
                    any ||= pending[k] === 1;
                }
            }
        }
    }
    ops.store(target, result);
}
