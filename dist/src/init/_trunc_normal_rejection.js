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
import { contiguousStrides, forEachRowMajor } from "../_layout.js";
import { normalFill } from "../random/_normal.js";
import { uniformFill } from "../random/_uniform.js";
import { tensorLog } from "./_tensor_log.js";
/** `empty_like(x)`: x's strides when x is dense (non-overlapping, no gaps), else contiguous. */
function emptyLike(x) {
    const { shape, numel, dtype } = x;
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
    if (layout.numel === 0)
        return;
    const float32 = layout.dtype === "float32";
    const f = float32 ? Math.fround : (x) => x;
    let result;
    if (p > 0.3) {
        const lo = f(a);
        const hi = f(b);
        normalFill(layout, mean, std, engine, capability);
        result = gather(layout).slice();
        const fresh = emptyLike(layout);
        for (;;) {
            let any = false;
            for (let k = 0; k < result.length && !any; k++)
                any = result[k] < lo || result[k] > hi;
            if (!any)
                break;
            normalFill(fresh, mean, std, engine, capability);
            const drawn = gather(fresh);
            for (let k = 0; k < result.length; k++) {
                if (result[k] < lo || result[k] > hi)
                    result[k] = drawn[k];
            }
        }
    }
    else {
        const mode = Math.max(a, Math.min(mean, b));
        const logPeak = -0.5 * ((mode - mean) / std) ** 2;
        const m = f(mean);
        const s = f(std);
        const lp = f(logPeak);
        // log density relative to the peak, computed op by op in the dtype:
        // sub_(mean).div_(std).pow_(2).mul_(-0.5).sub_(log_peak)
        const logDensity = (x) => {
            const z = f(f(x - m) / s);
            return f(f(f(z * z) * -0.5) - lp);
        };
        uniformFill(layout, a, b, engine, capability);
        result = gather(layout).slice();
        const accept = emptyLike(layout);
        const candidates = emptyLike(layout);
        uniformFill(accept, 0, 1, engine, capability);
        let u = tensorLog(gather(accept), capability);
        const pending = new Uint8Array(result.length);
        let any = false;
        for (let k = 0; k < result.length; k++) {
            pending[k] = u[k] > logDensity(result[k]) ? 1 : 0;
            any ||= pending[k] === 1;
        }
        while (any) {
            uniformFill(candidates, a, b, engine, capability);
            const proposed = gather(candidates);
            for (let k = 0; k < result.length; k++)
                if (pending[k])
                    result[k] = proposed[k];
            uniformFill(accept, 0, 1, engine, capability);
            u = tensorLog(gather(accept), capability);
            any = false;
            for (let k = 0; k < result.length; k++) {
                if (pending[k]) {
                    pending[k] = u[k] > logDensity(proposed[k]) ? 1 : 0;
                    any ||= pending[k] === 1;
                }
            }
        }
    }
    if (layout.contiguous) {
        layout.data.set(result, layout.offset);
        return;
    }
    const data = layout.data;
    forEachRowMajor(layout, (i, k) => {
        data[i] = result[k];
    });
}
