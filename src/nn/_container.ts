// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Index handling shared by Sequential and ModuleList.
 *
 * @module
 */

import { Module, rawModules } from "./module.ts";
import { show } from "./_options.ts";

/** torch's `_get_abs_string_index`: an index in [-length, length), made non-negative. */
export function absIndex(idx: unknown, length: number, what: string): number {
  if (typeof idx !== "number" || !Number.isInteger(idx)) {
    throw new TypeError(`${what}: index must be an integer, received ${show(idx)}`);
  }
  if (idx < -length || idx >= length) {
    throw new RangeError(`${what}: index ${idx} is out of range for length ${length}`);
  }
  return idx < 0 ? idx + length : idx;
}

/** A module (not null), else a TypeError. */
export function moduleArg(m: unknown, name: string, what: string): Module {
  if (!(m instanceof Module)) {
    throw new TypeError(`${what}: ${name} must be a Module, received ${show(m)}`);
  }
  return m;
}

/** Python's slice bounds for `[start:end]` over `length` items. */
export function sliceBounds(
  start: number | undefined,
  end: number | undefined,
  length: number,
  what: string,
): [number, number] {
  const clamp = (v: number | undefined, dflt: number, name: string): number => {
    if (v === undefined) return dflt;
    if (typeof v !== "number" || !Number.isInteger(v)) {
      throw new TypeError(`${what}: ${name} must be an integer, received ${show(v)}`);
    }
    const x = v < 0 ? v + length : v;
    return Math.min(Math.max(x, 0), length);
  };
  return [clamp(start, 0, "start"), clamp(end, length, "end")];
}

/** Remove every child of `m` and register `modules` as "0", "1", … (torch's renumbering). */
export function renumber(m: Module, modules: readonly (Module | null)[]): void {
  for (const name of [...rawModules(m).keys()]) Reflect.deleteProperty(m, name);
  modules.forEach((c, i) => m.registerModule(String(i), c));
}
