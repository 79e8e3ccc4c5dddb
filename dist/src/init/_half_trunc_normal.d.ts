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
import { type HalfLayout } from "../_layout.js";
import type { CpuCapability } from "../random/capability.js";
import type { Engine } from "../random/generator.js";
/** torch 2.14's `trunc_normal_(mean, std, a, b)` on a half tensor; `p` as torch computes it. */
export declare function halfTruncNormalRejection(layout: HalfLayout, mean: number, std: number, a: number, b: number, p: number, engine: Engine, capability: CpuCapability): void;
