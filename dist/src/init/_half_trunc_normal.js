/* @ts-self-types="./_half_trunc_normal.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * torch 2.14's `trunc_normal_` (rejection sampling, see
 * `_trunc_normal_rejection.ts`) on float16 and bfloat16 tensors. The draws
 * are the half-precision `normal_` / `uniform_` kernels of 2.14; the
 * arithmetic is torch 2.14's on half tensors, measured against real torch:
 * `sub_(s)` rounds the scalar to the dtype, `div_(s)` and `mul_(s)` keep it
 * in float, `pow_(2)` is `x * x` in float, `log_()` is the float32 log, each
 * result rounded to the dtype; the bounds of the mask are `a` and `b` rounded
 * to the dtype (`tensor.new_tensor(a).item()`).
 *
 * @module
 */
import { contiguousStrides, forEachRowMajor } from "../_layout.js";
import { normalHalfFill, uniformHalfFill } from "../random/_half.js";
import { fromBits, roundTo, toBits } from "../_half.js";
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
    return { data: new Uint16Array(numel), dtype, shape, strides, offset: 0, numel, contiguous };
}
/** The layout's values in row-major order. */
function gather(x) {
    const value = fromBits(x.dtype);
    const out = new Float64Array(x.numel);
    const data = x.data;
    forEachRowMajor(x, (i, k) => {
        out[k] = value(data[i]);
    });
    return out;
}
/** torch 2.14's `trunc_normal_(mean, std, a, b)` on a half tensor; `p` as torch computes it. */
export function halfTruncNormalRejection(layout, mean, std, a, b, p, engine, capability) {
    if (layout.numel === 0)
        return;
    const r = roundTo(layout.dtype);
    const f = Math.fround;
    let result;
    if (p > 0.3) {
        const lo = r(a);
        const hi = r(b);
        normalHalfFill(layout, mean, std, engine, capability);
        result = gather(layout);
        const fresh = emptyLike(layout);
        for (;;) {
            let any = false;
            for (let k = 0; k < result.length && !any; k++)
                any = result[k] < lo || result[k] > hi;
            if (!any)
                break;
            normalHalfFill(fresh, mean, std, engine, capability);
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
        const m = r(mean);
        const s = f(std);
        const lp = r(logPeak);
        // sub_(mean).div_(std).pow_(2).mul_(-0.5).sub_(log_peak), each rounded to the dtype.
        const logDensity = (x) => {
            const z = r(f(r(x - m) / s));
            return r(r(r(z * z) * -0.5) - lp);
        };
        const logUniform = (x) => {
            const v = Float32Array.from(gather(x));
            return Array.from(tensorLog(v, capability), r);
        };
        uniformHalfFill(layout, a, b, engine, capability);
        result = gather(layout);
        const accept = emptyLike(layout);
        const candidates = emptyLike(layout);
        uniformHalfFill(accept, 0, 1, engine, capability);
        let u = logUniform(accept);
        const pending = new Uint8Array(result.length);
        let any = false;
        for (let k = 0; k < result.length; k++) {
            pending[k] = u[k] > logDensity(result[k]) ? 1 : 0;
            any ||= pending[k] === 1;
        }
        while (any) {
            uniformHalfFill(candidates, a, b, engine, capability);
            const proposed = gather(candidates);
            for (let k = 0; k < result.length; k++)
                if (pending[k])
                    result[k] = proposed[k];
            uniformHalfFill(accept, 0, 1, engine, capability);
            u = logUniform(accept);
            any = false;
            for (let k = 0; k < result.length; k++) {
                if (pending[k]) {
                    pending[k] = u[k] > logDensity(proposed[k]) ? 1 : 0;
                    any ||= pending[k] === 1;
                }
            }
        }
    }
    const bits = toBits(layout.dtype);
    const data = layout.data;
    forEachRowMajor(layout, (i, k) => {
        data[i] = bits(result[k]);
    });
}
