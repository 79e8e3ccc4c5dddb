/**
 * The module types {@linkcode buildModule} knows: torch 1.13's constructor
 * signature of each (parameter names in positional order), how many of them
 * this library's constructor takes positionally, torch's base classes (for
 * `isinstance` filters) and the constructor call; and where torch 2.6 / 2.14
 * read their arguments differently (a new parameter in the middle of the
 * positional order, RNN's positional `nonlinearity`, a new keyword-only one, a
 * new class), the signature of that release ({@linkcode moduleType} follows
 * `setTorchVersion`).
 *
 * @module
 */
import type { Module } from "./module.js";
import { type TorchVersion } from "../random/torch_version.js";
/** How one torch.nn class is built from a spec. */
export interface ModuleType {
    /** This library's class (exact class: `type(m)`). */
    cls: abstract new (...args: any[]) => Module;
    /** torch's parameter names, in positional order. */
    params: readonly string[];
    /** How many leading parameters this library's constructor takes positionally. */
    positional: number;
    /** How many leading parameters torch requires. */
    required?: number;
    /** Keyword-only parameters (torch's RNN `nonlinearity`). */
    keywordOnly?: readonly string[];
    /** Parameters that cannot come from JSON (refused by name). */
    unsupported?: readonly string[];
    /** Option names that are not the camelCase of torch's name. */
    rename?: Readonly<Record<string, string>>;
    /** torch's base classes below `Module`, nearest first (for isinstance). */
    bases?: readonly string[];
    /** The constructor draws (it takes `generator`). */
    draws?: boolean;
    /** torch's `*args` (Sequential): the positional arguments are the children. */
    variadic?: boolean;
    /** torch's `Identity(*args, **kwargs)`: arguments accepted and ignored. */
    ignoresArguments?: boolean;
    /** Not in `torch.nn` (a class filters may name, not a spec type). */
    internal?: boolean;
    /** Call the constructor. */
    create(positional: unknown[], options: Record<string, unknown>): Module;
    /** The first torch release that has the class (default: every release). */
    since?: TorchVersion;
    /** Signature changes: from release `since` on, these fields replace the ones above. */
    changes?: readonly ({
        since: TorchVersion;
    } & Partial<ModuleType>)[];
}
/** Every type a spec may name, by torch class name. */
export declare const MODULE_TYPES: Readonly<Record<string, ModuleType>>;
/**
 * The type `name` as the given torch release (default: the current one, see
 * `setTorchVersion`) reads its arguments, or `undefined` when that release
 * has no such class (or it is not a spec type).
 */
export declare function moduleType(name: string, version?: TorchVersion): ModuleType | undefined;
