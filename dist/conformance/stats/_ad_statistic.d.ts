/**
 * Private: the Anderson–Darling statistic with its clamping count.
 *
 * @module
 */
/** CDF values are clamped to [2⁻⁵³, 1 − 2⁻⁵³] before taking logarithms. */
export declare const AD_CLAMP: number;
/** A² and how many CDF values were clamped. */
export interface AdStatistic {
    statistic: number;
    clamped: number;
}
/**
 * A² = −n − (1/n)·Σᵢ [(2i − 1)·ln uᵢ + (2n − 2i + 1)·ln(1 − uᵢ)] over the
 * sorted CDF values uᵢ = F(x₍ᵢ₎), summed with Neumaier's compensation.
 */
export declare function adStatistic(data: ArrayLike<number>, cdf: (x: number) => number, what: string): AdStatistic;
