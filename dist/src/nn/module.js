/* @ts-self-types="./module.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.Module`: the base class of every module.
 *
 * @module
 */
import { anyLayoutOf, contiguousStrides, forEachRowMajor, halfLayoutOf } from "../_layout.js";
import { fromBits, toBits } from "../_half.js";
import { Parameter } from "./parameter.js";
import { copyInto, isHalf, isTensorLike, shapeText } from "./_copy.js";
/** State of every module, keyed by both the module (proxy) and its target. */
const STATES = new WeakMap();
function stateOf(m) {
    const s = STATES.get(m);
    if (s === undefined) {
        throw new TypeError("Module state is missing: was Module's constructor run?");
    }
    return s;
}
/**
 * Internal (not exported from mod.ts): the registered children of `m` in
 * order, `null` slots and repeats included (torch's `_modules`), for the
 * containers.
 */
export function rawModules(m) {
    return stateOf(m).modules;
}
function show(x) {
    if (x === null)
        return "null";
    if (x === undefined)
        return "undefined";
    if (typeof x === "object" && !(x instanceof Parameter) && isTensorLike(x))
        return "a tensor";
    if (typeof x === "object")
        return x.constructor?.name ?? "object";
    if (typeof x === "function")
        return "function";
    if (typeof x === "string")
        return JSON.stringify(x);
    if (typeof x === "bigint")
        return `${x}n`;
    return `${typeof x} ${String(x)}`;
}
function defineOwn(target, name, value) {
    Reflect.defineProperty(target, name, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/** Whether `name` exists on `target` as torch's `hasattr` sees it (undefined counts as absent). */
function hasAttr(target, name) {
    return name in target && Reflect.get(target, name) !== undefined;
}
function checkName(kind, name, what) {
    if (typeof name !== "string") {
        throw new TypeError(`${what}: ${kind} name must be a string, received ${show(name)}`);
    }
    if (name.includes(".")) {
        throw new RangeError(`${what}: ${kind} name must not contain ".", received ${show(name)}`);
    }
    if (name === "") {
        throw new RangeError(`${what}: ${kind} name must not be empty, received ""`);
    }
}
function checkFresh(target, name, map, what) {
    if (hasAttr(target, name) && !map.has(name)) {
        throw new RangeError(`${what}: attribute ${show(name)} already exists`);
    }
}
/** Remove `name` from the maps other than `keep` (torch's `remove_from`). */
function removeFrom(state, name, keep) {
    if (keep !== "p")
        state.parameters.delete(name);
    if (keep !== "b") {
        state.buffers.delete(name);
        state.nonPersistent.delete(name);
    }
    if (keep !== "m")
        state.modules.delete(name);
}
/**
 * torch's `Module.__setattr__`: register `value` under `name` when it is a
 * parameter, a module, or replaces a registered entry. Returns false for a
 * plain attribute (the caller defines it as usual).
 */
function setAttr(target, name, value) {
    const state = STATES.get(target);
    if (state === undefined)
        return false;
    const registered = state.parameters.has(name) || state.buffers.has(name) ||
        state.modules.has(name);
    // A class field declared without an initializer in a subclass (define
    // semantics) would otherwise wipe an entry its parent registered.
    if (value === undefined)
        return registered;
    const what = `Cannot assign ${target.constructor.name}.${name}`;
    if (value instanceof Parameter) {
        removeFrom(state, name, "p");
        Reflect.deleteProperty(target, name);
        checkFresh(target, name, state.parameters, what);
        state.parameters.set(name, value);
        defineOwn(target, name, value);
        return true;
    }
    if (state.parameters.has(name)) {
        if (value !== null) {
            throw new TypeError(`${what}: a parameter must be a Parameter or null, received ${show(value)}`);
        }
        state.parameters.set(name, null);
        defineOwn(target, name, null);
        return true;
    }
    if (value instanceof Module) {
        removeFrom(state, name, "m");
        state.modules.set(name, value);
        defineOwn(target, name, value);
        return true;
    }
    if (state.modules.has(name)) {
        if (value !== null) {
            throw new TypeError(`${what}: a child module must be a Module or null, received ${show(value)}`);
        }
        state.modules.set(name, null);
        defineOwn(target, name, null);
        return true;
    }
    if (state.buffers.has(name)) {
        if (value !== null && !isTensorLike(value)) {
            throw new TypeError(`${what}: a buffer must be a tensor or null, received ${show(value)}`);
        }
        state.buffers.set(name, value);
        defineOwn(target, name, value);
        return true;
    }
    return false;
}
const HANDLER = {
    defineProperty(target, key, descriptor) {
        if (typeof key === "string" && "value" in descriptor && setAttr(target, key, descriptor.value)) {
            return true;
        }
        return Reflect.defineProperty(target, key, descriptor);
    },
    deleteProperty(target, key) {
        const state = STATES.get(target);
        if (state !== undefined && typeof key === "string") {
            state.parameters.delete(key);
            state.buffers.delete(key);
            state.nonPersistent.delete(key);
            state.modules.delete(key);
        }
        return Reflect.deleteProperty(target, key);
    },
};
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
export class Module {
    /** Whether the module is in training mode (see {@linkcode Module.train}). */
    training = true;
    /**
     * Create a `Module`; see {@linkcode Module} for what it holds and how it is
     * initialised.
     */
    constructor() {
        const state = {
            parameters: new Map(),
            buffers: new Map(),
            modules: new Map(),
            nonPersistent: new Set(),
        };
        const proxy = new Proxy(this, HANDLER);
        STATES.set(this, state);
        STATES.set(proxy, state);
        return proxy;
    }
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
    registerParameter(name, param) {
        const what = "Cannot register parameter";
        const state = stateOf(this);
        checkName("parameter", name, what);
        checkFresh(this, name, state.parameters, what);
        if (param !== null && !(param instanceof Parameter)) {
            throw new TypeError(`${what}: ${show(name)} must be a Parameter or null, received ${show(param)}`);
        }
        state.parameters.set(name, param);
        defineOwn(this, name, param);
    }
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
    registerBuffer(name, tensor, options) {
        const what = "Cannot register buffer";
        const state = stateOf(this);
        checkName("buffer", name, what);
        checkFresh(this, name, state.buffers, what);
        if (tensor !== null && !isTensorLike(tensor)) {
            throw new TypeError(`${what}: ${show(name)} must be a tensor or null, received ${show(tensor)}`);
        }
        const persistent = options?.persistent ?? true;
        if (typeof persistent !== "boolean") {
            throw new TypeError(`${what}: persistent must be a boolean, received ${show(persistent)}`);
        }
        state.buffers.set(name, tensor);
        if (persistent)
            state.nonPersistent.delete(name);
        else
            state.nonPersistent.add(name);
        defineOwn(this, name, tensor);
    }
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
    registerModule(name, module) {
        const what = "Cannot register module";
        const state = stateOf(this);
        if (module !== null && !(module instanceof Module)) {
            throw new TypeError(`${what}: ${show(name)} must be a Module or null, received ${show(module)}`);
        }
        checkName("module", name, what);
        checkFresh(this, name, state.modules, what);
        state.modules.set(name, module);
        defineOwn(this, name, module);
    }
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
    addModule(name, module) {
        this.registerModule(name, module);
    }
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
    getSubmodule(target) {
        const what = "Cannot get submodule";
        if (typeof target !== "string") {
            throw new TypeError(`${what}: target must be a string, received ${show(target)}`);
        }
        if (target === "")
            return this;
        let found = null;
        for (const item of target.split(".")) {
            const mod = found ?? this;
            const child = stateOf(mod).modules.get(item);
            if (!(child instanceof Module)) {
                throw new RangeError(`${what}: ${mod.constructor.name} has no submodule ${show(item)} (target ${show(target)})`);
            }
            found = child;
        }
        return found ?? this;
    }
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
    *namedParameters(options) {
        yield* namedMembers(this, (s) => s.parameters, options);
    }
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
    *parameters(options) {
        for (const [, p] of this.namedParameters({ recurse: options?.recurse }))
            yield p;
    }
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
    *namedBuffers(options) {
        yield* namedMembers(this, (s) => s.buffers, options);
    }
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
    *buffers(options) {
        for (const [, b] of this.namedBuffers({ recurse: options?.recurse }))
            yield b;
    }
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
    *namedChildren() {
        const memo = new Set();
        for (const [name, m] of stateOf(this).modules) {
            if (m !== null && !memo.has(m)) {
                memo.add(m);
                yield [name, m];
            }
        }
    }
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
    *children() {
        for (const [, m] of this.namedChildren())
            yield m;
    }
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
    *namedModules(options) {
        const memo = options?.memo ?? new Set();
        const prefix = options?.prefix ?? "";
        const removeDuplicate = options?.removeDuplicate ?? true;
        if (memo.has(this))
            return;
        if (removeDuplicate)
            memo.add(this);
        yield [prefix, this];
        for (const [name, m] of stateOf(this).modules) {
            if (m === null)
                continue;
            const sub = prefix === "" ? name : `${prefix}.${name}`;
            yield* m.namedModules({ memo, prefix: sub, removeDuplicate });
        }
    }
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
    *modules() {
        for (const [, m] of this.namedModules())
            yield m;
    }
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
    apply(fn) {
        if (typeof fn !== "function") {
            throw new TypeError(`Cannot apply function: fn must be a function, received ${show(fn)}`);
        }
        for (const m of this.children())
            m.apply(fn);
        fn(this);
        return this;
    }
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
    train(mode = true) {
        if (typeof mode !== "boolean") {
            throw new TypeError(`Cannot set training mode: mode must be a boolean, received ${show(mode)}`);
        }
        this.training = mode;
        for (const m of this.children())
            m.train(mode);
        return this;
    }
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
    eval() {
        return this.train(false);
    }
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
    to(dtype) {
        const what = "Cannot convert module";
        if (typeof dtype !== "string") {
            throw new TypeError(`${what}: dtype must be a string, received ${show(dtype)}`);
        }
        if (dtype !== "float32" && dtype !== "float64" && dtype !== "float16" && dtype !== "bfloat16") {
            throw new RangeError(`${what}: dtype must be "float32", "float64", "float16" or "bfloat16", received ${JSON.stringify(dtype)}`);
        }
        for (const m of this.modules()) {
            const state = stateOf(m);
            for (const p of state.parameters.values()) {
                if (p === null)
                    continue;
                const c = converted(p, dtype);
                if (c !== null) {
                    p.data = c.data;
                    p.strides = c.strides;
                    p.offset = 0;
                    if (c.dtype === undefined)
                        delete p.dtype;
                    else
                        p.dtype = c.dtype;
                }
            }
            for (const [name, b] of [...state.buffers]) {
                if (b === null)
                    continue;
                const c = converted(b, dtype);
                // Through the proxy: the buffer is replaced in place of order.
                if (c !== null)
                    Reflect.set(m, name, c);
            }
        }
        return this;
    }
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
    double() {
        return this.to("float64");
    }
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
    float() {
        return this.to("float32");
    }
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
    half() {
        return this.to("float16");
    }
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
    bfloat16() {
        return this.to("bfloat16");
    }
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
    requiresGrad(requiresGrad = true) {
        if (typeof requiresGrad !== "boolean") {
            throw new TypeError(`Cannot set requiresGrad: requiresGrad must be a boolean, received ${show(requiresGrad)}`);
        }
        for (const p of this.parameters())
            p.requiresGrad = requiresGrad;
        return this;
    }
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
    stateDict(options) {
        const destination = options?.destination ?? new Map();
        const prefix = options?.prefix ?? "";
        const keepVars = options?.keepVars ?? false;
        const state = stateOf(this);
        for (const [name, p] of state.parameters) {
            if (p === null)
                continue;
            destination.set(prefix + name, keepVars
                ? p
                : p.dtype === undefined
                    ? { data: p.data, shape: p.shape, strides: p.strides, offset: p.offset }
                    : {
                        data: p.data,
                        dtype: p.dtype,
                        shape: p.shape,
                        strides: p.strides,
                        offset: p.offset,
                    });
        }
        for (const [name, b] of state.buffers) {
            if (b !== null && !state.nonPersistent.has(name))
                destination.set(prefix + name, b);
        }
        for (const [name, m] of state.modules) {
            if (m !== null)
                m.stateDict({ destination, prefix: `${prefix}${name}.`, keepVars });
        }
        return destination;
    }
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
    loadStateDict(stateDict, options) {
        const what = "Cannot load state dict";
        let entries;
        if (stateDict instanceof Map)
            entries = new Map(stateDict);
        else if (stateDict !== null && typeof stateDict === "object" && !Array.isArray(stateDict)) {
            entries = new Map(Object.entries(stateDict));
        }
        else {
            throw new TypeError(`${what}: stateDict must be a Map or an object, received ${show(stateDict)}`);
        }
        const strict = options?.strict ?? true;
        if (typeof strict !== "boolean") {
            throw new TypeError(`${what}: strict must be a boolean, received ${show(strict)}`);
        }
        const missingKeys = [];
        const unexpectedKeys = [];
        const errors = [];
        let typeError = false;
        const copies = [];
        const load = (m, local, prefix) => {
            m.preloadStateDict(local, prefix, errors);
            const state = stateOf(m);
            const localState = new Map();
            for (const [k, v] of state.parameters)
                if (v !== null)
                    localState.set(k, v);
            for (const [k, v] of state.buffers) {
                if (v !== null && !state.nonPersistent.has(k))
                    localState.set(k, v);
            }
            for (const [name, dest] of localState) {
                const key = prefix + name;
                if (!local.has(key)) {
                    missingKeys.push(key);
                    continue;
                }
                let input = local.get(key);
                if (!isTensorLike(input)) {
                    typeError = true;
                    errors.push(`While copying the parameter named "${key}", expected torch.Tensor or Tensor-like object from checkpoint but received ${pythonType(input)}`);
                    continue;
                }
                if (dest.shape.length === 0 && input.shape.length === 1) {
                    const t = input;
                    input = { data: t.data, shape: [], strides: [], offset: t.offset ?? 0 };
                }
                const src = input;
                if (!sameShape(src.shape, dest.shape)) {
                    errors.push(`size mismatch for ${key}: copying a param with shape ${shapeText(src.shape)} from checkpoint, the shape in current model is ${shapeText(dest.shape)}.`);
                    continue;
                }
                try {
                    copies.push(copyInto(dest, src));
                }
                catch (e) {
                    errors.push(`While copying the parameter named "${key}", whose dimensions in the model are ${shapeText(dest.shape)} and whose dimensions in the checkpoint are ${shapeText(src.shape)}, an exception occurred : (${e.message}).`);
                }
            }
            for (const key of local.keys()) {
                if (!key.startsWith(prefix))
                    continue;
                const inputName = key.slice(prefix.length).split(".", 1)[0];
                if (!state.modules.has(inputName) && !localState.has(inputName)) {
                    unexpectedKeys.push(key);
                }
            }
            for (const [name, child] of state.modules) {
                if (child === null)
                    continue;
                const childPrefix = `${prefix}${name}.`;
                const childLocal = new Map();
                for (const [k, v] of local)
                    if (k.startsWith(childPrefix))
                        childLocal.set(k, v);
                load(child, childLocal, childPrefix);
            }
        };
        load(this, entries, "");
        if (strict) {
            if (unexpectedKeys.length > 0) {
                errors.unshift(`Unexpected key(s) in state_dict: ${unexpectedKeys.map((k) => `"${k}"`).join(", ")}. `);
            }
            if (missingKeys.length > 0) {
                errors.unshift(`Missing key(s) in state_dict: ${missingKeys.map((k) => `"${k}"`).join(", ")}. `);
            }
        }
        if (errors.length > 0) {
            const message = `Error(s) in loading state_dict for ${this.constructor.name}:\n\t${errors.join("\n\t")}`;
            throw typeError ? new TypeError(message) : new RangeError(message);
        }
        for (const copy of copies)
            copy();
        return { missingKeys, unexpectedKeys };
    }
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
    preloadStateDict(_stateDict, _prefix, _errors) { }
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
    static deepCopy(module) {
        return deepCopyValue(module, new Map());
    }
}
/** `t` converted to `dtype` as a new contiguous tensor, or null when no conversion applies. */
function converted(t, dtype) {
    const d = t.data;
    const from = isHalf(t)
        ? t.dtype
        : d instanceof Float32Array
            ? "float32"
            : d instanceof Float64Array
                ? "float64"
                : null;
    if (from === null || from === dtype)
        return null;
    const what = "Cannot convert module";
    const layout = isHalf(t) ? halfLayoutOf(t, what) : anyLayoutOf(t, what);
    // Every source value as a number (half bits decoded exactly).
    const value = isHalf(t) ? fromBits(t.dtype) : (x) => x;
    const shape = [...t.shape];
    const strides = contiguousStrides(t.shape);
    if (dtype === "float16" || dtype === "bfloat16") {
        const bits = toBits(dtype);
        const out = new Uint16Array(layout.numel);
        forEachRowMajor(layout, (i, k) => (out[k] = bits(value(d[i]))));
        return { data: out, dtype, shape, strides, offset: 0 };
    }
    const out = dtype === "float32" ? new Float32Array(layout.numel) : new Float64Array(layout.numel);
    forEachRowMajor(layout, (i, k) => (out[k] = value(d[i])));
    return { data: out, shape, strides, offset: 0 };
}
/** The `type(x)` Python would print for the JavaScript value `x`. */
function pythonType(x) {
    if (x === null || x === undefined)
        return "<class 'NoneType'>";
    if (typeof x === "number")
        return Number.isInteger(x) ? "<class 'int'>" : "<class 'float'>";
    if (typeof x === "bigint")
        return "<class 'int'>";
    if (typeof x === "string")
        return "<class 'str'>";
    if (typeof x === "boolean")
        return "<class 'bool'>";
    if (Array.isArray(x))
        return "<class 'list'>";
    if (typeof x === "function")
        return "<class 'function'>";
    const name = x.constructor?.name;
    return name === undefined || name === "Object" ? "<class 'dict'>" : `<class '${name}'>`;
}
function sameShape(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
function* namedMembers(root, pick, options) {
    const prefix = options?.prefix ?? "";
    const recurse = options?.recurse ?? true;
    const removeDuplicate = options?.removeDuplicate ?? true;
    const memo = new Set();
    const mods = recurse
        ? root.namedModules({ prefix, removeDuplicate })
        : [[prefix, root]];
    for (const [modPrefix, m] of mods) {
        for (const [k, v] of pick(stateOf(m))) {
            if (v === null || memo.has(v))
                continue;
            if (removeDuplicate)
                memo.add(v);
            yield [modPrefix === "" ? k : `${modPrefix}.${k}`, v];
        }
    }
}
const TYPED_ARRAYS = [
    Float32Array,
    Float64Array,
    BigInt64Array,
    BigUint64Array,
    Int32Array,
    Int16Array,
    Int8Array,
    Uint32Array,
    Uint16Array,
    Uint8Array,
    Uint8ClampedArray,
];
function deepCopyValue(x, memo) {
    if (x === null || (typeof x !== "object" && typeof x !== "function"))
        return x;
    if (typeof x === "function")
        return x;
    if (memo.has(x))
        return memo.get(x);
    if (ArrayBuffer.isView(x)) {
        for (const C of TYPED_ARRAYS) {
            if (x instanceof C) {
                const copy = x.slice();
                memo.set(x, copy);
                return copy;
            }
        }
        return x;
    }
    if (x instanceof Map) {
        const copy = new Map();
        memo.set(x, copy);
        for (const [k, v] of x)
            copy.set(deepCopyValue(k, memo), deepCopyValue(v, memo));
        return copy;
    }
    if (x instanceof Set) {
        const copy = new Set();
        memo.set(x, copy);
        for (const v of x)
            copy.add(deepCopyValue(v, memo));
        return copy;
    }
    if (Array.isArray(x)) {
        const copy = [];
        memo.set(x, copy);
        for (const v of x)
            copy.push(deepCopyValue(v, memo));
        return copy;
    }
    const proto = Object.getPrototypeOf(x);
    const plain = proto === null || proto === Object.prototype;
    // Other class instances (a Generator, a user's helper object) are shared, not copied.
    if (!plain && !(x instanceof Module) && !(x instanceof Parameter))
        return x;
    const target = Object.create(proto);
    let result = target;
    let state;
    if (x instanceof Module) {
        const old = stateOf(x);
        state = {
            parameters: new Map(),
            buffers: new Map(),
            modules: new Map(),
            nonPersistent: new Set(old.nonPersistent),
        };
        result = new Proxy(target, HANDLER);
        STATES.set(target, state);
        STATES.set(result, state);
    }
    memo.set(x, result);
    for (const key of Reflect.ownKeys(x)) {
        const d = Reflect.getOwnPropertyDescriptor(x, key);
        if ("value" in d)
            d.value = deepCopyValue(d.value, memo);
        Reflect.defineProperty(target, key, d);
    }
    if (state !== undefined) {
        const old = stateOf(x);
        for (const [k, v] of old.parameters)
            state.parameters.set(k, deepCopyValue(v, memo));
        for (const [k, v] of old.buffers)
            state.buffers.set(k, deepCopyValue(v, memo));
        for (const [k, v] of old.modules)
            state.modules.set(k, deepCopyValue(v, memo));
    }
    return result;
}
