// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Private argument checks shared by the statistics functions.
 *
 * @module
 */

/** Throws unless `value` is a finite number. */
export function requireFinite(value: number, name: string, what: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new RangeError(`${what}: ${name} must be a finite number, received ${value}`);
  }
  return value;
}

/** Throws unless `std` is a finite number above 0. */
export function requireStd(std: number, what: string): number {
  requireFinite(std, "std", what);
  if (!(std > 0)) throw new RangeError(`${what}: std must be greater than 0, received ${std}`);
  return std;
}

/** Throws unless `lo < hi` (each finite, or ±Infinity when `infinite` allows it). */
export function requireInterval(
  lo: number,
  hi: number,
  names: [string, string],
  what: string,
  infinite = false,
): void {
  for (const [value, name] of [[lo, names[0]], [hi, names[1]]] as const) {
    if (
      typeof value !== "number" || Number.isNaN(value) || (!infinite && !Number.isFinite(value))
    ) {
      throw new RangeError(
        `${what}: ${name} must be a ${infinite ? "" : "finite "}number, received ${value}`,
      );
    }
  }
  if (!(lo < hi)) {
    throw new RangeError(
      `${what}: ${names[0]} must be less than ${names[1]}, received ${names[0]}=${lo}, ${
        names[1]
      }=${hi}`,
    );
  }
}

/** Throws unless `n` is an integer ≥ `min`. */
export function requireCount(n: number, name: string, what: string, min = 1): number {
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < min) {
    throw new RangeError(`${what}: ${name} must be an integer ≥ ${min}, received ${n}`);
  }
  return n;
}
