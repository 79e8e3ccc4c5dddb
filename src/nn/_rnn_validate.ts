// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Argument checks shared by the recurrent, attention and transformer modules.
 *
 * @module
 */

import { show } from "./_options.ts";

/**
 * A dropout probability: a number in [0, 1] (torch's "dropout should be a
 * number in range [0, 1]" / "dropout probability has to be between 0 and 1").
 */
export function dropoutOf(value: unknown, what: string, name = "dropout"): number {
  if (typeof value !== "number") {
    throw new TypeError(
      `${what}: ${name} must be a number, received ${typeof value} ${show(value)}`,
    );
  }
  if (!(value >= 0 && value <= 1)) {
    throw new RangeError(`${what}: ${name} must be in [0, 1], received ${value}`);
  }
  return value;
}
