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
import { type Layout } from "../_layout.js";
import type { CpuCapability } from "../random/capability.js";
import type { Engine } from "../random/generator.js";
/**
 * Fill `layout` as torch 2.14's `trunc_normal_(mean, std, a, b)`; `p` is
 * `norm_cdf(β) − norm_cdf(α)` computed as torch does.
 */
export declare function truncNormalRejection(layout: Layout, mean: number, std: number, a: number, b: number, p: number, engine: Engine, capability: CpuCapability): void;
