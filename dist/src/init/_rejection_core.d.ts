/**
 * The dtype-independent part of torch 2.14's rejection-sampling
 * `trunc_normal_` (`_no_grad_trunc_normal_` in `torch/nn/init.py`), shared by
 * the float path (`_trunc_normal_rejection.ts`) and the half path
 * (`_half_trunc_normal.ts`). Each path supplies its kernels and the rounding
 * of its dtype through {@linkcode RejectionOps}.
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
/** The shape part of a layout, enough for `empty_like`. */
export interface StridedShape {
    readonly shape: readonly number[];
    readonly strides: readonly number[];
    readonly numel: number;
}
/** `empty_like(x)`'s strides: x's when x is dense (non-overlapping, no gaps), else contiguous. */
export declare function emptyLikeStrides(x: StridedShape): {
    strides: number[];
    contiguous: boolean;
};
/** What the rejection sampler needs of a dtype's tensors of layout type `L`. */
export interface RejectionOps<L> {
    /** `empty_like(x)`. */
    emptyLike(x: L): L;
    /** `x.normal_(mean, std)`, drawing from the engine. */
    normal(x: L, mean: number, std: number): void;
    /** `x.uniform_(a, b)`, drawing from the engine. */
    uniform(x: L, a: number, b: number): void;
    /** x's values in row-major order (possibly a view: read before the next fill of x). */
    values(x: L): ArrayLike<number>;
    /**
     * The element of `x.log_()` whose value was `v`, rounded to the dtype
     * (`log_` is elementwise, so only the elements still pending are computed).
     */
    logOf(v: number): number;
    /** Rounding of a double to the tensor's dtype. */
    round(x: number): number;
    /** Rounding of a double to the type torch's scalar arithmetic runs in (float for float32 and half). */
    compute(x: number): number;
    /** Write `values` (row-major) into x. */
    store(x: L, values: Float64Array): void;
}
/**
 * Fill `target` as torch 2.14's `trunc_normal_(mean, std, a, b)`; `p` is
 * `norm_cdf(β) − norm_cdf(α)` computed as torch does.
 */
export declare function rejectionTruncNormal<L>(target: L, numel: number, ops: RejectionOps<L>, params: {
    mean: number;
    std: number;
    a: number;
    b: number;
    p: number;
}): void;
