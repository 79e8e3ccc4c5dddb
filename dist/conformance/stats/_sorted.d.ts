/**
 * Private: a sorted float64 copy of a sample.
 *
 * @module
 */
/**
 * The sample as a new ascending Float64Array, or `undefined` if it contains
 * NaN. Throws on an empty sample or a non-numeric element.
 */
export declare function sortedSample(data: ArrayLike<number>, what: string): Float64Array | undefined;
