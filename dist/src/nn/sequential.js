/* @ts-self-types="./sequential.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.Sequential`.
 *
 * @module
 */
import { Module, rawModules } from "./module.js";
import { absIndex, moduleArg, renumber, sliceBounds } from "./_container.js";
import { show } from "./_options.js";
/**
 * `torch.nn.Sequential(*modules)` or `Sequential(OrderedDict)`: a container
 * whose children are named `"0"`, `"1"`, … in argument order (or by the keys
 * of a `Map`), so its state dict keys are torch's (`"0.weight"`, …).
 * Children are also properties (`seq["0"]`), and the container iterates over
 * them. Nothing is drawn by the container itself: each child drew in its own
 * constructor, in the order the JavaScript arguments were evaluated (left to
 * right, as Python's).
 *
 * @param modules The children, or one `Map` from name to child.
 * @throws {TypeError} If a child is not a Module.
 * @throws {RangeError} If a `Map` key is not a valid module name.
 *
 * @example torch.manual_seed(0); nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
 * ```ts
 * import { manualSeed } from "@torch-parity/init";
 * import { Linear, type Module, ReLU, Sequential } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * manualSeed(0);
 * const net = new Sequential(new Linear(4, 8), new ReLU(), new Linear(8, 2));
 * assert.deepEqual([...net.stateDict().keys()], ["0.weight", "0.bias", "2.weight", "2.bias"]);
 * assert.equal(net.length, 3);
 * assert.ok(net.at(-1) instanceof Linear);
 * const named = new Sequential(
 *   new Map<string, Module>([["fc", new Linear(2, 2)], ["act", new ReLU()]]),
 * );
 * assert.deepEqual([...named.stateDict().keys()], ["fc.weight", "fc.bias"]);
 * ```
 */
export class Sequential extends Module {
    /**
     * Create a `Sequential`; see {@linkcode Sequential} for what it holds and how it is
     * initialised.
     *
     * @param modules The children, or one `Map` from name to child.
     * @throws {TypeError} If a child is not a Module.
     * @throws {RangeError} If a `Map` key is not a valid module name.
     */
    constructor(...modules) {
        super();
        const what = "Cannot create Sequential";
        if (modules.length === 1 && modules[0] instanceof Map) {
            for (const [key, m] of modules[0]) {
                this.addModule(key, moduleArg(m, `module ${show(key)}`, what));
            }
        }
        else {
            const list = modules;
            list.forEach((m, i) => moduleArg(m, `modules[${i}]`, what));
            list.forEach((m, i) => this.addModule(String(i), m));
        }
    }
    /**
     * The number of children (torch's `len`).
     *
     * @example
     * ```ts
     * import { ReLU, Sequential } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * assert.equal(new Sequential(new ReLU(), new ReLU()).length, 2);
     * ```
     */
    get length() {
        return rawModules(this).size;
    }
    /**
     * The child at position `idx`; negative counts from the end (torch's
     * `seq[idx]`).
     *
     * @param idx An integer in `[-length, length)`.
     * @returns The child.
     * @throws {TypeError} If `idx` is not an integer.
     * @throws {RangeError} If `idx` is out of range.
     *
     * @example
     * ```ts
     * import { Linear, ReLU, Sequential } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const net = new Sequential(new Linear(1, 1), new ReLU());
     * assert.ok(net.at(-1) instanceof ReLU);
     * ```
     */
    at(idx) {
        const entries = [...rawModules(this).values()];
        return entries[absIndex(idx, entries.length, "Cannot index Sequential")];
    }
    /**
     * Replace the child at position `idx`, keeping its name (torch's
     * `seq[idx] = module`).
     *
     * @param idx An integer in `[-length, length)`.
     * @param module The new child.
     * @throws {TypeError} If `idx` is not an integer or `module` is not a Module.
     * @throws {RangeError} If `idx` is out of range.
     *
     * @example
     * ```ts
     * import { Identity, Linear, Sequential } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const net = new Sequential(new Linear(1, 1), new Linear(1, 1));
     * net.set(-1, new Identity());
     * assert.deepEqual([...net.stateDict().keys()], ["0.weight", "0.bias"]);
     * ```
     */
    set(idx, module) {
        const what = "Cannot set Sequential item";
        const keys = [...rawModules(this).keys()];
        const key = keys[absIndex(idx, keys.length, what)];
        moduleArg(module, "module", what);
        this.registerModule(key, module);
    }
    /**
     * Remove the child at position `idx`; the remaining children are renamed
     * `"0"`, `"1"`, … as torch's `del seq[idx]` does (custom names too).
     *
     * @param idx An integer in `[-length, length)`.
     * @throws {TypeError} If `idx` is not an integer.
     * @throws {RangeError} If `idx` is out of range.
     *
     * @example
     * ```ts
     * import { Linear, ReLU, Sequential } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const net = new Sequential(new ReLU(), new Linear(1, 1));
     * net.delete(0);
     * assert.deepEqual([...net.stateDict().keys()], ["0.weight", "0.bias"]);
     * ```
     */
    delete(idx) {
        const values = [...rawModules(this).values()];
        values.splice(absIndex(idx, values.length, "Cannot delete Sequential item"), 1);
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
     * import { ReLU, Sequential, Tanh } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const net = new Sequential(new ReLU(), new Tanh());
     * assert.ok(net.pop(0) instanceof ReLU);
     * assert.equal(net.length, 1);
     * ```
     */
    pop(idx) {
        const m = this.at(idx);
        this.delete(idx);
        return m;
    }
    /**
     * Append `module` under the name `String(length)` (torch's `append`).
     *
     * @param module The new child.
     * @returns This container.
     * @throws {TypeError} If `module` is not a Module.
     *
     * @example
     * ```ts
     * import { Linear, Sequential } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const net = new Sequential().append(new Linear(1, 1));
     * assert.deepEqual([...net.stateDict().keys()], ["0.weight", "0.bias"]);
     * ```
     */
    append(module) {
        moduleArg(module, "module", "Cannot append to Sequential");
        this.addModule(String(this.length), module);
        return this;
    }
    /**
     * Insert `module` before position `index` (negative counts from the end),
     * shifting the later children up by one name, as torch's `insert`.
     *
     * @param index An integer in `[-length, length]`.
     * @param module The new child.
     * @returns This container.
     * @throws {TypeError} If `index` is not an integer or `module` is not a Module.
     * @throws {RangeError} If `index` is out of range.
     *
     * @example
     * ```ts
     * import { Linear, ReLU, Sequential } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const net = new Sequential(new ReLU()).insert(0, new Linear(1, 1));
     * assert.ok(net.at(0) instanceof Linear);
     * ```
     */
    insert(index, module) {
        const what = "Cannot insert into Sequential";
        moduleArg(module, "module", what);
        const n = this.length;
        if (typeof index !== "number" || !Number.isInteger(index)) {
            throw new TypeError(`${what}: index must be an integer, received ${show(index)}`);
        }
        if (index < -n || index > n) {
            throw new RangeError(`${what}: index ${index} is out of range for length ${n}`);
        }
        const at = index < 0 ? index + n : index;
        const mods = rawModules(this);
        for (let i = n; i > at; i--)
            this.registerModule(String(i), mods.get(String(i - 1)) ?? null);
        this.registerModule(String(at), module);
        return this;
    }
    /**
     * Append every module of `modules` (torch's `extend`).
     *
     * @param modules The modules to append.
     * @returns This container.
     * @throws {TypeError} If an element is not a Module.
     *
     * @example
     * ```ts
     * import { ReLU, Sequential, Tanh } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * assert.equal(new Sequential(new ReLU()).extend([new Tanh(), new ReLU()]).length, 3);
     * ```
     */
    extend(modules) {
        for (const m of modules)
            this.append(m);
        return this;
    }
    /**
     * The children from `start` to `end` (exclusive, negatives from the end)
     * in a new container of the same class keeping their names (torch's
     * `seq[start:end]`). The children are shared, not copied.
     *
     * @param start First position. Default: 0.
     * @param end Position after the last. Default: `length`.
     * @returns The new container.
     * @throws {TypeError} If a bound is not an integer.
     *
     * @example
     * ```ts
     * import { Linear, ReLU, Sequential } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const net = new Sequential(new Linear(1, 1), new ReLU(), new Linear(1, 1));
     * assert.deepEqual([...net.slice(1).stateDict().keys()], ["2.weight", "2.bias"]);
     * ```
     */
    slice(start, end) {
        const entries = [...rawModules(this)];
        const [a, b] = sliceBounds(start, end, entries.length, "Cannot slice Sequential");
        const Ctor = this.constructor;
        return new Ctor(new Map(entries.slice(a, b)));
    }
    /**
     * Iterate over the children in order (torch's `iter(seq)`).
     *
     * @returns An iterator of the children.
     *
     * @example
     * ```ts
     * import { ReLU, Sequential, Tanh } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const names = [...new Sequential(new ReLU(), new Tanh())].map((m) => m.constructor.name);
     * assert.deepEqual(names, ["ReLU", "Tanh"]);
     * ```
     */
    *[Symbol.iterator]() {
        for (const m of [...rawModules(this).values()])
            if (m !== null)
                yield m;
    }
}
