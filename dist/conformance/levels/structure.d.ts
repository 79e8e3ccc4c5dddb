/**
 * Level 2, structure: `eye_` (tall, wide, square), `dirac_` (1-, 2- and 3-D
 * kernels of even and odd sizes, with and without groups) and
 * `constant_`/`ones_`/`zeros_` exactly, element by element against torch's
 * placement (written out here, independently of any port); `orthogonal_`
 * gives WᵀW or WWᵀ = gain²·I within a stated tolerance for tall, wide and
 * >2-D shapes; `sparse_` zeroes exactly `ceil(sparsity * rows)` entries per
 * column (sparsities where floor and ceil differ, products just above an
 * integer, several row counts); and the refusals torch makes for wrong ranks
 * and groups.
 *
 * @module
 */
import { type LevelContext } from "./_common.js";
/** Orthogonality tolerance (max |WᵀW − gain²I| / gain²), per dtype. */
export declare const ORTHOGONALITY_TOLERANCE: {
    readonly float32: 0.0001;
    readonly float64: 1e-10;
};
/**
 * torch's `dirac_` placement, written out independently of any port: zeros, then for each
 * group g and channel d < min(out / groups, in) a 1 at
 * `[g · out / groups + d, d, k₀ // 2, k₁ // 2, …]` (floor of half of each kernel size, so the
 * right-of-centre element for even sizes).
 */
export declare function diracExpected(shape: number[], groups: number, dtype: "float32" | "float64"): Float32Array | Float64Array;
/** torch's `eye_`: ones at [i, i] for i < min(rows, cols), zeros elsewhere (row-major). */
export declare function eyeExpected(shape: number[], dtype: "float32" | "float64"): Float32Array | Float64Array;
/** `dirac_` cases: 1-, 2- and 3-D kernels of even and odd sizes, with and without groups. */
export declare const DIRAC_CASES: readonly [number[], number][];
/** `eye_` shapes: tall, wide, square, one row, one column. */
export declare const EYE_SHAPES: readonly number[][];
/**
 * `sparse_` cases [shape, sparsity, std]: per column torch zeroes `ceil(sparsity · rows)`
 * entries, the product taken in float64 (0.07 · 100 = 7.000000000000001, so 8 zeros; 0.56 · 25
 * = 14.000000000000002, so 15), with
 * sparsities whose floor and ceil differ on several row counts.
 */
export declare const SPARSE_CASES: readonly [number[], number, number][];
/** max |MᵀM − g²I| / g² over the smaller Gram matrix of the rows×cols view. */
export declare function orthogonalityError(data: ArrayLike<number>, rows: number, cols: number, gain: number): number;
/** Run level 2 on `ctx.port`. */
export declare function runStructure(ctx: LevelContext): Promise<void>;
/**
 * Zeros beyond `ceil(sparsity · rows)` per column that a half `sparse_` case may have in total
 * (values of its `normal_` that round to zero, float16 only): over the 16 cases the expected
 * count is 4.4e-3 (2048 values of std 0.01, the others negligible), so 5 or more has
 * probability below 1.5e-14; a port zeroing one entry too many per column exceeds it on every
 * case with 5 or more columns.
 */
export declare const HALF_SPARSE_EXTRA = 4;
