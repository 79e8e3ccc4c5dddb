/**
 * Upsample's modes and scale factor check.
 *
 * @module
 */
/** The interpolation algorithms of {@linkcode Upsample}. */
export type UpsampleMode = "nearest" | "linear" | "bilinear" | "bicubic" | "trilinear" | "area" | "nearest-exact";
/** Every {@linkcode UpsampleMode}. */
export declare const UPSAMPLE_MODES: readonly UpsampleMode[];
/** A positive scale factor or an array of them (torch stores floats). */
export declare function checkScaleFactor(value: unknown, what: string): number | number[];
