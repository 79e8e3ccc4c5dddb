/* @ts-self-types="./_tensor_log.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `Tensor.log_()` on CPU as torch 2.14 computes it, element by element: the
 * default build calls glibc's `logf`/`log`; the AVX2/AVX-512 builds call
 * SLEEF's vectorised `Sleef_logf8_u10`/`Sleef_logd4_u10` (AVX-512:
 * `Sleef_logf16_u10`/`Sleef_logd8_u10`, same results), which differ from
 * glibc in the last bit on about 1.5% (float32) and 2.9% (float64) of
 * uniforms in (0, 1) (measured against torch 2.14.1 on 2^16 `torch.rand`
 * values each). torch's `vec::map` sends a tail shorter than a vector through
 * the same SLEEF function (a partially loaded vector), so every element takes
 * SLEEF's result, whatever the numel (measured for numel 1..40 and a strided
 * view).
 *
 * @module
 */
import { log, logf } from "../random/_libm.js";
import { sleefLog, sleefLogf } from "../random/_sleef_log.js";
/** The function `log_()` applies to each element of a float32 or float64 tensor on `capability`. */
export function elementLog(float32, capability) {
    return capability === "default" ? (float32 ? logf : log) : float32 ? sleefLogf : sleefLog;
}
/** `values.log_()` for `capability`, in place; returns `values`. */
export function tensorLog(values, capability) {
    const fn = elementLog(values instanceof Float32Array, capability);
    for (let i = 0; i < values.length; i++)
        values[i] = fn(values[i]);
    return values;
}
