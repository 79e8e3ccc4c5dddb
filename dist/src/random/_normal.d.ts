/**
 * Mirror of ATen's CPU `normal_` kernel (`normal_kernel` in
 * `aten/src/ATen/native/cpu/DistributionTemplates.h`, torch 1.13).
 *
 * Path selection:
 * - contiguous with at least 16 elements: the *fill* path. Every element first
 *   receives a uniform in [0, 1); each full block of 16 is then turned into 16
 *   normals by Box–Muller (first 8 uniforms give the radius, last 8 the angle);
 *   if the size is not a multiple of 16, 16 fresh uniforms overwrite the last
 *   16 positions and are transformed again. float32 uses the AVX2 block
 *   transform (`log256_ps`/`sincos256_ps`) in the AVX2/AVX-512 builds and
 *   libm's `logf`/`cosf`/`sinf` in the default build; float64 uses libm's
 *   `log`/`cos`/`sin` in double.
 * - otherwise: the *scalar* path. Each element, in TensorIterator order, draws a
 *   double normal with `normal_distribution<double>`, which keeps the second
 *   Box–Muller sample cached in the generator across calls.
 *
 * @module
 */
import { type CpuCapability } from "./capability.js";
import type { Engine } from "./generator.js";
import { type Layout } from "../_layout.js";
/**
 * One sample of `at::normal_distribution<double>(mean, std)` on `engine`:
 * the cached sine sample if there is one, else a fresh Box–Muller pair whose
 * radius is `sqrt(-2 log(1 - u2))` (torch 1.13) or `sqrt(-2 log1p(-u2))`
 * (torch 2.x, `log1p` true).
 */
export declare function normalScalar(engine: Engine, mean: number, std: number, fused: boolean, log1pRadius?: boolean): number;
/**
 * Fill `layout` with normal values exactly as torch's CPU `normal_` does for
 * `capability`. `mean`/`std` are the Python doubles passed to torch.
 */
export declare function normalFill(layout: Layout, mean: number, std: number, engine: Engine, capability: CpuCapability): void;
