/* @ts-self-types="./_validate.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Private argument checks shared by the statistics functions.
 *
 * @module
 */
/** Throws unless `value` is a finite number. */
export function requireFinite(value, name, what) {
    if (typeof value !== "number" || !Number.isFinite(value)) {
        throw new RangeError(`${what}: ${name} must be a finite number, received ${value}`);
    }
    return value;
}
/** Throws unless `std` is a finite number above 0. */
export function requireStd(std, what) {
    requireFinite(std, "std", what);
    if (!(std > 0))
        throw new RangeError(`${what}: std must be greater than 0, received ${std}`);
    return std;
}
/** Throws unless `lo < hi` (each finite, or ±Infinity when `infinite` allows it). */
export function requireInterval(lo, hi, names, what, infinite = false) {
    for (const [value, name] of [[lo, names[0]], [hi, names[1]]]) {
        if (typeof value !== "number" || Number.isNaN(value) || (!infinite && !Number.isFinite(value))) {
            throw new RangeError(`${what}: ${name} must be a ${infinite ? "" : "finite "}number, received ${value}`);
        }
    }
    if (!(lo < hi)) {
        throw new RangeError(`${what}: ${names[0]} must be less than ${names[1]}, received ${names[0]}=${lo}, ${names[1]}=${hi}`);
    }
}
/** Throws unless `n` is an integer ≥ `min`. */
export function requireCount(n, name, what, min = 1) {
    if (typeof n !== "number" || !Number.isSafeInteger(n) || n < min) {
        throw new RangeError(`${what}: ${name} must be an integer ≥ ${min}, received ${n}`);
    }
    return n;
}
