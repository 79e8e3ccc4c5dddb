/* @ts-self-types="./module_list.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.ModuleList`.
 *
 * @module
 */
import { Module, rawModules } from "./module.js";
import { absIndex, moduleArg, renumber, sliceBounds } from "./_container.js";
import { show } from "./_options.js";
/**
 * `torch.nn.ModuleList(modules=None)`: a list of registered children named
 * `"0"`, `"1"`, … (state dict keys `"0.weight"`, …). Children are also
 * numeric properties (`list[0]`), and the list iterates over them.
 *
 * @typeParam M The type of the children; not inferred from `modules`, so a
 * mixed list is a `ModuleList<Module>`. Name it to get typed children:
 * `new ModuleList<Linear>([...])`.
 * @param modules The initial children, in order.
 * @throws {TypeError} If `modules` is not iterable or an element is not a Module.
 *
 * @example Ten layers, drawn in order, as torch's `nn.ModuleList([nn.Linear(4, 4) for _ in range(10)])`
 * ```ts
 * import { Linear, Module, ModuleList } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * class Net extends Module {
 *   layers = new ModuleList<Linear>(Array.from({ length: 10 }, () => new Linear(4, 4)));
 * }
 * const net = new Net();
 * assert.equal(net.layers.length, 10);
 * assert.equal(net.layers[9], net.layers.at(-1));
 * assert.equal([...net.stateDict().keys()][19], "layers.9.bias");
 * ```
 */
export class ModuleList extends Module {
    /**
     * Create a `ModuleList`; see {@linkcode ModuleList} for what it holds and how it is
     * initialised.
     *
     * @param modules The initial children, in order.
     * @throws {TypeError} If `modules` is not iterable or an element is not a Module.
     */
    constructor(modules) {
        super();
        if (modules !== undefined)
            this.extend(modules);
    }
    /**
     * The number of children (torch's `len`).
     *
     * @example
     * ```ts
     * import { ModuleList, ReLU } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * assert.equal(new ModuleList([new ReLU()]).length, 1);
     * ```
     */
    get length() {
        return rawModules(this).size;
    }
    /**
     * The child at position `idx`; negative counts from the end.
     *
     * @param idx An integer in `[-length, length)`.
     * @returns The child.
     * @throws {TypeError} If `idx` is not an integer.
     * @throws {RangeError} If `idx` is out of range.
     *
     * @example
     * ```ts
     * import { ModuleList, ReLU, Tanh } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * assert.ok(new ModuleList([new ReLU(), new Tanh()]).at(-1) instanceof Tanh);
     * ```
     */
    at(idx) {
        const i = absIndex(idx, this.length, "Cannot index ModuleList");
        return rawModules(this).get(String(i));
    }
    /**
     * Replace the child at position `idx` (torch's `list[idx] = module`).
     *
     * @param idx An integer in `[-length, length)`.
     * @param module The new child.
     * @throws {TypeError} If `idx` is not an integer or `module` is not a Module.
     * @throws {RangeError} If `idx` is out of range.
     *
     * @example
     * ```ts
     * import { ModuleList, ReLU, Tanh } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const list = new ModuleList<ReLU | Tanh>([new ReLU()]);
     * list.set(0, new Tanh());
     * assert.ok(list[0] instanceof Tanh);
     * ```
     */
    set(idx, module) {
        const what = "Cannot set ModuleList item";
        const i = absIndex(idx, this.length, what);
        this.registerModule(String(i), moduleArg(module, "module", what));
    }
    /**
     * Remove the child at position `idx` and renumber the rest (torch's
     * `del list[idx]`).
     *
     * @param idx An integer in `[-length, length)`.
     * @throws {TypeError} If `idx` is not an integer.
     * @throws {RangeError} If `idx` is out of range.
     *
     * @example
     * ```ts
     * import { Linear, ModuleList } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const list = new ModuleList([new Linear(1, 1), new Linear(1, 2)]);
     * list.delete(0);
     * assert.deepEqual((list.at(0) as Linear).weight.shape, [2, 1]);
     * ```
     */
    delete(idx) {
        const values = [...rawModules(this).values()];
        values.splice(absIndex(idx, values.length, "Cannot delete ModuleList item"), 1);
        renumber(this, values);
    }
    /**
     * Remove the child at position `idx` and return it (torch's `pop`).
     *
     * @param idx An integer in `[-length, length)`.
     * @returns The removed child.
     * @throws {TypeError} If `idx` is not an integer.
     * @throws {RangeError} If `idx` is out of range.
     *
     * @example
     * ```ts
     * import { ModuleList, ReLU } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const list = new ModuleList([new ReLU()]);
     * assert.ok(list.pop(-1) instanceof ReLU);
     * assert.equal(list.length, 0);
     * ```
     */
    pop(idx) {
        const m = this.at(idx);
        this.delete(idx);
        return m;
    }
    /**
     * Append `module` (torch's `append`).
     *
     * @param module The new child.
     * @returns This list.
     * @throws {TypeError} If `module` is not a Module.
     *
     * @example
     * ```ts
     * import { ModuleList, ReLU } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * assert.equal(new ModuleList().append(new ReLU()).length, 1);
     * ```
     */
    append(module) {
        moduleArg(module, "module", "Cannot append to ModuleList");
        this.addModule(String(this.length), module);
        return this;
    }
    /**
     * Append every module of `modules` (torch's `extend` and `+=`).
     *
     * @param modules The modules to append.
     * @returns This list.
     * @throws {TypeError} If `modules` is not iterable or an element is not a Module.
     *
     * @example
     * ```ts
     * import { ModuleList, ReLU } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * assert.equal(new ModuleList().extend([new ReLU(), new ReLU()]).length, 2);
     * ```
     */
    extend(modules) {
        const what = "Cannot extend ModuleList";
        if (modules === null || typeof modules !== "object" ||
            typeof modules[Symbol.iterator] !== "function") {
            throw new TypeError(`${what}: modules must be iterable, received ${show(modules)}`);
        }
        const list = [...modules];
        list.forEach((m, i) => moduleArg(m, `modules[${i}]`, what));
        const offset = this.length;
        list.forEach((m, i) => this.addModule(String(offset + i), m));
        return this;
    }
    /**
     * Insert `module` before position `index`, shifting the later children up
     * by one (torch's `insert`). As torch's ModuleList, no negative index
     * (torch fails on one with a KeyError after moving entries; this refuses it
     * before changing anything).
     *
     * @param index An integer in `[0, length]`.
     * @param module The new child.
     * @throws {TypeError} If `index` is not an integer or `module` is not a Module.
     * @throws {RangeError} If `index` is out of range.
     *
     * @example
     * ```ts
     * import { ModuleList, ReLU, Tanh } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const list = new ModuleList<ReLU | Tanh>([new ReLU()]);
     * list.insert(0, new Tanh());
     * assert.ok(list[0] instanceof Tanh && list[1] instanceof ReLU);
     * ```
     */
    insert(index, module) {
        const what = "Cannot insert into ModuleList";
        moduleArg(module, "module", what);
        const n = this.length;
        if (typeof index !== "number" || !Number.isInteger(index)) {
            throw new TypeError(`${what}: index must be an integer, received ${show(index)}`);
        }
        if (index < 0 || index > n) {
            throw new RangeError(`${what}: index must be in [0, ${n}], received ${index}`);
        }
        const mods = rawModules(this);
        for (let i = n; i > index; i--) {
            this.registerModule(String(i), mods.get(String(i - 1)) ?? null);
        }
        this.registerModule(String(index), module);
    }
    /**
     * The children from `start` to `end` (exclusive, negatives from the end) in
     * a new list of the same class, renumbered from 0 (torch's
     * `list[start:end]`). The children are shared, not copied.
     *
     * @param start First position. Default: 0.
     * @param end Position after the last. Default: `length`.
     * @returns The new list.
     * @throws {TypeError} If a bound is not an integer.
     *
     * @example
     * ```ts
     * import { ModuleList, ReLU, Tanh } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const list = new ModuleList([new ReLU(), new Tanh(), new ReLU()]);
     * assert.ok(list.slice(1, 2)[0] instanceof Tanh);
     * ```
     */
    slice(start, end) {
        const values = [...rawModules(this).values()];
        const [a, b] = sliceBounds(start, end, values.length, "Cannot slice ModuleList");
        const Ctor = this.constructor;
        return new Ctor(values.slice(a, b));
    }
    /**
     * A new list with the children of this one, then those of `other` (torch's
     * `list + other`).
     *
     * @param other The modules to add after these.
     * @returns The new list.
     * @throws {TypeError} If an element is not a Module.
     *
     * @example
     * ```ts
     * import { ModuleList, ReLU } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const a = new ModuleList([new ReLU()]);
     * assert.equal(a.concat([new ReLU()]).length, 2);
     * assert.equal(a.length, 1);
     * ```
     */
    concat(other) {
        return new ModuleList([...this, ...other]);
    }
    /**
     * Iterate over the children in order.
     *
     * @returns An iterator of the children.
     *
     * @example
     * ```ts
     * import { ModuleList, ReLU } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * assert.equal([...new ModuleList([new ReLU(), new ReLU()])].length, 2);
     * ```
     */
    *[Symbol.iterator]() {
        for (const m of [...rawModules(this).values()])
            if (m !== null)
                yield m;
    }
}
