// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Upsample's modes and scale factor check.
 *
 * @module
 */

import { num, show } from "./_options.ts";

/** The interpolation algorithms of {@linkcode Upsample}. */
export type UpsampleMode =
  | "nearest"
  | "linear"
  | "bilinear"
  | "bicubic"
  | "trilinear"
  | "area"
  | "nearest-exact";

/** Every {@linkcode UpsampleMode}. */
export const UPSAMPLE_MODES: readonly UpsampleMode[] = [
  "nearest",
  "linear",
  "bilinear",
  "bicubic",
  "trilinear",
  "area",
  "nearest-exact",
];

/** A positive scale factor or an array of them (torch stores floats). */
export function checkScaleFactor(value: unknown, what: string): number | number[] {
  const one = (v: unknown, name: string): number => {
    const x = num(v, name, what);
    if (!(x > 0)) throw new RangeError(`${what}: ${name} must be positive, received ${show(x)}`);
    return x;
  };
  if (Array.isArray(value)) return value.map((v, i) => one(v, `scaleFactor[${i}]`));
  return one(value, "scaleFactor");
}
