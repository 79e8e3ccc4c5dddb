/* @ts-self-types="./_container.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Index handling shared by Sequential and ModuleList.
 *
 * @module
 */
import { Module, rawModules } from "./module.js";
import { show } from "./_options.js";
/** torch's `_get_abs_string_index`: an index in [-length, length), made non-negative. */
export function absIndex(idx, length, what) {
    if (typeof idx !== "number" || !Number.isInteger(idx)) {
        throw new TypeError(`${what}: index must be an integer, received ${show(idx)}`);
    }
    if (idx < -length || idx >= length) {
        throw new RangeError(`${what}: index ${idx} is out of range for length ${length}`);
    }
    return idx < 0 ? idx + length : idx;
}
/** A module (not null), else a TypeError. */
export function moduleArg(m, name, what) {
    if (!(m instanceof Module)) {
        throw new TypeError(`${what}: ${name} must be a Module, received ${show(m)}`);
    }
    return m;
}
/** Python's slice bounds for `[start:end]` over `length` items. */
export function sliceBounds(start, end, length, what) {
    const clamp = (v, dflt, name) => {
        if (v === undefined)
            return dflt;
        if (typeof v !== "number" || !Number.isInteger(v)) {
            throw new TypeError(`${what}: ${name} must be an integer, received ${show(v)}`);
        }
        const x = v < 0 ? v + length : v;
        return Math.min(Math.max(x, 0), length);
    };
    return [clamp(start, 0, "start"), clamp(end, length, "end")];
}
/** Remove every child of `m` and register `modules` as "0", "1", … (torch's renumbering). */
export function renumber(m, modules) {
    for (const name of [...rawModules(m).keys()])
        Reflect.deleteProperty(m, name);
    modules.forEach((c, i) => m.registerModule(String(i), c));
}
