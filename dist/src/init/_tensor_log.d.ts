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
import type { CpuCapability } from "../random/capability.js";
/** The function `log_()` applies to each element of a float32 or float64 tensor on `capability`. */
export declare function elementLog(float32: boolean, capability: CpuCapability): (x: number) => number;
/** `values.log_()` for `capability`, in place; returns `values`. */
export declare function tensorLog(values: Float32Array | Float64Array, capability: CpuCapability): Float32Array | Float64Array;
