/**
 * Householder QR in double precision, for `orthogonal`. LAPACK's `geqrf` +
 * `orgqr` (what `torch.linalg.qr` calls) cannot be reproduced bit for bit, so
 * this computes the same mathematical object: the reduced Q of a tall matrix,
 * with each column multiplied by the sign of R's diagonal entry — the unique
 * Q whose R has a positive diagonal (a zero diagonal entry zeroes the column,
 * as `sign(0) = 0` does in torch).
 *
 * The factorisation is blocked the way LAPACK blocks it: a panel of `NB`
 * columns is reduced one reflector at a time, its reflectors are gathered into
 * the compact WY form `H = I - V T Vᵀ`, and the rest of the matrix is updated
 * with two matrix products (`W = Vᵀ C`, `C -= V (Tᵀ W)`); Q is then formed in
 * place, block by block from the last, the same way. The O(n³) work goes
 * through three kernels ({@linkcode QrKernels}) whose arithmetic is fixed
 * element by element (see their docs): the plain TypeScript kernels here and
 * the WebAssembly SIMD kernels in `_qr_kernels.wat` perform the same IEEE
 * operations in the same order, so both paths give the same bits. The module
 * also holds the driver itself (`qr`, the steps of `qrInPlace` below, with
 * the reflector and the sign fix as {@linkcode QrKernels} members) and the
 * copies in and out of {@linkcode orthogonalFill}, so that a first call runs
 * compiled code rather than this file's loops in the interpreter.
 *
 * @module
 */
/**
 * Panel width: how many reflectors are gathered into one block. 12 to 24 ran
 * equally fast at 1024×1024 with these kernels, 16 fastest at 256×256.
 */
export declare const NB = 16;
/**
 * The kernels. Every argument is an index into one shared `Float64Array`
 * (`mem`); V and C are column-major with leading dimensions `ldv` and `ldc`,
 * and W is a `b × nc` row-major block at `w` (W[p, j] at `w + p * nc + j`).
 */
export interface QrKernels {
    /** The memory every index refers to. */
    readonly mem: Float64Array;
    /**
     * `W[p, j] = Σ_i V[i, p] · C[i, j]` over `i < len`, for `p < b`, `j < nc`.
     * Each dot product is summed in two interleaved partial sums, one over even
     * `i` and one over odd `i` (in increasing `i`, each starting from 0), added
     * together, and then the last product is added if `len` is odd.
     */
    dots(v: number, ldv: number, b: number, c: number, ldc: number, nc: number, len: number, w: number): void;
    /**
     * `C[i, j] -= V[i, p] · W[p, j]` for `p = 0, 1, …, b - 1` in that order (one
     * rounded multiply and one rounded subtraction per step), for `i < len`,
     * `j < nc`.
     */
    update(v: number, ldv: number, b: number, c: number, ldc: number, nc: number, len: number, w: number): void;
    /**
     * In place, for the b×b upper triangular T (column-major at `t`):
     * `transpose` 1: W ← Tᵀ W, row p = Σ_{q=0..p} T[q, p] W[q, ·], rows from
     * the last up; `transpose` 0: W ← T W, row p = Σ_{q=p..b-1} T[p, q] W[q, ·],
     * rows from the first down. Each sum starts from 0 and runs in increasing q.
     */
    triangular(t: number, b: number, w: number, nc: number, transpose: number): void;
    /**
     * The Householder reflector of the `l` (≥ 1) values at `x`: `norm2` summed
     * in increasing i from 0, `alpha = x[0]`, `norm = √norm2`; a zero norm
     * stores 0 at `tau` and `diag` and returns 0 (x untouched); otherwise
     * `beta = alpha ≥ 0 ? -norm : norm`, `x[i] *= 1 / (alpha - beta)` for
     * `1 ≤ i < l`, `tau = (beta - alpha) / beta` and `beta` are stored, and 1
     * is returned.
     */
    reflector(x: number, l: number, tau: number, diag: number): number;
    /**
     * torch's sign fix on the m×n column-major Q at `a`: column j kept when
     * `diag[j] > 0`, negated when `diag[j] < 0`, zeroed otherwise (0, NaN).
     */
    signFix(a: number, m: number, n: number, diag: number): void;
}
/** The reference kernels, in plain TypeScript, on `mem`. */
export declare function tsKernels(mem: Float64Array): QrKernels;
/** Which kernels {@linkcode signFixedQ} uses. */
export type QrBackend = "wasm" | "ts";
/** Whether the WebAssembly SIMD kernels can run here. */
export declare function wasmAvailable(): boolean;
/**
 * The sign-fixed reduced Q of the m×n matrix `a` (m ≥ n), given column-major
 * (`a[i + j * m]`). Returns Q column-major (m×n), with column j multiplied by
 * sign(R[j][j]). `a` itself is left as is. `backend` picks the kernels
 * (default: WebAssembly where available, for all but small problems); both
 * give the same bits.
 */
export declare function signFixedQ(a: Float64Array, m: number, n: number, backend?: QrBackend): Float64Array;
/**
 * `orthogonal_`'s values for the rows×cols row-major matrix `flat` of normal
 * draws: {@linkcode orthogonalQ} times `gain`, row-major, in `flat`'s dtype
 * (float32: `fround(fround(q) · fround(gain))`, float64: `q · gain`). With the
 * WebAssembly kernels the copies in and out run in the module too (they are
 * as many element steps as a 64×64 QR's panel work, and cold JavaScript runs
 * them slowly on a first call), and the result is a view of the module's
 * memory, valid until the next call: copy it out at once. `flat` is left as is.
 */
export declare function orthogonalFill(flat: Float32Array | Float64Array, rows: number, cols: number, gain: number, backend?: QrBackend): Float32Array | Float64Array;
/**
 * What `torch.linalg.qr` gives `orthogonal_` for the rows×cols matrix `flat`
 * (row-major): Q of `flat` when rows ≥ cols, else Qᵀ of `flatᵀ`, with torch's
 * sign fix, as a new row-major rows×cols array. `flat` is left as is.
 */
export declare function orthogonalQ(flat: Float32Array | Float64Array, rows: number, cols: number, backend?: QrBackend): Float64Array;
