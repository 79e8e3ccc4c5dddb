/**
 * Private argument checks shared by the statistics functions.
 *
 * @module
 */
/** Throws unless `value` is a finite number. */
export declare function requireFinite(value: number, name: string, what: string): number;
/** Throws unless `std` is a finite number above 0. */
export declare function requireStd(std: number, what: string): number;
/** Throws unless `lo < hi` (each finite, or ±Infinity when `infinite` allows it). */
export declare function requireInterval(lo: number, hi: number, names: [string, string], what: string, infinite?: boolean): void;
/** Throws unless `n` is an integer ≥ `min`. */
export declare function requireCount(n: number, name: string, what: string, min?: number): number;
