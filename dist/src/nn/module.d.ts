/**
 * `torch.nn.Module`: the base class of every module.
 *
 * @module
 */
import type { DType, HalfDType, HalfTensor, Tensor, TensorData } from "../tensor.js";
import type { Generator } from "../random/generator.js";
import { Parameter } from "./parameter.js";
import type { TensorLike } from "./tensor_like.js";
export type { TensorLike } from "./tensor_like.js";
/**
 * Internal (not exported from mod.ts): the registered children of `m` in
 * order, `null` slots and repeats included (torch's `_modules`), for the
 * containers.
 */
export declare function rawModules(m: Module): ReadonlyMap<string, Module | null>;
/** Options of {@linkcode Module.namedParameters} and {@linkcode Module.namedBuffers}. */
export interface NamedMembersOptions {
    /** Prepended to every name, joined with `"."`. Default: `""`. */
    prefix?: string;
    /** Include the members of submodules. Default: `true`. */
    recurse?: boolean;
    /** Yield a tensor shared by several names only once. Default: `true`. */
    removeDuplicate?: boolean;
}
/** Options of {@linkcode Module.namedModules}. */
export interface NamedModulesOptions {
    /** Modules already visited (they and their subtrees are skipped); updated in place. */
    memo?: Set<Module>;
    /** Prepended to every name, joined with `"."`. Default: `""`. */
    prefix?: string;
    /** Yield a module reachable along several paths only once. Default: `true`. */
    removeDuplicate?: boolean;
}
/** Options of {@linkcode Module.stateDict}. */
export interface StateDictOptions {
    /** A map to add the entries to (returned); a new map when omitted. */
    destination?: Map<string, Tensor<TensorData> | HalfTensor>;
    /** Prepended to every key. Default: `""`. */
    prefix?: string;
    /**
     * Return the {@linkcode Parameter} objects themselves instead of plain
     * tensors over the same data (torch's `keep_vars`). Default: `false`.
     */
    keepVars?: boolean;
}
/** Options of {@linkcode Module.loadStateDict}. */
export interface LoadStateDictOptions {
    /** Require the keys to match exactly (torch's `strict`). Default: `true`. */
    strict?: boolean;
}
/** The result of {@linkcode Module.loadStateDict} (torch's `_IncompatibleKeys`). */
export interface IncompatibleKeys {
    /** Keys the module expects that the state dict lacks (always empty after a strict load). */
    missingKeys: string[];
    /** Keys of the state dict the module does not expect (always empty after a strict load). */
    unexpectedKeys: string[];
}
/** Options of the modules' `resetParameters()`. */
export interface ResetOptions {
    /** The generator to draw from. Default: the default generator. */
    generator?: Generator;
}
/** Options of {@linkcode Module.registerBuffer}. */
export interface RegisterBufferOptions {
    /** Whether the buffer is part of the state dict. Default: `true`. */
    persistent?: boolean;
}
/**
 * The base class of all modules, mirroring `torch.nn.Module`.
 *
 * Parameters, buffers and submodules are properties named exactly as in
 * torch (they are the state dict keys). As with torch's `__setattr__`,
 * assigning a {@linkcode Parameter} or a `Module` to a property registers it,
 * in assignment order, and class fields count as assignments. Assigning `null`
 * to a registered parameter or submodule keeps its slot (torch's `None`).
 * Buffers are registered with {@linkcode Module.registerBuffer}; assigning a
 * new tensor to a buffer's property replaces it in place of order. Other
 * values (numbers, strings, arrays) are plain properties.
 *
 * The constructor returns a `Proxy` of the instance that sees these
 * assignments, so a subclass should not use `#private` members on state
 * that must survive a deep copy.
 *
 * @example A custom module; registration follows assignment order
 * ```ts
 * import { empty } from "@torch-parity/init";
 * import { Linear, Module, Parameter } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * class Net extends Module {
 *   fc1 = new Linear(4, 3);
 *   scale: Parameter;
 *   constructor() {
 *     super();
 *     this.scale = new Parameter(empty([3]));
 *     this.registerBuffer("steps", empty([1]));
 *   }
 * }
 * const net = new Net();
 * assert.deepEqual([...net.stateDict().keys()], ["scale", "steps", "fc1.weight", "fc1.bias"]);
 * assert.deepEqual([...net.namedModules()].map(([name]) => name), ["", "fc1"]);
 * ```
 */
export declare class Module {
    /** Whether the module is in training mode (see {@linkcode Module.train}). */
    training: boolean;
    /**
     * Create a `Module`; see {@linkcode Module} for what it holds and how it is
     * initialised.
     */
    constructor();
    /**
     * Register `param` under `name` as a parameter (torch's
     * `register_parameter`); `null` registers an empty slot, as torch's `None`.
     *
     * @param name The attribute name: a non-empty string without `"."`.
     * @param param The parameter, or `null`.
     * @throws {TypeError} If `name` is not a string or `param` is not a Parameter or null.
     * @throws {RangeError} If `name` is empty, contains `"."` or names another attribute.
     *
     * @example
     * ```ts
     * import { Module } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const m = new Module();
     * m.registerParameter("bias", null);
     * assert.deepEqual([...m.namedParameters()], []);
     * ```
     */
    registerParameter(name: string, param: Parameter | null): void;
    /**
     * Register `tensor` under `name` as a buffer (torch's `register_buffer`):
     * state that is not a parameter, such as BatchNorm's `running_mean`. A
     * non-persistent buffer is left out of the state dict.
     *
     * @param name The attribute name: a non-empty string without `"."`.
     * @param tensor The tensor (any dtype, int64 included), or `null`.
     * @param options `persistent`, default `true`.
     * @throws {TypeError} If `name` is not a string or `tensor` is not a tensor or null.
     * @throws {RangeError} If `name` is empty, contains `"."` or names another attribute.
     *
     * @example
     * ```ts
     * import { empty } from "@torch-parity/init";
     * import { Module } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const m = new Module();
     * m.registerBuffer("mask", empty([2]));
     * m.registerBuffer("cache", empty([2]), { persistent: false });
     * assert.deepEqual([...m.stateDict().keys()], ["mask"]);
     * assert.deepEqual([...m.namedBuffers()].map(([n]) => n), ["mask", "cache"]);
     * ```
     */
    registerBuffer(name: string, tensor: Tensor<TensorData> | HalfTensor | null, options?: RegisterBufferOptions): void;
    /**
     * Register `module` under `name` as a child (torch's `register_module` /
     * `add_module`); `null` registers an empty slot.
     *
     * @param name The attribute name: a non-empty string without `"."`.
     * @param module The child module, or `null`.
     * @throws {TypeError} If `name` is not a string or `module` is not a Module or null.
     * @throws {RangeError} If `name` is empty, contains `"."` or names another attribute.
     *
     * @example
     * ```ts
     * import { Linear, Module } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const m = new Module();
     * m.registerModule("head", new Linear(2, 1));
     * assert.deepEqual([...m.stateDict().keys()], ["head.weight", "head.bias"]);
     * ```
     */
    registerModule(name: string, module: Module | null): void;
    /**
     * The same as {@linkcode Module.registerModule} (torch's `add_module`).
     *
     * @param name The attribute name: a non-empty string without `"."`.
     * @param module The child module, or `null`.
     * @throws {TypeError} If `name` is not a string or `module` is not a Module or null.
     * @throws {RangeError} If `name` is empty, contains `"."` or names another attribute.
     *
     * @example
     * ```ts
     * import { Module, ReLU } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const m = new Module();
     * m.addModule("act", new ReLU());
     * assert.deepEqual([...m.namedChildren()].map(([n]) => n), ["act"]);
     * ```
     */
    addModule(name: string, module: Module | null): void;
    /**
     * The submodule at a dotted path such as `"encoder.layers.0"` (torch's
     * `get_submodule`); `""` is the module itself.
     *
     * @param target The dotted path.
     * @returns The submodule.
     * @throws {TypeError} If `target` is not a string.
     * @throws {RangeError} If a step of the path is not a submodule.
     *
     * @example
     * ```ts
     * import { Linear, Sequential } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const net = new Sequential(new Linear(2, 2), new Sequential(new Linear(2, 1)));
     * assert.equal(net.getSubmodule("1.0").constructor.name, "Linear");
     * ```
     */
    getSubmodule(target: string): Module;
    /**
     * The parameters with their dotted names, in torch's order: this module's
     * in registration order, then each submodule's, depth first (torch's
     * `named_parameters`). `null` slots are skipped, and a parameter shared by
     * several names comes once unless `removeDuplicate` is false.
     *
     * @param options `prefix`, `recurse` (default `true`), `removeDuplicate` (default `true`).
     * @returns An iterator of `[name, parameter]`.
     *
     * @example
     * ```ts
     * import { Linear, Sequential } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const net = new Sequential(new Linear(2, 3), new Linear(3, 1, { bias: false }));
     * const names = [...net.namedParameters()].map(([n]) => n);
     * assert.deepEqual(names, ["0.weight", "0.bias", "1.weight"]);
     * ```
     */
    namedParameters(options?: NamedMembersOptions): IterableIterator<[string, Parameter]>;
    /**
     * The parameters, in the order of {@linkcode Module.namedParameters}.
     *
     * @param options `recurse`, default `true`.
     * @returns An iterator of parameters.
     *
     * @example
     * ```ts
     * import { Linear } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * assert.equal([...new Linear(2, 3).parameters()].length, 2);
     * ```
     */
    parameters(options?: {
        recurse?: boolean;
    }): IterableIterator<Parameter>;
    /**
     * The buffers with their dotted names, in torch's order (torch's
     * `named_buffers`), non-persistent ones included.
     *
     * @param options `prefix`, `recurse` (default `true`), `removeDuplicate` (default `true`).
     * @returns An iterator of `[name, tensor]`.
     *
     * @example
     * ```ts
     * import { BatchNorm1d } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const names = [...new BatchNorm1d(4).namedBuffers()].map(([n]) => n);
     * assert.deepEqual(names, ["running_mean", "running_var", "num_batches_tracked"]);
     * ```
     */
    namedBuffers(options?: NamedMembersOptions): IterableIterator<[string, Tensor<TensorData> | HalfTensor]>;
    /**
     * The buffers, in the order of {@linkcode Module.namedBuffers}.
     *
     * @param options `recurse`, default `true`.
     * @returns An iterator of tensors.
     *
     * @example
     * ```ts
     * import { BatchNorm2d } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * assert.equal([...new BatchNorm2d(3).buffers()].length, 3);
     * ```
     */
    buffers(options?: {
        recurse?: boolean;
    }): IterableIterator<Tensor<TensorData> | HalfTensor>;
    /**
     * The direct children with their names, each module once (torch's
     * `named_children`); `null` slots are skipped.
     *
     * @returns An iterator of `[name, module]`.
     *
     * @example
     * ```ts
     * import { Linear, ReLU, Sequential } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const net = new Sequential(new Linear(2, 2), new ReLU());
     * assert.deepEqual([...net.namedChildren()].map(([n]) => n), ["0", "1"]);
     * ```
     */
    namedChildren(): IterableIterator<[string, Module]>;
    /**
     * The direct children, in the order of {@linkcode Module.namedChildren}.
     *
     * @returns An iterator of modules.
     *
     * @example
     * ```ts
     * import { Linear, Sequential } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * assert.equal([...new Sequential(new Linear(1, 1)).children()].length, 1);
     * ```
     */
    children(): IterableIterator<Module>;
    /**
     * This module and all submodules with their dotted names, pre-order (the
     * module, then each child's subtree in registration order), each module
     * once unless `removeDuplicate` is false (torch's `named_modules`).
     *
     * @param options `memo`, `prefix` (default `""`), `removeDuplicate` (default `true`).
     * @returns An iterator of `[name, module]`; the module itself is named `prefix`.
     *
     * @example
     * ```ts
     * import { Linear, Sequential } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const shared = new Linear(2, 2);
     * const net = new Sequential(shared, new Sequential(shared));
     * assert.deepEqual([...net.namedModules()].map(([n]) => n), ["", "0", "1"]);
     * ```
     */
    namedModules(options?: NamedModulesOptions): IterableIterator<[string, Module]>;
    /**
     * This module and all submodules, pre-order, each once (torch's
     * `modules()`): the loop `for m in net.modules(): if isinstance(m,
     * nn.Linear): ...` is `for (const m of net.modules()) if (m instanceof
     * Linear) ...`.
     *
     * @returns An iterator of modules.
     *
     * @example Re-initialise every Linear weight, as torch's loop does
     * ```ts
     * import { manualSeed, uniform } from "@torch-parity/init";
     * import { Linear, ReLU, Sequential } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * manualSeed(0);
     * const net = new Sequential(new Linear(4, 4), new ReLU(), new Linear(4, 2));
     * for (const m of net.modules()) if (m instanceof Linear) uniform(m.weight);
     * assert.ok((net.at(2) as Linear).weight.data.every((x) => x >= 0 && x < 1));
     * ```
     */
    modules(): IterableIterator<Module>;
    /**
     * Call `fn` on every child's subtree first, then on this module, and
     * return this module (torch's `apply`).
     *
     * @param fn The function to call on each module.
     * @returns This module.
     * @throws {TypeError} If `fn` is not a function.
     *
     * @example
     * ```ts
     * import { Linear, Sequential } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const seen: string[] = [];
     * new Sequential(new Linear(1, 1)).apply((m) => seen.push(m.constructor.name));
     * assert.deepEqual(seen, ["Linear", "Sequential"]);
     * ```
     */
    apply(fn: (module: Module) => void): this;
    /**
     * Set training mode on this module and every submodule (torch's
     * `train(mode)`).
     *
     * @param mode `true` for training, `false` for evaluation. Default: `true`.
     * @returns This module.
     * @throws {TypeError} If `mode` is not a boolean.
     *
     * @example
     * ```ts
     * import { Dropout, Sequential } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const net = new Sequential(new Dropout());
     * net.train(false);
     * assert.equal(net.at(0).training, false);
     * ```
     */
    train(mode?: boolean): this;
    /**
     * Set evaluation mode: the same as `train(false)` (torch's `eval`).
     *
     * @returns This module.
     *
     * @example
     * ```ts
     * import { Linear } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * assert.equal(new Linear(1, 1).eval().training, false);
     * ```
     */
    eval(): this;
    /**
     * Convert every floating-point parameter and buffer, recursively, to
     * `dtype` (torch's `module.to(dtype)`): widening (float16/bfloat16 →
     * float32 → float64) is exact, narrowing rounds to nearest, ties to even,
     * as torch's `copy_` does (a float64 value is rounded to float32 first on
     * its way to a half dtype, as c10's `Half(float)` receives it), int64
     * buffers are left alone, and a tensor already of `dtype` is kept as is.
     * Parameters keep their identity (their `data`, and for half precision
     * their `dtype`, are replaced; contiguous); buffers are replaced by new
     * tensors. Nothing is drawn.
     *
     * @param dtype `"float32"`, `"float64"`, `"float16"` or `"bfloat16"`.
     * @returns This module.
     * @throws {TypeError} If `dtype` is not a string.
     * @throws {RangeError} If `dtype` is unknown.
     *
     * @example
     * ```ts
     * import { BatchNorm1d, Linear, Sequential } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const net = new Sequential(new Linear(2, 2), new BatchNorm1d(2)).to("float64");
     * const sd = net.stateDict();
     * assert.ok(sd.get("0.weight")!.data instanceof Float64Array);
     * assert.ok(sd.get("1.num_batches_tracked")!.data instanceof BigInt64Array);
     * ```
     */
    to(dtype: DType | HalfDType): this;
    /**
     * The same as `to("float64")` (torch's `double()`).
     *
     * @returns This module.
     *
     * @example
     * ```ts
     * import { Linear } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * assert.ok(new Linear(1, 1).double().weight.data instanceof Float64Array);
     * ```
     */
    double(): this;
    /**
     * The same as `to("float32")` (torch's `float()`).
     *
     * @returns This module.
     *
     * @example
     * ```ts
     * import { Linear } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * assert.ok(new Linear(1, 1, { dtype: "float64" }).float().weight.data instanceof Float32Array);
     * ```
     */
    float(): this;
    /**
     * The same as `to("float16")` (torch's `half()`): every floating-point
     * parameter and buffer rounded to float16, nearest even.
     *
     * @returns This module.
     *
     * @example
     * ```ts
     * import { Linear } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const fc = new Linear(2, 2).half();
     * assert.equal(fc.weight.dtype, "float16");
     * assert.equal(fc.weight.data.BYTES_PER_ELEMENT, 2); // a Uint16Array of float16 bits
     * ```
     */
    half(): this;
    /**
     * The same as `to("bfloat16")` (torch's `bfloat16()`): every
     * floating-point parameter and buffer rounded to bfloat16, nearest even.
     *
     * @returns This module.
     *
     * @example
     * ```ts
     * import { halfValue } from "@torch-parity/init";
     * import { BatchNorm1d } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const bn = new BatchNorm1d(2).bfloat16();
     * assert.equal(bn.running_var!.data[0], 0x3f80); // 1 in bfloat16
     * assert.equal(halfValue(bn.running_var!.data[0], "bfloat16"), 1);
     * assert.ok(bn.num_batches_tracked!.data instanceof BigInt64Array);
     * ```
     */
    bfloat16(): this;
    /**
     * Set `requiresGrad` on every parameter (torch's `requires_grad_`).
     *
     * @param requiresGrad The new value. Default: `true`.
     * @returns This module.
     * @throws {TypeError} If `requiresGrad` is not a boolean.
     *
     * @example Freeze a module
     * ```ts
     * import { Linear } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const fc = new Linear(2, 2).requiresGrad(false);
     * assert.equal(fc.weight.requiresGrad, false);
     * ```
     */
    requiresGrad(requiresGrad?: boolean): this;
    /**
     * The state dict: every parameter and persistent buffer by dotted name, in
     * torch's order (per module its parameters, then its buffers, then each
     * child's entries; `null` slots skipped). A module shared by several paths
     * appears under each. The values share data with the module: by default
     * plain tensors (torch's detached tensors), with `keepVars` the parameter
     * objects.
     *
     * @param options `destination`, `prefix`, `keepVars`.
     * @returns A `Map` from key to tensor, ready for `saveSafetensors(Object.fromEntries(map))`.
     *
     * @example
     * ```ts
     * import { BatchNorm1d, Linear, Sequential } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const net = new Sequential(new Linear(3, 4), new BatchNorm1d(4));
     * assert.deepEqual([...net.stateDict().keys()], [
     *   "0.weight", "0.bias",
     *   "1.weight", "1.bias", "1.running_mean", "1.running_var", "1.num_batches_tracked",
     * ]);
     * ```
     */
    stateDict(options?: StateDictOptions): Map<string, Tensor<TensorData> | HalfTensor>;
    /**
     * Copy a state dict into this module's parameters and persistent buffers
     * (torch's `load_state_dict`). Values are converted to each tensor's dtype
     * as torch's `copy_` does. With `strict` (the default) missing and
     * unexpected keys are errors; every problem is collected and thrown in one
     * error whose message is torch's: `Error(s) in loading state_dict for
     * Linear:` followed by `Missing key(s) in state_dict: "bias". `,
     * `Unexpected key(s) in state_dict: ...`, `size mismatch for weight: ...`.
     * Nothing is copied when it throws.
     *
     * @param stateDict A `Map` or record from key to tensor (any typed array; e.g. `loadSafetensors(bytes).tensors`).
     * @param options `strict`, default `true`.
     * @returns The missing and unexpected keys (collected with or without `strict`, as torch does).
     * @throws {RangeError} On missing or unexpected keys (when `strict`) or a shape mismatch.
     * @throws {TypeError} If `stateDict` is not a Map or object, or a value is not a tensor.
     *
     * @example Copy one module's weights into another
     * ```ts
     * import { Linear } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const a = new Linear(2, 2);
     * const b = new Linear(2, 2);
     * b.loadStateDict(a.stateDict());
     * assert.deepEqual(b.weight.data, a.weight.data);
     * assert.throws(() => b.loadStateDict({ weight: a.weight }), /Missing key\(s\) in state_dict: "bias"/);
     * ```
     */
    loadStateDict(stateDict: ReadonlyMap<string, TensorLike> | Readonly<Record<string, TensorLike>>, options?: LoadStateDictOptions): IncompatibleKeys;
    /**
     * A hook of {@linkcode Module.loadStateDict}, run on each module before its
     * own entries are matched (the part of torch's `_load_from_state_dict` that
     * subclasses override): it may add or remove entries of `stateDict` (this
     * module's slice, keys with `prefix`) and append messages to `errors`. The
     * state dicts here carry no version metadata, so overrides act as torch's
     * do for a version-less state dict. The base does nothing.
     *
     * @param _stateDict The entries visible to this module; may be modified.
     * @param _prefix This module's key prefix, e.g. `"layer1.0.bn1."`.
     * @param _errors Error messages collected so far; may be appended to.
     */
    protected preloadStateDict(_stateDict: Map<string, unknown>, _prefix: string, _errors: string[]): void;
    /**
     * A deep copy of `module` (Python's `copy.deepcopy`): a new module of the
     * same class, without running its constructor (so nothing is drawn), whose
     * parameters, buffers, submodules and plain properties are copies. Tensors
     * and modules shared inside `module` stay shared inside the copy. Used by
     * containers that clone a layer, as torch's `TransformerEncoder` does.
     *
     * @param module The module to copy.
     * @returns The copy.
     */
    protected static deepCopy<T extends Module>(module: T): T;
}
