/**
 * Every `torch.nn.init` function on float16 and bfloat16 tensors, as each
 * torch release computes it (see `src/random/_half.ts` for the kernels).
 * The public functions dispatch here when `tensor.data` is a `Uint16Array`;
 * validation follows the float path's order and messages, then torch's own
 * half-precision refusals follow, with the generator moved exactly as far as
 * torch moves it before it refuses:
 *
 * - `trunc_normal_` on float16 in torch 1.13: `uniform_` runs (draws, and
 *   writes its values into the tensor), then `erfinv_` refuses
 *   (`"erfinv_vml_cpu" not implemented for 'Half'`).
 * - `eye_` on bfloat16 in torch 1.13: `"eye" not implemented for 'BFloat16'`,
 *   nothing drawn or written.
 * - `orthogonal_` in every release: `normal_(0, 1)` on a fresh rows × cols
 *   half tensor (drawn), then LAPACK's `geqrf` refuses
 *   (`"geqrf_cpu" not implemented for 'Half'`); the tensor is untouched.
 * - `constant_` with a value beyond the dtype's largest finite value:
 *   `value cannot be converted to type at::Half without overflow`.
 *
 * @module
 */
import type { Tensor } from "../tensor.js";
import { type Generator } from "../random/generator.js";
import { type FanMode } from "./_kaiming.js";
import type { Nonlinearity } from "./calculate_gain.js";
/** Options of the random initializers, as the public functions take them. */
export interface HalfInitOptions {
    a?: number;
    b?: number;
    mean?: number;
    std?: number;
    gain?: number;
    mode?: FanMode;
    nonlinearity?: Nonlinearity;
    groups?: number;
    generator?: Generator;
    generatorForPermutations?: boolean;
}
/** `uniform_(a, b)` on a half tensor. */
export declare function halfUniform(tensor: Tensor<Uint16Array> & {
    dtype?: unknown;
}, options?: HalfInitOptions): void;
/** `normal_(mean, std)` on a half tensor. */
export declare function halfNormal(tensor: Tensor<Uint16Array> & {
    dtype?: unknown;
}, options?: HalfInitOptions): void;
/** `trunc_normal_(mean, std, a, b)` on a half tensor. */
export declare function halfTruncNormal(tensor: Tensor<Uint16Array> & {
    dtype?: unknown;
}, options?: HalfInitOptions): void;
/** `constant_(val)` on a half tensor. */
export declare function halfConstant(tensor: Tensor<Uint16Array> & {
    dtype?: unknown;
}, val: number): void;
/** `ones_` / `zeros_` on a half tensor. */
export declare function halfFillValue(tensor: Tensor<Uint16Array> & {
    dtype?: unknown;
}, value: 0 | 1, what: string): void;
/** `eye_` on a half tensor. */
export declare function halfEye(tensor: Tensor<Uint16Array>): void;
/** `dirac_(groups)` on a half tensor. */
export declare function halfDirac(tensor: Tensor<Uint16Array> & {
    dtype?: unknown;
}, options?: HalfInitOptions): void;
/** `xavier_uniform_` / `xavier_normal_` on a half tensor. */
export declare function halfXavier(tensor: Tensor<Uint16Array> & {
    dtype?: unknown;
}, options: HalfInitOptions | undefined, normal: boolean): void;
/** `kaiming_uniform_` / `kaiming_normal_` on a half tensor. */
export declare function halfKaiming(tensor: Tensor<Uint16Array> & {
    dtype?: unknown;
}, options: HalfInitOptions | undefined, normal: boolean): void;
/** `orthogonal_(gain)` on a half tensor: the draws, then LAPACK's refusal. */
export declare function halfOrthogonal(tensor: Tensor<Uint16Array> & {
    dtype?: unknown;
}, options?: HalfInitOptions): void;
/** `sparse_(sparsity, std)` on a half tensor. */
export declare function halfSparse(tensor: Tensor<Uint16Array> & {
    dtype?: unknown;
}, sparsity: number, options?: HalfInitOptions): void;
