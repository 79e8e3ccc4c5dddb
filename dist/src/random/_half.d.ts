/**
 * ATen's CPU `uniform_` and `normal_` kernels on float16 and bfloat16
 * tensors, per torch release (measured against real torch 1.13.1, 2.6.0 and
 * 2.14.1 on both capabilities, see golden/gen/half_cases.py).
 *
 * `uniform_` (`uniform_kernel`, `uniform_real_distribution<scalar_t>`):
 * - torch 1.13 and 2.6: one 32-bit draw per element, of which the low
 *   `numeric_limits<T>::digits` bits (11 for float16, 8 for bfloat16) give
 *   x in [0, 1); `from`, `to` and `to - from` are rounded to the dtype; the
 *   value `x * (to - from) + from` is computed in float (fused in the
 *   AVX2/AVX-512 builds) and rounded to the dtype.
 * - torch 2.14: the float32 kernel (24 random bits, bounds and range in
 *   float), then each value rounded to the dtype; one that rounds to `to`
 *   becomes `from` (both rounded to the dtype), so the range stays half-open.
 *
 * `normal_`, contiguous with at least 16 elements (`normal_fill`):
 * - torch 1.13 and 2.6: the generic `normal_fill<scalar_t>`: every element
 *   first receives a `uniform_(0, 1)` of the dtype (above), then each block of
 *   16 is Box–Muller transformed and a size that is not a multiple of 16
 *   redraws the last 16. The arithmetic is c10's: float16 in torch 1.13 has
 *   no `std::log`/`std::cos` overloads, so `log`, `sqrt`, `cos`, `sin` and
 *   `radius * cos * std + mean` run in float and only the named `scalar_t`
 *   temporaries are rounded; bfloat16 (1.13) and both types (2.6) have
 *   reduced-float overloads, so every function result and every product or
 *   sum of two half values is rounded to the dtype.
 * - torch 2.14: each full block of 16 takes 16 float32 uniforms and the
 *   float32 block transform (AVX2 or default build); a size that is not a
 *   multiple of 16 then takes 16 fresh uniforms, transforms them and writes
 *   the last 16 positions; every value is rounded to the dtype. So only
 *   `16 * ceil(n / 16)` words are drawn (float32 draws `n + 16`).
 *
 * `normal_` otherwise (scalar path): `normal_distribution<double>` per
 * element, then `static_cast<scalar_t>` (through float), in every release.
 *
 * @module
 */
import { type CpuCapability } from "./capability.js";
import type { Engine } from "./generator.js";
import { type HalfLayout } from "../_layout.js";
/** Fill `layout` as `uniform_(from, to)` on a half tensor for the current release. */
export declare function uniformHalfFill(layout: HalfLayout, from: number, to: number, engine: Engine, capability: CpuCapability): void;
/** Fill `layout` as `normal_(mean, std)` on a half tensor for the current release. */
export declare function normalHalfFill(layout: HalfLayout, mean: number, std: number, engine: Engine, capability: CpuCapability): void;
/** The values of a half layout in ATen's order (for tests). */
export declare function halfValues(layout: HalfLayout): number[];
