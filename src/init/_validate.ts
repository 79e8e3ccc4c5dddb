// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Argument checks shared by the initializers. Every check runs before the
 * first write or draw, so a throwing call changes nothing.
 *
 * @module
 */

/** Show a value in an error message. */
export function show(x: unknown): string {
  if (typeof x === "string") return JSON.stringify(x);
  if (typeof x === "bigint") return `${x}n`;
  if (x === null || typeof x !== "object") return String(x);
  return Array.isArray(x) ? `[${x.map(show).join(", ")}]` : (x.constructor?.name ?? "object");
}

/** A finite number, or a TypeError/RangeError naming `name`. */
export function finite(value: unknown, name: string, what: string): number {
  if (typeof value !== "number") {
    throw new TypeError(
      `${what}: ${name} must be a number, received ${typeof value} ${show(value)}`,
    );
  }
  if (!Number.isFinite(value)) {
    throw new RangeError(`${what}: ${name} must be finite, received ${value}`);
  }
  return value;
}

/** Largest finite value of each dtype. */
export const DTYPE_MAX = { float32: 3.4028234663852886e38, float64: Number.MAX_VALUE } as const;

/** An options object (or undefined), else a TypeError. */
export function optionsObject<T extends object>(options: T | undefined, what: string): T {
  if (options === undefined) return {} as T;
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`${what}: options must be an object, received ${show(options)}`);
  }
  return options;
}
