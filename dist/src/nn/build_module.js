/* @ts-self-types="./build_module.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Build a module from a torch-style JSON module spec (the format of
 * `golden/README.md`, section "Module cases").
 *
 * @module
 */
import { constant } from "../init/constant.js";
import { dirac } from "../init/dirac.js";
import { eye } from "../init/eye.js";
import { kaimingNormal } from "../init/kaiming_normal.js";
import { kaimingUniform } from "../init/kaiming_uniform.js";
import { normal } from "../init/normal.js";
import { ones } from "../init/ones.js";
import { orthogonal } from "../init/orthogonal.js";
import { sparse } from "../init/sparse.js";
import { truncNormal } from "../init/trunc_normal.js";
import { uniform } from "../init/uniform.js";
import { xavierNormal } from "../init/xavier_normal.js";
import { xavierUniform } from "../init/xavier_uniform.js";
import { zeros } from "../init/zeros.js";
import { Module } from "./module.js";
import { MODULE_TYPES, moduleType } from "./_module_types.js";
import { getTorchVersion } from "../random/torch_version.js";
const WHAT = "Cannot build module";
function show(x) {
    if (x === null)
        return "null";
    if (x === undefined)
        return "undefined";
    if (typeof x === "string")
        return JSON.stringify(x);
    if (Array.isArray(x))
        return "an array";
    if (typeof x === "object")
        return x.constructor?.name ?? "object";
    return `${typeof x} ${String(x)}`;
}
function isRecord(x) {
    return x !== null && typeof x === "object" && !Array.isArray(x);
}
function isSpec(x) {
    return isRecord(x) && "type" in x;
}
/** Keys in code-unit order: the order of the golden files (written with sorted keys). */
function sortedKeys(o) {
    return Object.keys(o).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
function camel(name) {
    return name.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
}
const num = (a, k) => a[k];
const INIT_FUNCTIONS = {
    uniform_: {
        args: ["a", "b"],
        fn: (t, a, generator) => void uniform(t, { a: num(a, "a"), b: num(a, "b"), generator }),
    },
    normal_: {
        args: ["mean", "std"],
        fn: (t, a, generator) => void normal(t, { mean: num(a, "mean"), std: num(a, "std"), generator }),
    },
    constant_: { args: ["val"], required: "val", fn: (t, a) => void constant(t, a.val) },
    ones_: { args: [], fn: (t) => void ones(t) },
    zeros_: { args: [], fn: (t) => void zeros(t) },
    eye_: { args: [], fn: (t) => void eye(t) },
    dirac_: { args: ["groups"], fn: (t, a) => void dirac(t, { groups: num(a, "groups") }) },
    xavier_uniform_: {
        args: ["gain"],
        fn: (t, a, generator) => void xavierUniform(t, { gain: num(a, "gain"), generator }),
    },
    xavier_normal_: {
        args: ["gain"],
        fn: (t, a, generator) => void xavierNormal(t, { gain: num(a, "gain"), generator }),
    },
    kaiming_uniform_: {
        args: ["a", "mode", "nonlinearity"],
        fn: (t, a, generator) => void kaimingUniform(t, {
            a: num(a, "a"),
            mode: a.mode,
            nonlinearity: a.nonlinearity,
            generator,
        }),
    },
    kaiming_normal_: {
        args: ["a", "mode", "nonlinearity"],
        fn: (t, a, generator) => void kaimingNormal(t, {
            a: num(a, "a"),
            mode: a.mode,
            nonlinearity: a.nonlinearity,
            generator,
        }),
    },
    trunc_normal_: {
        args: ["mean", "std", "a", "b"],
        fn: (t, a, generator) => void truncNormal(t, {
            mean: num(a, "mean"),
            std: num(a, "std"),
            a: num(a, "a"),
            b: num(a, "b"),
            generator,
        }),
    },
    orthogonal_: {
        args: ["gain"],
        fn: (t, a, generator) => void orthogonal(t, { gain: num(a, "gain"), generator }),
    },
    sparse_: {
        args: ["sparsity", "std"],
        required: "sparsity",
        // In torch the spec's one generator is the default generator, which sparse_'s randperm
        // uses too: with an explicit generator, the permutations come from it as well.
        fn: (t, a, generator) => void sparse(t, a.sparsity, {
            std: num(a, "std"),
            generator,
            generatorForPermutations: generator !== undefined,
        }),
    },
};
// ---------------------------------------------------------------------------------------
// Validation (the whole spec, before anything is built or drawn)
// ---------------------------------------------------------------------------------------
function checkKeys(o, allowed, where) {
    for (const k of Object.keys(o)) {
        if (!allowed.includes(k)) {
            throw new TypeError(`${WHAT}: unknown key ${JSON.stringify(k)} at ${where}`);
        }
    }
}
function checkString(x, where) {
    if (typeof x !== "string") {
        throw new TypeError(`${WHAT}: ${where} must be a string, received ${show(x)}`);
    }
    return x;
}
function checkArray(x, where) {
    if (!Array.isArray(x)) {
        throw new TypeError(`${WHAT}: ${where} must be an array, received ${show(x)}`);
    }
    return x;
}
function checkRecord(x, where) {
    if (!isRecord(x))
        throw new TypeError(`${WHAT}: ${where} must be an object, received ${show(x)}`);
    return x;
}
function checkInitCall(init, args, where) {
    const name = checkString(init, `${where}.init`);
    const f = INIT_FUNCTIONS[name];
    if (f === undefined) {
        throw new TypeError(`${WHAT}: unknown init function ${JSON.stringify(name)} at ${where}; one of ${Object.keys(INIT_FUNCTIONS).join(", ")}`);
    }
    const a = args === undefined ? {} : checkRecord(args, `${where}.args`);
    for (const k of Object.keys(a)) {
        if (!f.args.includes(k)) {
            throw new TypeError(`${WHAT}: ${name} has no argument ${JSON.stringify(k)} at ${where}.args`);
        }
    }
    if (f.required !== undefined && !(f.required in a)) {
        throw new TypeError(`${WHAT}: ${name} needs the argument ${f.required} at ${where}.args`);
    }
}
function checkMatch(m, where) {
    const o = checkRecord(m, where);
    checkKeys(o, ["startswith", "endswith", "contains", "min_dim"], where);
    for (const k of ["startswith", "endswith", "contains"]) {
        if (o[k] !== undefined)
            checkString(o[k], `${where}.${k}`);
    }
    if (o.min_dim !== undefined && !Number.isInteger(o.min_dim)) {
        throw new TypeError(`${WHAT}: ${where}.min_dim must be an integer, received ${show(o.min_dim)}`);
    }
}
function checkClassNames(x, where, customs) {
    for (const [i, n] of checkArray(x, where).entries()) {
        const name = checkString(n, `${where}[${i}]`);
        if (!knownClassName(name) && !customs.has(name)) {
            throw new TypeError(`${WHAT}: unknown class name ${JSON.stringify(name)} at ${where}[${i}]`);
        }
    }
}
function checkReinit(steps, where, customs) {
    for (const [i, s] of checkArray(steps, where).entries()) {
        const w = `${where}[${i}]`;
        const step = checkRecord(s, w);
        const op = checkString(step.op, `${w}.op`);
        if (op === "modules" || op === "apply") {
            checkKeys(step, ["op", "branches"], w);
            for (const [j, b] of checkArray(step.branches, `${w}.branches`).entries()) {
                const wb = `${w}.branches[${j}]`;
                const br = checkRecord(b, wb);
                checkKeys(br, ["isinstance", "type_in", "class_name_contains", "inits"], wb);
                if (br.isinstance !== undefined) {
                    checkClassNames(br.isinstance, `${wb}.isinstance`, customs);
                }
                if (br.type_in !== undefined) {
                    for (const [k, n] of checkArray(br.type_in, `${wb}.type_in`).entries()) {
                        checkString(n, `${wb}.type_in[${k}]`);
                    }
                }
                if (br.class_name_contains !== undefined) {
                    checkString(br.class_name_contains, `${wb}.class_name_contains`);
                }
                for (const [k, x] of checkArray(br.inits, `${wb}.inits`).entries()) {
                    const wi = `${wb}.inits[${k}]`;
                    const it = checkRecord(x, wi);
                    checkKeys(it, ["param", "params", "init", "args"], wi);
                    if ((it.param === undefined) === (it.params === undefined)) {
                        throw new TypeError(`${WHAT}: ${wi} needs exactly one of param and params`);
                    }
                    if (it.param !== undefined)
                        checkString(it.param, `${wi}.param`);
                    else
                        checkMatch(it.params, `${wi}.params`);
                    checkInitCall(it.init, it.args, wi);
                }
            }
        }
        else if (op === "call") {
            checkKeys(step, ["op", "target", "init", "args"], w);
            checkString(step.target, `${w}.target`);
            checkInitCall(step.init, step.args, w);
        }
        else if (op === "named_parameters") {
            checkKeys(step, ["op", "match", "init", "args"], w);
            if (step.match !== undefined)
                checkMatch(step.match, `${w}.match`);
            checkInitCall(step.init, step.args, w);
        }
        else {
            throw new TypeError(`${WHAT}: unknown reinit op ${JSON.stringify(op)} at ${w}.op; one of modules, apply, call, named_parameters`);
        }
    }
}
/** Custom class names declared anywhere in the spec (filters may name them). */
function collectCustomNames(x, out) {
    if (Array.isArray(x)) {
        for (const v of x)
            collectCustomNames(v, out);
    }
    else if (isRecord(x)) {
        if (x.type === "Custom")
            out.add(typeof x.name === "string" ? x.name : "Custom");
        for (const v of Object.values(x))
            collectCustomNames(v, out);
    }
    return out;
}
function checkValue(v, where, customs) {
    if (isSpec(v))
        checkSpec(v, where, customs);
    else if (Array.isArray(v))
        v.forEach((x, i) => checkValue(x, `${where}[${i}]`, customs));
    else if (isRecord(v)) {
        for (const k of Object.keys(v)) {
            checkValue(v[k], `${where}.${k}`, customs);
        }
    }
    else if (v !== null && typeof v !== "boolean" && typeof v !== "number" && typeof v !== "string") {
        throw new TypeError(`${WHAT}: ${where} must be a JSON value, received ${show(v)}`);
    }
}
function checkSpec(spec, where, customs) {
    const s = checkRecord(spec, where);
    const type = checkString(s.type, `${where}.type`);
    if (type === "Custom") {
        checkKeys(s, ["type", "name", "children", "reinit"], where);
        if (s.name !== undefined && checkString(s.name, `${where}.name`) === "") {
            throw new RangeError(`${WHAT}: ${where}.name must not be empty`);
        }
        for (const [i, c] of checkArray(s.children ?? [], `${where}.children`).entries()) {
            const pair = checkArray(c, `${where}.children[${i}]`);
            if (pair.length !== 2) {
                throw new TypeError(`${WHAT}: ${where}.children[${i}] must be a [name, spec] pair, received ${pair.length} items`);
            }
            checkString(pair[0], `${where}.children[${i}][0]`);
            checkSpec(pair[1], `${where}.children[${i}][1]`, customs);
        }
    }
    else {
        checkKeys(s, ["type", "args", "kwargs", "reinit"], where);
        const entry = moduleType(type);
        if (entry === undefined && Object.hasOwn(MODULE_TYPES, type)) {
            const version = getTorchVersion();
            throw new TypeError(`${WHAT}: torch ${version} has no nn.${type}, received type ${JSON.stringify(type)} at ${where}.type under setTorchVersion(${JSON.stringify(version)})`);
        }
        if (entry === undefined || entry.internal) {
            throw new TypeError(`${WHAT}: unknown module type ${JSON.stringify(type)} at ${where}.type`);
        }
        const args = checkArray(s.args ?? [], `${where}.args`);
        const kwargs = checkRecord(s.kwargs ?? {}, `${where}.kwargs`);
        bindArguments(type, entry, args, kwargs, where);
        args.forEach((a, i) => checkValue(a, `${where}.args[${i}]`, customs));
        for (const k of Object.keys(kwargs))
            checkValue(kwargs[k], `${where}.kwargs.${k}`, customs);
    }
    if (s.reinit !== undefined)
        checkReinit(s.reinit, `${where}.reinit`, customs);
}
/** torch's argument binding: positional then keyword, by torch's parameter names. */
function bindArguments(type, entry, args, kwargs, where) {
    const bound = new Map();
    if (entry.ignoresArguments)
        return bound;
    if (entry.variadic) {
        const k = Object.keys(kwargs)[0];
        if (k !== undefined) {
            throw new TypeError(`${WHAT}: ${type} has no keyword argument ${JSON.stringify(k)} at ${where}.kwargs`);
        }
        return bound;
    }
    if (args.length > entry.params.length) {
        throw new TypeError(`${WHAT}: ${type} takes at most ${entry.params.length} positional arguments, received ${args.length} at ${where}.args`);
    }
    args.forEach((a, i) => bound.set(entry.params[i], a));
    for (const k of sortedKeys(kwargs)) {
        if (!entry.params.includes(k) && !(entry.keywordOnly ?? []).includes(k)) {
            throw new TypeError(`${WHAT}: ${type} has no keyword argument ${JSON.stringify(k)} at ${where}.kwargs`);
        }
        if (bound.has(k)) {
            throw new TypeError(`${WHAT}: ${type} got multiple values for argument ${JSON.stringify(k)} at ${where}`);
        }
        bound.set(k, kwargs[k]);
    }
    for (const name of entry.unsupported ?? []) {
        if (bound.has(name)) {
            throw new TypeError(`${WHAT}: ${type} argument ${JSON.stringify(name)} cannot be given in a spec at ${where}`);
        }
    }
    for (const name of entry.params.slice(0, entry.required ?? 0)) {
        if (!bound.has(name)) {
            throw new TypeError(`${WHAT}: ${type} is missing the required argument ${JSON.stringify(name)} at ${where}`);
        }
    }
    if (bound.has("device") && bound.get("device") !== "cpu" && bound.get("device") !== null) {
        throw new RangeError(`${WHAT}: ${type}: only device "cpu" is supported, received ${show(bound.get("device"))}`);
    }
    return bound;
}
// ---------------------------------------------------------------------------------------
// Building
// ---------------------------------------------------------------------------------------
const customClasses = new Map();
const customNames = new WeakMap();
/** One class per Custom name, so that isinstance / type_in filters see a user's class. */
function customClass(name) {
    let C = customClasses.get(name);
    if (C === undefined) {
        C = { [name]: class extends Module {
            } }[name];
        customClasses.set(name, C);
        customNames.set(C.prototype, name);
    }
    return C;
}
function knownClassName(name) {
    return name === "Module" || name in MODULE_TYPES || CLASS_BASES.has(name);
}
/** torch base classes (not constructible from a spec) that `isinstance` filters may name. */
const CLASS_BASES = new Set([
    "_ConvNd",
    "_ConvTransposeNd",
    "_NormBase",
    "_BatchNorm",
    "_InstanceNorm",
    "RNNBase",
    "RNNCellBase",
    "_DropoutNd",
]);
class Builder {
    generator;
    constructor(generator) {
        this.generator = generator;
    }
    value(v) {
        if (isSpec(v))
            return this.build(v);
        if (Array.isArray(v))
            return v.map((x) => this.value(x));
        if (isRecord(v)) {
            // A JSON object (ModuleDict's dict) keeps the file's sorted key order as a Map: a plain
            // object would put integer-like keys ("10", "2") first.
            return new Map(sortedKeys(v).map((k) => [k, this.value(v[k])]));
        }
        return v;
    }
    build(spec) {
        let module;
        if (spec.type === "Custom") {
            const C = customClass(spec.name ?? "Custom");
            module = new C();
            for (const [name, child] of spec.children ?? []) {
                module.registerModule(name, this.build(child));
            }
        }
        else {
            const entry = moduleType(spec.type); // checked by checkSpec
            const args = (spec.args ?? []).map((a) => this.value(a));
            const kwargs = {};
            for (const k of sortedKeys(spec.kwargs ?? {}))
                kwargs[k] = this.value(spec.kwargs[k]);
            if (entry.variadic) {
                module = entry.create(args, {});
            }
            else if (entry.ignoresArguments) {
                module = entry.create([], {});
            }
            else {
                const bound = bindArguments(spec.type, entry, args, kwargs, "spec");
                const positional = [];
                const opts = {};
                for (const [name, value] of bound) {
                    const i = entry.params.indexOf(name);
                    if (i >= 0 && i < entry.positional)
                        positional[i] = value;
                    else if (name !== "device")
                        opts[entry.rename?.[name] ?? camel(name)] = value;
                }
                positional.length = entry.positional; // an omitted optional one is passed as undefined
                if (entry.draws && this.generator !== undefined)
                    opts.generator = this.generator;
                module = entry.create(positional, opts);
            }
        }
        if (spec.reinit !== undefined)
            runReinit(module, spec.reinit, this.generator);
        return module;
    }
}
// ---------------------------------------------------------------------------------------
// Re-initialisation
// ---------------------------------------------------------------------------------------
/** torch's class name and base class names of `m` (`type(m).__mro__`, as names). */
function torchClassNames(m) {
    const names = [];
    for (let p = Object.getPrototypeOf(m); p !== null && p !== Module.prototype; p = Object.getPrototypeOf(p)) {
        const custom = customNames.get(p);
        if (custom !== undefined) {
            names.push(custom);
            continue;
        }
        const type = TYPE_OF_CLASS.get(p.constructor);
        if (type !== undefined) {
            names.push(type, ...(MODULE_TYPES[type].bases ?? []));
            break;
        }
        names.push(p.constructor.name); // a user's own subclass
    }
    names.push("Module");
    return names;
}
const TYPE_OF_CLASS = new Map(Object.entries(MODULE_TYPES).map(([name, e]) => [e.cls, name]));
function matches(match, name, t) {
    const m = match ?? {};
    return name.startsWith(m.startswith ?? "") && name.endsWith(m.endswith ?? "") &&
        name.includes(m.contains ?? "") && t.shape.length >= (m.min_dim ?? 0);
}
function callInit(t, init, args, generator, where) {
    if (t === null || t === undefined || typeof t !== "object" || !("data" in t)) {
        throw new TypeError(`${WHAT}: ${where} is not a tensor, received ${show(t)}`);
    }
    INIT_FUNCTIONS[init].fn(t, args ?? {}, generator);
}
function resolve(root, path) {
    let x = root;
    for (const part of path.split(".")) {
        if (x === null || x === undefined || typeof x !== "object")
            return undefined;
        x = x[part];
    }
    return x;
}
function runReinit(net, steps, generator) {
    const visit = (m, branches) => {
        const names = torchClassNames(m);
        for (const b of branches) {
            if (b.isinstance !== undefined && !b.isinstance.some((n) => names.includes(n)))
                continue;
            if (b.type_in !== undefined && !b.type_in.includes(names[0]))
                continue;
            if (b.class_name_contains !== undefined && !names[0].includes(b.class_name_contains)) {
                continue;
            }
            for (const it of b.inits) {
                if ("param" in it) {
                    const t = resolve(m, it.param);
                    if (t !== null && t !== undefined)
                        callInit(t, it.init, it.args, generator, it.param);
                }
                else {
                    for (const [name, p] of [...m.namedParameters({ recurse: false })]) {
                        if (matches(it.params, name, p))
                            callInit(p, it.init, it.args, generator, name);
                    }
                }
            }
            return; // if / elif: the first matching branch only
        }
    };
    for (const step of steps) {
        if (step.op === "call") {
            callInit(resolve(net, step.target), step.init, step.args, generator, step.target);
        }
        else if (step.op === "named_parameters") {
            for (const [name, p] of [...net.namedParameters()]) {
                if (matches(step.match, name, p))
                    callInit(p, step.init, step.args, generator, name);
            }
        }
        else if (step.op === "apply") {
            net.apply((m) => visit(m, step.branches));
        }
        else {
            for (const m of [...net.modules()])
                visit(m, step.branches);
        }
    }
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
export function buildModule(spec, options) {
    if (options !== undefined && !isRecord(options)) {
        throw new TypeError(`${WHAT}: options must be an object, received ${show(options)}`);
    }
    checkSpec(spec, "spec", collectCustomNames(spec, new Set()));
    return new Builder(options?.generator).build(spec);
}
