/* @ts-self-types="./_sorted.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Private: a sorted float64 copy of a sample.
 *
 * @module
 */
/**
 * The sample as a new ascending Float64Array, or `undefined` if it contains
 * NaN. Throws on an empty sample or a non-numeric element.
 */
export function sortedSample(data, what) {
    if (data === null || typeof data !== "object" || typeof data.length !== "number") {
        throw new TypeError(`${what}: data must be an array or typed array of numbers`);
    }
    const n = data.length;
    if (n < 1)
        throw new RangeError(`${what}: data must not be empty`);
    const sorted = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        const x = data[i];
        if (typeof x !== "number") {
            throw new TypeError(`${what}: data[${i}] must be a number, received ${typeof x}`);
        }
        if (Number.isNaN(x))
            return undefined;
        sorted[i] = x;
    }
    return sorted.sort();
}
