/**
 * Index handling shared by Sequential and ModuleList.
 *
 * @module
 */
import { Module } from "./module.js";
/** torch's `_get_abs_string_index`: an index in [-length, length), made non-negative. */
export declare function absIndex(idx: unknown, length: number, what: string): number;
/** A module (not null), else a TypeError. */
export declare function moduleArg(m: unknown, name: string, what: string): Module;
/** Python's slice bounds for `[start:end]` over `length` items. */
export declare function sliceBounds(start: number | undefined, end: number | undefined, length: number, what: string): [number, number];
/** Remove every child of `m` and register `modules` as "0", "1", … (torch's renumbering). */
export declare function renumber(m: Module, modules: readonly (Module | null)[]): void;
