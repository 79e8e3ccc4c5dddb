/**
 * Build a module from a torch-style JSON module spec (the format of
 * `golden/README.md`, section "Module cases").
 *
 * @module
 */
import type { Generator } from "../random/generator.js";
import { Module } from "./module.js";
/** A JSON argument value of a {@linkcode ModuleSpec}. */
export type SpecValue = null | boolean | number | string | ModuleSpec | readonly SpecValue[] | {
    readonly [key: string]: SpecValue;
};
/** An init call inside a re-init branch: on one attribute, or on own parameters by name. */
export type ReinitInit = {
    param: string;
    init: string;
    args?: Record<string, SpecValue>;
} | {
    params: ParameterMatch;
    init: string;
    args?: Record<string, SpecValue>;
};
/** A parameter-name filter: every given condition must hold. */
export interface ParameterMatch {
    /** `name.startsWith(...)`. */
    startswith?: string;
    /** `name.endsWith(...)`. */
    endswith?: string;
    /** `name.includes(...)`. */
    contains?: string;
    /** `p.shape.length >= minDim`. */
    min_dim?: number;
}
/** One branch of an if / elif chain run on each visited module. */
export interface ReinitBranch {
    /** torch's `isinstance(m, (A, B))`, by class name. */
    isinstance?: readonly string[];
    /** torch's `type(m).__name__ in [...]` (the exact class). */
    type_in?: readonly string[];
    /** torch's `m.__class__.__name__.find(s) != -1`. */
    class_name_contains?: string;
    /** The init calls, in order. */
    inits: readonly ReinitInit[];
}
/** A re-init step (see golden/README.md, "STEP: re-initialisation"). */
export type ReinitStep = {
    op: "modules" | "apply";
    branches: readonly ReinitBranch[];
} | {
    op: "call";
    target: string;
    init: string;
    args?: Record<string, SpecValue>;
} | {
    op: "named_parameters";
    match?: ParameterMatch;
    init: string;
    args?: Record<string, SpecValue>;
};
/**
 * A torch constructor call as data: `type` is the `torch.nn` class name,
 * `args` / `kwargs` torch's positional and keyword arguments (torch's
 * snake_case names), or `type: "Custom"` with ordered `children` (a user's
 * `nn.Module` subclass named `name`). `reinit` steps run right after the
 * module is built.
 */
export interface ModuleSpec {
    /** The torch.nn class name, or `"Custom"`. */
    type: string;
    /** Positional arguments, in torch's order. */
    args?: readonly SpecValue[];
    /** Keyword arguments, by torch's names. */
    kwargs?: {
        readonly [key: string]: SpecValue;
    };
    /** Re-init steps run on this module right after it is built. */
    reinit?: readonly ReinitStep[];
    /** Custom only: the class name (default `"Custom"`). */
    name?: string;
    /** Custom only: `[attribute, spec]` pairs assigned in order. */
    children?: readonly (readonly [string, ModuleSpec])[];
}
/** Options for {@linkcode buildModule}. */
export interface BuildModuleOptions {
    /** The generator every constructor and re-init step draws from. Default: the default generator. */
    generator?: Generator;
}
/**
 * Build a module from a torch-style module spec, as torch would after the
 * same `torch.manual_seed(s)`: nested specs are built first (positional
 * arguments, then keyword arguments in sorted key order, the order of the
 * golden files), then the module's constructor draws its default init, then
 * its `reinit` steps run (`modules()` loops, `apply`, `named_parameters()`
 * loops, direct `nn.init` calls). The whole spec is validated before anything
 * is built: an unknown type, keyword argument, init function, filter class or
 * step throws before any draw. The format is specified in `golden/README.md`,
 * section "Module cases".
 *
 * Arguments are bound as the current torch release (`setTorchVersion`) binds
 * them: under torch 2.x `RNN`'s fourth positional argument is `nonlinearity`,
 * `LayerNorm` and the Transformer classes take `bias` before `device` and
 * `Embedding` `_freeze` after `_weight`, and `RMSNorm` exists; under torch 2.14
 * the BatchNorm, InstanceNorm and GroupNorm classes take the keyword-only
 * `bias`. A spec that the release would refuse (a keyword it does not have, a
 * class it lacks) throws before any draw.
 *
 * @param spec The module spec: `{ type, args?, kwargs?, reinit? }` with torch's argument names, or `{ type: "Custom", name?, children, reinit? }`.
 * @param options The generator to draw from (default: the default generator).
 * @returns The built module.
 * @throws {TypeError} If the spec is malformed or names an unknown type, argument, init function or class, or a constructor or init function rejects an argument type.
 * @throws {RangeError} If a constructor or init function rejects an argument value (e.g. `embed_dim` not divisible by `num_heads`).
 *
 * @example The seed note's Custom_Net, re-initialised through a modules() loop
 * ```ts
 * import { buildModule } from "./build_module.ts";
 * import { manualSeed } from "../mod.ts";
 * import assert from "node:assert/strict";
 *
 * manualSeed(0);
 * const net = buildModule({
 *   type: "Custom",
 *   name: "Custom_Net",
 *   children: [
 *     ["fc1", { type: "Linear", args: [8, 8] }],
 *     ["fc2", { type: "Linear", args: [8, 4], kwargs: { bias: false } }],
 *   ],
 *   reinit: [{
 *     op: "modules",
 *     branches: [{ isinstance: ["Linear"], inits: [{ param: "weight", init: "constant_", args: { val: 0.5 } }] }],
 *   }],
 * });
 * assert.deepEqual([...net.stateDict().keys()], ["fc1.weight", "fc1.bias", "fc2.weight"]);
 * assert.equal(net.stateDict().get("fc2.weight")!.data[0], 0.5);
 * ```
 */
export declare function buildModule(spec: ModuleSpec, options?: BuildModuleOptions): Module;
