/* @ts-self-types="./_upsample_mode.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Upsample's modes and scale factor check.
 *
 * @module
 */
import { num, show } from "./_options.js";
/** Every {@linkcode UpsampleMode}. */
export const UPSAMPLE_MODES = [
    "nearest",
    "linear",
    "bilinear",
    "bicubic",
    "trilinear",
    "area",
    "nearest-exact",
];
/** A positive scale factor or an array of them (torch stores floats). */
export function checkScaleFactor(value, what) {
    const one = (v, name) => {
        const x = num(v, name, what);
        if (!(x > 0))
            throw new RangeError(`${what}: ${name} must be positive, received ${show(x)}`);
        return x;
    };
    if (Array.isArray(value))
        return value.map((v, i) => one(v, `scaleFactor[${i}]`));
    return one(value, "scaleFactor");
}
