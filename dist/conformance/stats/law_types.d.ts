/**
 * The continuous laws `torch.nn.init` samples from, as plain data: the
 * argument of {@linkcode lawCdf} and of the tests built on it.
 *
 * @module
 */
/** U(a, b): what `nn.init.uniform_(t, a, b)` samples. */
export interface UniformLaw {
    /** Discriminant. */
    kind: "uniform";
    /** Lower bound, finite. */
    a: number;
    /** Upper bound, finite, above `a`. */
    b: number;
}
/** N(mean, std²): what `nn.init.normal_(t, mean, std)` samples. */
export interface NormalLaw {
    /** Discriminant. */
    kind: "normal";
    /** Mean, finite. */
    mean: number;
    /** Standard deviation, finite, above 0. */
    std: number;
}
/**
 * N(mean, std²) truncated to the absolute bounds [a, b]: what
 * `nn.init.trunc_normal_(t, mean, std, a, b)` samples.
 */
export interface TruncNormalLaw {
    /** Discriminant. */
    kind: "truncNormal";
    /** Mean of the underlying normal, finite. */
    mean: number;
    /** Standard deviation of the underlying normal, finite, above 0. */
    std: number;
    /** Lower bound (absolute, not in units of std); may be −Infinity. */
    a: number;
    /** Upper bound (absolute), above `a`; may be Infinity. */
    b: number;
}
/** One of the continuous laws `torch.nn.init` samples from. */
export type Law = UniformLaw | NormalLaw | TruncNormalLaw;
