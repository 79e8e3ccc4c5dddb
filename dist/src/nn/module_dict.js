/* @ts-self-types="./module_dict.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.ModuleDict`.
 *
 * @module
 */
import { Module, rawModules } from "./module.js";
import { moduleArg } from "./_container.js";
import { show } from "./_options.js";
/**
 * `torch.nn.ModuleDict(modules=None)`: registered children by name, in
 * insertion order (state dict keys `"<name>.weight"`, …). Children are also
 * properties (`dict["conv"]`); iterating yields the keys, as in torch.
 *
 * @param modules A `Map`, a record, another ModuleDict or `[key, module]` pairs.
 * @throws {TypeError} If a value is not a Module or a pair is malformed.
 * @throws {RangeError} If a key is not a valid module name (empty, contains `"."`, or names a method).
 *
 * @example
 * ```ts
 * import { Conv2d, ModuleDict, PReLU, ReLU } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const choices = new ModuleDict({ conv: new Conv2d(1, 2, 3), act: new PReLU() });
 * assert.deepEqual([...choices], ["conv", "act"]);
 * assert.deepEqual([...choices.stateDict().keys()], ["conv.weight", "conv.bias", "act.weight"]);
 * choices.set("relu", new ReLU());
 * assert.ok(choices.get("relu") instanceof ReLU);
 * ```
 */
export class ModuleDict extends Module {
    /**
     * Create a `ModuleDict`; see {@linkcode ModuleDict} for what it holds and how it is
     * initialised.
     *
     * @param modules A `Map`, a record, another ModuleDict or `[key, module]` pairs.
     * @throws {TypeError} If a value is not a Module or a pair is malformed.
     * @throws {RangeError} If a key is not a valid module name (empty, contains `"."`, or names a method).
     */
    constructor(modules) {
        super();
        if (modules !== undefined)
            this.update(modules);
    }
    /**
     * The number of children (torch's `len`).
     *
     * @example
     * ```ts
     * import { ModuleDict, ReLU } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * assert.equal(new ModuleDict({ a: new ReLU() }).length, 1);
     * ```
     */
    get length() {
        return rawModules(this).size;
    }
    /**
     * The child named `key`, or `undefined`.
     *
     * @param key The name.
     * @returns The child, or `undefined` when there is none.
     *
     * @example
     * ```ts
     * import { ModuleDict, ReLU } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * assert.equal(new ModuleDict({ a: new ReLU() }).get("b"), undefined);
     * ```
     */
    get(key) {
        return (rawModules(this).get(key) ?? undefined);
    }
    /**
     * Whether a child is named `key` (torch's `key in dict`).
     *
     * @param key The name.
     * @returns `true` when there is a child of that name.
     *
     * @example
     * ```ts
     * import { ModuleDict, ReLU } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * assert.ok(new ModuleDict({ a: new ReLU() }).has("a"));
     * ```
     */
    has(key) {
        return rawModules(this).has(key);
    }
    /**
     * Add or replace the child named `key` (torch's `dict[key] = module`); a
     * replaced child keeps its position.
     *
     * @param key A valid module name.
     * @param module The child.
     * @throws {TypeError} If `module` is not a Module.
     * @throws {RangeError} If `key` is not a valid module name.
     *
     * @example
     * ```ts
     * import { ModuleDict, ReLU, Tanh } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const d = new ModuleDict({ a: new ReLU(), b: new ReLU() });
     * d.set("a", new Tanh());
     * assert.deepEqual([...d.keys()], ["a", "b"]);
     * ```
     */
    set(key, module) {
        this.addModule(key, moduleArg(module, "module", "Cannot set ModuleDict item"));
    }
    /**
     * Remove the child named `key` (torch's `del dict[key]`).
     *
     * @param key The name.
     * @returns Whether there was such a child.
     *
     * @example
     * ```ts
     * import { ModuleDict, ReLU } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const d = new ModuleDict({ a: new ReLU() });
     * assert.equal(d.delete("a"), true);
     * assert.equal(d.length, 0);
     * ```
     */
    delete(key) {
        if (!rawModules(this).has(key))
            return false;
        Reflect.deleteProperty(this, key);
        return true;
    }
    /**
     * Remove the child named `key` and return it (torch's `pop`).
     *
     * @param key The name.
     * @returns The removed child.
     * @throws {RangeError} If there is no child named `key`.
     *
     * @example
     * ```ts
     * import { ModuleDict, ReLU } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * assert.ok(new ModuleDict({ a: new ReLU() }).pop("a") instanceof ReLU);
     * ```
     */
    pop(key) {
        const mods = rawModules(this);
        if (!mods.has(key)) {
            throw new RangeError(`Cannot pop ModuleDict item: no key ${show(key)}`);
        }
        const m = mods.get(key);
        this.delete(key);
        return m;
    }
    /**
     * Remove every child (torch's `clear`).
     *
     * @example
     * ```ts
     * import { ModuleDict, ReLU } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const d = new ModuleDict({ a: new ReLU() });
     * d.clear();
     * assert.equal(d.length, 0);
     * ```
     */
    clear() {
        for (const key of [...rawModules(this).keys()])
            Reflect.deleteProperty(this, key);
    }
    /**
     * The names, in order (torch's `keys`).
     *
     * @returns An iterator of names.
     *
     * @example
     * ```ts
     * import { ModuleDict, ReLU } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * assert.deepEqual([...new ModuleDict({ b: new ReLU(), a: new ReLU() }).keys()], ["b", "a"]);
     * ```
     */
    *keys() {
        yield* [...rawModules(this).keys()];
    }
    /**
     * The children, in order (torch's `values`).
     *
     * @returns An iterator of children.
     *
     * @example
     * ```ts
     * import { ModuleDict, ReLU } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * assert.equal([...new ModuleDict({ a: new ReLU() }).values()].length, 1);
     * ```
     */
    *values() {
        for (const m of [...rawModules(this).values()])
            if (m !== null)
                yield m;
    }
    /**
     * The `[name, child]` pairs, in order (torch's `items`).
     *
     * @returns An iterator of pairs.
     *
     * @example
     * ```ts
     * import { ModuleDict, ReLU } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * assert.equal([...new ModuleDict({ a: new ReLU() }).items()][0][0], "a");
     * ```
     */
    *items() {
        for (const [k, m] of [...rawModules(this)])
            if (m !== null)
                yield [k, m];
    }
    /**
     * Add or replace children from a `Map`, a record, another ModuleDict or
     * `[key, module]` pairs, in their order (torch's `update`). Everything is
     * checked before anything is added.
     *
     * @param modules The children to add.
     * @throws {TypeError} If `modules` is not one of those, a value is not a Module, or a pair does not have 2 elements.
     * @throws {RangeError} If a key is not a valid module name.
     *
     * @example
     * ```ts
     * import { ModuleDict, ReLU, Tanh } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const d = new ModuleDict();
     * d.update([["x", new ReLU()], ["y", new Tanh()]]);
     * assert.deepEqual([...d], ["x", "y"]);
     * ```
     */
    update(modules) {
        const what = "Cannot update ModuleDict";
        let pairs;
        if (modules instanceof ModuleDict)
            pairs = [...rawModules(modules)];
        else if (modules instanceof Map)
            pairs = [...modules];
        else if (modules !== null && typeof modules === "object" &&
            typeof modules[Symbol.iterator] === "function") {
            pairs = [];
            let j = 0;
            for (const p of modules) {
                if (!Array.isArray(p)) {
                    throw new TypeError(`${what}: element ${j} must be a [key, module] pair, received ${show(p)}`);
                }
                if (p.length !== 2) {
                    throw new TypeError(`${what}: element ${j} must have 2 elements, received ${p.length}`);
                }
                pairs.push([p[0], p[1]]);
                j++;
            }
        }
        else if (modules !== null && typeof modules === "object") {
            pairs = Object.entries(modules);
        }
        else {
            throw new TypeError(`${what}: modules must be a Map, an object or pairs, received ${show(modules)}`);
        }
        for (const [k, m] of pairs)
            moduleArg(m, `module ${show(k)}`, what);
        for (const [k, m] of pairs)
            this.addModule(k, m);
    }
    /**
     * Iterate over the names, as torch's `iter(dict)`.
     *
     * @returns An iterator of names.
     *
     * @example
     * ```ts
     * import { ModuleDict, ReLU } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * assert.deepEqual([...new ModuleDict({ a: new ReLU() })], ["a"]);
     * ```
     */
    [Symbol.iterator]() {
        return this.keys();
    }
}
