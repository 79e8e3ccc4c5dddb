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
import { forEachRowMajor } from "../_layout.js";
import { normalHalfFill, uniformHalfFill } from "../random/_half.js";
import { fromBits, roundTo, toBits } from "../_half.js";
import { emptyLikeStrides, rejectionTruncNormal } from "./_rejection_core.js";
import { elementLog } from "./_tensor_log.js";
/** `empty_like(x)` for a half layout. */
function emptyLike(x) {
    const { shape, numel, dtype } = x;
    const { strides, contiguous } = emptyLikeStrides(x);
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
    const r = roundTo(layout.dtype);
    const bits = toBits(layout.dtype);
    const log32 = elementLog(true, capability);
    const ops = {
        emptyLike,
        normal: (x, m, s) => normalHalfFill(x, m, s, engine, capability),
        uniform: (x, lo, hi) => uniformHalfFill(x, lo, hi, engine, capability),
        values: gather,
        // log_() on a half tensor: the float32 log of each value, rounded to the dtype.
        logOf: (v) => r(log32(Math.fround(v))),
        round: r,
        compute: Math.fround,
        store(x, values) {
            const data = x.data;
            forEachRowMajor(x, (i, k) => {
                data[i] = bits(values[k]);
            });
        },
    };
    rejectionTruncNormal(layout, layout.numel, ops, { mean, std, a, b, p });
}
