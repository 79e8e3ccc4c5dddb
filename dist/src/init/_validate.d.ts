/**
 * Argument checks shared by the initializers. Every check runs before the
 * first write or draw, so a throwing call changes nothing.
 *
 * @module
 */
import { type Layout } from "../_layout.js";
/** Show a value in an error message. */
export declare function show(x: unknown): string;
/** A finite number, or a TypeError/RangeError naming `name`. */
export declare function finite(value: unknown, name: string, what: string): number;
/** Largest finite value of each dtype. */
export declare const DTYPE_MAX: {
    readonly float32: 3.4028234663852886e+38;
    readonly float64: any;
};
/** An options object (or undefined), else a TypeError. */
export declare function optionsObject<T extends object>(options: T | undefined, what: string): T;
/** Write `value` (already rounded to the dtype) to every element of `layout`. */
export declare function fillLayout(layout: Layout, value: number): void;
/** Round a double to the layout's dtype, as a `static_cast<scalar_t>`. */
export declare function toDtype(layout: Layout, x: number): number;
/** The flat index of `indices` in `layout`. */
export declare function indexOf(layout: Layout, indices: readonly number[]): number;
/** Throw a TypeError unless the tensor's rank is one of `ranks`. */
export declare function requireRank(layout: Layout, ranks: readonly number[], what: string, expected: string): void;
