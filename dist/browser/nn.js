import {
  TORCH_VERSIONS,
  calculateFanInAndFanOut,
  constant,
  dirac,
  empty,
  eye,
  fromBits,
  getTorchVersion,
  kaimingNormal,
  kaimingUniform,
  normal,
  ones,
  orthogonal,
  resolveGenerator,
  sharedParameters,
  sparse,
  toBits,
  truncNormal,
  uniform,
  warn,
  xavierNormal,
  xavierUniform,
  zeros
} from "./chunk-CAO752UB.js";
import {
  anyLayoutOf,
  contiguousStrides,
  forEachRowMajor,
  halfLayoutOf,
  layoutOf
} from "./chunk-3AA6VWIZ.js";

// src/nn/parameter.ts
function show(x) {
  if (x === null) return "null";
  if (typeof x === "object") return x.constructor?.name ?? "object";
  if (typeof x === "string") return JSON.stringify(x);
  return `${typeof x} ${String(x)}`;
}
var Parameter = class {
  /** Element storage, shared with the wrapped tensor. */
  data;
  /** Size of each dimension. */
  shape;
  /** Stride of each dimension in elements. */
  strides;
  /** Storage offset in elements. */
  offset;
  /** Whether the parameter is trained (torch's `requires_grad`). */
  requiresGrad;
  /**
   * Create a `Parameter`; see {@linkcode Parameter} for what it holds and how it is
   * initialised.
   *
   * @param tensor The tensor to wrap; its `data` is shared.
   * @param options `requiresGrad`, default `true`.
   * @throws {TypeError} If `tensor` is not a floating-point tensor or `requiresGrad` is not a boolean.
   */
  constructor(tensor, options2) {
    const what = "Cannot create parameter";
    if (tensor === null || typeof tensor !== "object") {
      throw new TypeError(`${what}: tensor must be a tensor, received ${show(tensor)}`);
    }
    const data = tensor.data;
    let half = null;
    if (data instanceof Uint16Array) {
      const tag = tensor.dtype;
      if (tag !== "float16" && tag !== "bfloat16") {
        throw new TypeError(
          `${what}: tensor.dtype must be "float16" or "bfloat16" for Uint16Array data, received ${show(tag)}`
        );
      }
      half = tag;
    } else if (!(data instanceof Float32Array || data instanceof Float64Array)) {
      throw new TypeError(
        `${what}: tensor.data must be a Float32Array, Float64Array or Uint16Array (half precision), received ${show(data)}`
      );
    }
    if (!Array.isArray(tensor.shape)) {
      throw new TypeError(`${what}: tensor.shape must be an array, received ${show(tensor.shape)}`);
    }
    if (options2 !== void 0 && (options2 === null || typeof options2 !== "object")) {
      throw new TypeError(`${what}: options must be an object, received ${show(options2)}`);
    }
    const requiresGrad = options2?.requiresGrad ?? true;
    if (typeof requiresGrad !== "boolean") {
      throw new TypeError(
        `${what}: requiresGrad must be a boolean, received ${show(requiresGrad)}`
      );
    }
    this.data = data;
    this.shape = [...tensor.shape];
    this.strides = tensor.strides === void 0 ? contiguousStrides(tensor.shape) : [...tensor.strides];
    this.offset = tensor.offset ?? 0;
    this.requiresGrad = requiresGrad;
    if (half !== null) this.dtype = half;
  }
};

// src/nn/_copy.ts
var ARRAYS = [
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
  Int32Array,
  Int16Array,
  Int8Array,
  Uint32Array,
  Uint16Array,
  Uint8Array
];
function isTensorLike(x) {
  if (x === null || typeof x !== "object") return false;
  const t = x;
  if (!Array.isArray(t.shape)) return false;
  for (const C of ARRAYS) if (t.data instanceof C) return true;
  return false;
}
function shapeText(shape) {
  return `torch.Size([${shape.join(", ")}])`;
}
function bigintToFloat32(x) {
  const neg2 = x < 0n;
  let m = neg2 ? -x : x;
  const bits = m.toString(2).length;
  if (bits <= 24) return Math.fround(Number(x));
  const shift = BigInt(bits - 24);
  let q = m >> shift;
  const r = m - (q << shift);
  const half = 1n << shift - 1n;
  if (r > half || r === half && (q & 1n) === 1n) q += 1n;
  m = q << shift;
  const v = Math.fround(Number(m));
  return neg2 ? -v : v;
}
function numberToInt64(x) {
  if (!Number.isFinite(x) || x >= 2 ** 63 || x < -(2 ** 63)) return -(2n ** 63n);
  return BigInt(Math.trunc(x));
}
function isHalf(t) {
  if (t === null || typeof t !== "object") return false;
  const h = t;
  return h.data instanceof Uint16Array && (h.dtype === "float16" || h.dtype === "bfloat16");
}
function normalized(src) {
  const d = src.data;
  let data;
  if (isHalf(src)) {
    const layout = halfLayoutOf(src, "Cannot copy tensor");
    const value = fromBits(layout.dtype);
    const bits = layout.data;
    const out = new Float32Array(layout.numel);
    forEachRowMajor(layout, (i, k) => out[k] = value(bits[i]));
    return { data: out, shape: layout.shape };
  }
  if (d instanceof Float32Array || d instanceof Float64Array || d instanceof BigInt64Array) {
    data = d;
  } else if (d instanceof BigUint64Array) {
    data = new BigInt64Array(d.buffer, d.byteOffset, d.length);
  } else data = Float64Array.from(d);
  return { data, shape: src.shape, strides: src.strides, offset: src.offset };
}
function copyInto(dest, src) {
  const what = "Cannot copy tensor";
  const d = isHalf(dest) ? halfLayoutOf(dest, what) : anyLayoutOf(dest, what);
  const s = anyLayoutOf(normalized(src), what);
  const fromUnsigned = src.data instanceof BigUint64Array;
  return () => {
    const values = new Array(s.numel);
    const sd = s.data;
    forEachRowMajor(s, (i, k) => {
      const v = sd[i];
      values[k] = fromUnsigned ? BigInt.asUintN(64, v) : v;
    });
    const dd = d.data;
    if (dd instanceof Uint16Array) {
      const bits = toBits(d.dtype);
      forEachRowMajor(d, (i, k) => {
        const v = values[k];
        dd[i] = bits(typeof v === "bigint" ? bigintToFloat32(v) : v);
      });
    } else if (dd instanceof BigInt64Array) {
      forEachRowMajor(d, (i, k) => {
        const v = values[k];
        dd[i] = typeof v === "bigint" ? BigInt.asIntN(64, v) : numberToInt64(v);
      });
    } else if (dd instanceof Float32Array) {
      forEachRowMajor(d, (i, k) => {
        const v = values[k];
        dd[i] = typeof v === "bigint" ? bigintToFloat32(v) : v;
      });
    } else {
      forEachRowMajor(d, (i, k) => {
        const v = values[k];
        dd[i] = typeof v === "bigint" ? Number(v) : v;
      });
    }
  };
}

// src/nn/module.ts
var STATES = /* @__PURE__ */ new WeakMap();
function stateOf(m) {
  const s = STATES.get(m);
  if (s === void 0) {
    throw new TypeError("Module state is missing: was Module's constructor run?");
  }
  return s;
}
function rawModules(m) {
  return stateOf(m).modules;
}
function show2(x) {
  if (x === null) return "null";
  if (x === void 0) return "undefined";
  if (typeof x === "object" && !(x instanceof Parameter) && isTensorLike(x)) return "a tensor";
  if (typeof x === "object") return x.constructor?.name ?? "object";
  if (typeof x === "function") return "function";
  if (typeof x === "string") return JSON.stringify(x);
  if (typeof x === "bigint") return `${x}n`;
  return `${typeof x} ${String(x)}`;
}
function defineOwn(target, name, value) {
  Reflect.defineProperty(target, name, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function hasAttr(target, name) {
  return name in target && Reflect.get(target, name) !== void 0;
}
function checkName(kind, name, what) {
  if (typeof name !== "string") {
    throw new TypeError(`${what}: ${kind} name must be a string, received ${show2(name)}`);
  }
  if (name.includes(".")) {
    throw new RangeError(`${what}: ${kind} name must not contain ".", received ${show2(name)}`);
  }
  if (name === "") {
    throw new RangeError(`${what}: ${kind} name must not be empty, received ""`);
  }
}
function checkFresh(target, name, map, what) {
  if (hasAttr(target, name) && !map.has(name)) {
    throw new RangeError(`${what}: attribute ${show2(name)} already exists`);
  }
}
function removeFrom(state, name, keep) {
  if (keep !== "p") state.parameters.delete(name);
  if (keep !== "b") {
    state.buffers.delete(name);
    state.nonPersistent.delete(name);
  }
  if (keep !== "m") state.modules.delete(name);
}
function setAttr(target, name, value) {
  const state = STATES.get(target);
  if (state === void 0) return false;
  const registered = state.parameters.has(name) || state.buffers.has(name) || state.modules.has(name);
  if (value === void 0) return registered;
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
      throw new TypeError(
        `${what}: a parameter must be a Parameter or null, received ${show2(value)}`
      );
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
      throw new TypeError(
        `${what}: a child module must be a Module or null, received ${show2(value)}`
      );
    }
    state.modules.set(name, null);
    defineOwn(target, name, null);
    return true;
  }
  if (state.buffers.has(name)) {
    if (value !== null && !isTensorLike(value)) {
      throw new TypeError(`${what}: a buffer must be a tensor or null, received ${show2(value)}`);
    }
    state.buffers.set(name, value);
    defineOwn(target, name, value);
    return true;
  }
  return false;
}
var HANDLER = {
  defineProperty(target, key, descriptor) {
    if (typeof key === "string" && "value" in descriptor && setAttr(target, key, descriptor.value)) {
      return true;
    }
    return Reflect.defineProperty(target, key, descriptor);
  },
  deleteProperty(target, key) {
    const state = STATES.get(target);
    if (state !== void 0 && typeof key === "string") {
      state.parameters.delete(key);
      state.buffers.delete(key);
      state.nonPersistent.delete(key);
      state.modules.delete(key);
    }
    return Reflect.deleteProperty(target, key);
  }
};
var Module = class _Module {
  /** Whether the module is in training mode (see {@linkcode Module.train}). */
  training = true;
  /**
   * Create a `Module`; see {@linkcode Module} for what it holds and how it is
   * initialised.
   */
  constructor() {
    const state = {
      parameters: /* @__PURE__ */ new Map(),
      buffers: /* @__PURE__ */ new Map(),
      modules: /* @__PURE__ */ new Map(),
      nonPersistent: /* @__PURE__ */ new Set()
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
      throw new TypeError(
        `${what}: ${show2(name)} must be a Parameter or null, received ${show2(param)}`
      );
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
  registerBuffer(name, tensor, options2) {
    const what = "Cannot register buffer";
    const state = stateOf(this);
    checkName("buffer", name, what);
    checkFresh(this, name, state.buffers, what);
    if (tensor !== null && !isTensorLike(tensor)) {
      throw new TypeError(
        `${what}: ${show2(name)} must be a tensor or null, received ${show2(tensor)}`
      );
    }
    const persistent = options2?.persistent ?? true;
    if (typeof persistent !== "boolean") {
      throw new TypeError(`${what}: persistent must be a boolean, received ${show2(persistent)}`);
    }
    state.buffers.set(name, tensor);
    if (persistent) state.nonPersistent.delete(name);
    else state.nonPersistent.add(name);
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
    if (module !== null && !(module instanceof _Module)) {
      throw new TypeError(
        `${what}: ${show2(name)} must be a Module or null, received ${show2(module)}`
      );
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
      throw new TypeError(`${what}: target must be a string, received ${show2(target)}`);
    }
    if (target === "") return this;
    let found = null;
    for (const item of target.split(".")) {
      const mod = found ?? this;
      const child = stateOf(mod).modules.get(item);
      if (!(child instanceof _Module)) {
        throw new RangeError(
          `${what}: ${mod.constructor.name} has no submodule ${show2(item)} (target ${show2(target)})`
        );
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
  *namedParameters(options2) {
    yield* namedMembers(this, (s) => s.parameters, options2);
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
  *parameters(options2) {
    for (const [, p] of this.namedParameters({ recurse: options2?.recurse })) yield p;
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
  *namedBuffers(options2) {
    yield* namedMembers(this, (s) => s.buffers, options2);
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
  *buffers(options2) {
    for (const [, b] of this.namedBuffers({ recurse: options2?.recurse })) yield b;
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
    const memo = /* @__PURE__ */ new Set();
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
    for (const [, m] of this.namedChildren()) yield m;
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
  *namedModules(options2) {
    const memo = options2?.memo ?? /* @__PURE__ */ new Set();
    const prefix = options2?.prefix ?? "";
    const removeDuplicate = options2?.removeDuplicate ?? true;
    if (memo.has(this)) return;
    if (removeDuplicate) memo.add(this);
    yield [prefix, this];
    for (const [name, m] of stateOf(this).modules) {
      if (m === null) continue;
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
    for (const [, m] of this.namedModules()) yield m;
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
      throw new TypeError(`Cannot apply function: fn must be a function, received ${show2(fn)}`);
    }
    for (const m of this.children()) m.apply(fn);
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
      throw new TypeError(
        `Cannot set training mode: mode must be a boolean, received ${show2(mode)}`
      );
    }
    this.training = mode;
    for (const m of this.children()) m.train(mode);
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
      throw new TypeError(`${what}: dtype must be a string, received ${show2(dtype)}`);
    }
    if (dtype !== "float32" && dtype !== "float64" && dtype !== "float16" && dtype !== "bfloat16") {
      throw new RangeError(
        `${what}: dtype must be "float32", "float64", "float16" or "bfloat16", received ${JSON.stringify(dtype)}`
      );
    }
    for (const m of this.modules()) {
      const state = stateOf(m);
      for (const p of state.parameters.values()) {
        if (p === null) continue;
        const c = converted(p, dtype);
        if (c !== null) {
          p.data = c.data;
          p.strides = c.strides;
          p.offset = 0;
          if (c.dtype === void 0) delete p.dtype;
          else p.dtype = c.dtype;
        }
      }
      for (const [name, b] of [...state.buffers]) {
        if (b === null) continue;
        const c = converted(b, dtype);
        if (c !== null) Reflect.set(m, name, c);
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
      throw new TypeError(
        `Cannot set requiresGrad: requiresGrad must be a boolean, received ${show2(requiresGrad)}`
      );
    }
    for (const p of this.parameters()) p.requiresGrad = requiresGrad;
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
  stateDict(options2) {
    const destination = options2?.destination ?? /* @__PURE__ */ new Map();
    const prefix = options2?.prefix ?? "";
    const keepVars = options2?.keepVars ?? false;
    const state = stateOf(this);
    for (const [name, p] of state.parameters) {
      if (p === null) continue;
      destination.set(
        prefix + name,
        keepVars ? p : p.dtype === void 0 ? { data: p.data, shape: p.shape, strides: p.strides, offset: p.offset } : {
          data: p.data,
          dtype: p.dtype,
          shape: p.shape,
          strides: p.strides,
          offset: p.offset
        }
      );
    }
    for (const [name, b] of state.buffers) {
      if (b !== null && !state.nonPersistent.has(name)) destination.set(prefix + name, b);
    }
    for (const [name, m] of state.modules) {
      if (m !== null) m.stateDict({ destination, prefix: `${prefix}${name}.`, keepVars });
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
  loadStateDict(stateDict, options2) {
    const what = "Cannot load state dict";
    let entries;
    if (stateDict instanceof Map) entries = new Map(stateDict);
    else if (stateDict !== null && typeof stateDict === "object" && !Array.isArray(stateDict)) {
      entries = new Map(Object.entries(stateDict));
    } else {
      throw new TypeError(
        `${what}: stateDict must be a Map or an object, received ${show2(stateDict)}`
      );
    }
    const strict = options2?.strict ?? true;
    if (typeof strict !== "boolean") {
      throw new TypeError(`${what}: strict must be a boolean, received ${show2(strict)}`);
    }
    const missingKeys = [];
    const unexpectedKeys = [];
    const errors = [];
    let typeError = false;
    const copies = [];
    const load = (m, local, prefix) => {
      m.preloadStateDict(local, prefix, errors);
      const state = stateOf(m);
      const localState = /* @__PURE__ */ new Map();
      for (const [k, v] of state.parameters) if (v !== null) localState.set(k, v);
      for (const [k, v] of state.buffers) {
        if (v !== null && !state.nonPersistent.has(k)) localState.set(k, v);
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
          errors.push(
            `While copying the parameter named "${key}", expected torch.Tensor or Tensor-like object from checkpoint but received ${pythonType(input)}`
          );
          continue;
        }
        if (dest.shape.length === 0 && input.shape.length === 1) {
          const t = input;
          input = { data: t.data, shape: [], strides: [], offset: t.offset ?? 0 };
        }
        const src = input;
        if (!sameShape(src.shape, dest.shape)) {
          errors.push(
            `size mismatch for ${key}: copying a param with shape ${shapeText(src.shape)} from checkpoint, the shape in current model is ${shapeText(dest.shape)}.`
          );
          continue;
        }
        try {
          copies.push(copyInto(dest, src));
        } catch (e) {
          errors.push(
            `While copying the parameter named "${key}", whose dimensions in the model are ${shapeText(dest.shape)} and whose dimensions in the checkpoint are ${shapeText(src.shape)}, an exception occurred : (${e.message}).`
          );
        }
      }
      for (const key of local.keys()) {
        if (!key.startsWith(prefix)) continue;
        const inputName = key.slice(prefix.length).split(".", 1)[0];
        if (!state.modules.has(inputName) && !localState.has(inputName)) {
          unexpectedKeys.push(key);
        }
      }
      for (const [name, child] of state.modules) {
        if (child === null) continue;
        const childPrefix = `${prefix}${name}.`;
        const childLocal = /* @__PURE__ */ new Map();
        for (const [k, v] of local) if (k.startsWith(childPrefix)) childLocal.set(k, v);
        load(child, childLocal, childPrefix);
      }
    };
    load(this, entries, "");
    if (strict) {
      if (unexpectedKeys.length > 0) {
        errors.unshift(
          `Unexpected key(s) in state_dict: ${unexpectedKeys.map((k) => `"${k}"`).join(", ")}. `
        );
      }
      if (missingKeys.length > 0) {
        errors.unshift(
          `Missing key(s) in state_dict: ${missingKeys.map((k) => `"${k}"`).join(", ")}. `
        );
      }
    }
    if (errors.length > 0) {
      const message = `Error(s) in loading state_dict for ${this.constructor.name}:
	${errors.join("\n	")}`;
      throw typeError ? new TypeError(message) : new RangeError(message);
    }
    for (const copy of copies) copy();
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
  preloadStateDict(_stateDict, _prefix, _errors) {
  }
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
    return deepCopyValue(module, /* @__PURE__ */ new Map());
  }
};
function converted(t, dtype) {
  const d = t.data;
  const from = isHalf(t) ? t.dtype : d instanceof Float32Array ? "float32" : d instanceof Float64Array ? "float64" : null;
  if (from === null || from === dtype) return null;
  const what = "Cannot convert module";
  const layout = isHalf(t) ? halfLayoutOf(t, what) : anyLayoutOf(t, what);
  const value = isHalf(t) ? fromBits(t.dtype) : (x) => x;
  const shape = [...t.shape];
  const strides = contiguousStrides(t.shape);
  if (dtype === "float16" || dtype === "bfloat16") {
    const bits = toBits(dtype);
    const out2 = new Uint16Array(layout.numel);
    forEachRowMajor(layout, (i, k) => out2[k] = bits(value(d[i])));
    return { data: out2, dtype, shape, strides, offset: 0 };
  }
  const out = dtype === "float32" ? new Float32Array(layout.numel) : new Float64Array(layout.numel);
  forEachRowMajor(layout, (i, k) => out[k] = value(d[i]));
  return { data: out, shape, strides, offset: 0 };
}
function pythonType(x) {
  if (x === null || x === void 0) return "<class 'NoneType'>";
  if (typeof x === "number") return Number.isInteger(x) ? "<class 'int'>" : "<class 'float'>";
  if (typeof x === "bigint") return "<class 'int'>";
  if (typeof x === "string") return "<class 'str'>";
  if (typeof x === "boolean") return "<class 'bool'>";
  if (Array.isArray(x)) return "<class 'list'>";
  if (typeof x === "function") return "<class 'function'>";
  const name = x.constructor?.name;
  return name === void 0 || name === "Object" ? "<class 'dict'>" : `<class '${name}'>`;
}
function sameShape(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
function* namedMembers(root, pick, options2) {
  const prefix = options2?.prefix ?? "";
  const recurse = options2?.recurse ?? true;
  const removeDuplicate = options2?.removeDuplicate ?? true;
  const memo = /* @__PURE__ */ new Set();
  const mods = recurse ? root.namedModules({ prefix, removeDuplicate }) : [[prefix, root]];
  for (const [modPrefix, m] of mods) {
    for (const [k, v] of pick(stateOf(m))) {
      if (v === null || memo.has(v)) continue;
      if (removeDuplicate) memo.add(v);
      yield [modPrefix === "" ? k : `${modPrefix}.${k}`, v];
    }
  }
}
var TYPED_ARRAYS = [
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
  Uint8ClampedArray
];
function deepCopyValue(x, memo) {
  if (x === null || typeof x !== "object" && typeof x !== "function") return x;
  if (typeof x === "function") return x;
  if (memo.has(x)) return memo.get(x);
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
    const copy = /* @__PURE__ */ new Map();
    memo.set(x, copy);
    for (const [k, v] of x) copy.set(deepCopyValue(k, memo), deepCopyValue(v, memo));
    return copy;
  }
  if (x instanceof Set) {
    const copy = /* @__PURE__ */ new Set();
    memo.set(x, copy);
    for (const v of x) copy.add(deepCopyValue(v, memo));
    return copy;
  }
  if (Array.isArray(x)) {
    const copy = [];
    memo.set(x, copy);
    for (const v of x) copy.push(deepCopyValue(v, memo));
    return copy;
  }
  const proto = Object.getPrototypeOf(x);
  const plain2 = proto === null || proto === Object.prototype;
  if (!plain2 && !(x instanceof Module) && !(x instanceof Parameter)) return x;
  const target = Object.create(proto);
  let result = target;
  let state;
  if (x instanceof Module) {
    const old = stateOf(x);
    state = {
      parameters: /* @__PURE__ */ new Map(),
      buffers: /* @__PURE__ */ new Map(),
      modules: /* @__PURE__ */ new Map(),
      nonPersistent: new Set(old.nonPersistent)
    };
    result = new Proxy(target, HANDLER);
    STATES.set(target, state);
    STATES.set(result, state);
  }
  memo.set(x, result);
  for (const key of Reflect.ownKeys(x)) {
    const d = Reflect.getOwnPropertyDescriptor(x, key);
    if ("value" in d) d.value = deepCopyValue(d.value, memo);
    Reflect.defineProperty(target, key, d);
  }
  if (state !== void 0) {
    const old = stateOf(x);
    for (const [k, v] of old.parameters) state.parameters.set(k, deepCopyValue(v, memo));
    for (const [k, v] of old.buffers) state.buffers.set(k, deepCopyValue(v, memo));
    for (const [k, v] of old.modules) state.modules.set(k, deepCopyValue(v, memo));
  }
  return result;
}

// src/nn/_options.ts
function show3(x) {
  if (x === null) return "null";
  if (x === void 0) return "undefined";
  if (Array.isArray(x)) return `[${x.map(show3).join(", ")}]`;
  if (typeof x === "object") return x.constructor?.name ?? "object";
  if (typeof x === "function") return "function";
  if (typeof x === "string") return JSON.stringify(x);
  if (typeof x === "bigint") return `${x}n`;
  return String(x);
}
function options(opts, what) {
  if (opts === void 0) return {};
  if (opts === null || typeof opts !== "object" || Array.isArray(opts)) {
    throw new TypeError(`${what}: options must be an object, received ${show3(opts)}`);
  }
  return opts;
}
function int(value, name, what, min = 0) {
  if (typeof value !== "number") {
    throw new TypeError(
      `${what}: ${name} must be an integer, received ${typeof value} ${show3(value)}`
    );
  }
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${what}: ${name} must be an integer, received ${show3(value)}`);
  }
  if (value < min) {
    throw new RangeError(
      `${what}: ${name} must be ${min === 1 ? "positive" : `at least ${min}`}, received ${value}`
    );
  }
  return value;
}
function anyInt(value, name, what) {
  return int(value, name, what, -Number.MAX_SAFE_INTEGER);
}
function num(value, name, what, finiteOnly = false) {
  if (typeof value !== "number") {
    throw new TypeError(
      `${what}: ${name} must be a number, received ${typeof value} ${show3(value)}`
    );
  }
  if (finiteOnly && !Number.isFinite(value)) {
    throw new RangeError(`${what}: ${name} must be finite, received ${value}`);
  }
  return value;
}
function bool(value, name, what) {
  if (typeof value !== "boolean") {
    throw new TypeError(`${what}: ${name} must be a boolean, received ${show3(value)}`);
  }
  return value;
}
function oneOf(value, choices, name, what) {
  if (typeof value !== "string") {
    throw new TypeError(`${what}: ${name} must be a string, received ${show3(value)}`);
  }
  if (!choices.includes(value)) {
    throw new RangeError(
      `${what}: ${name} must be one of ${choices.map((c) => JSON.stringify(c)).join(", ")}, received ${JSON.stringify(value)}`
    );
  }
  return value;
}
function dtypeOf(value, what) {
  if (value === void 0) return "float32";
  return oneOf(value, ["float32", "float64", "float16", "bfloat16"], "dtype", what);
}
function emptyOf(shape, dtype, opts) {
  const shared = opts?.shared ?? false;
  return dtype === "float16" || dtype === "bfloat16" ? empty(shape, { dtype, shared }) : empty(shape, { dtype, shared });
}
function generatorOf(value, what) {
  return resolveGenerator(value, what);
}
function tuple(value, n, name, what, min = 0) {
  if (typeof value === "number") {
    int(value, name, what, min);
    return new Array(n).fill(value);
  }
  if (!Array.isArray(value)) {
    throw new TypeError(
      `${what}: ${name} must be an integer or an array of ${n} integers, received ${show3(value)}`
    );
  }
  if (value.length !== n) {
    throw new RangeError(
      `${what}: ${name} must have ${n} element${n === 1 ? "" : "s"}, received ${show3(value)}`
    );
  }
  return value.map((v, i) => int(v, `${name}[${i}]`, what, min));
}
function intOrInts(value, name, what, min = 0) {
  if (Array.isArray(value)) return value.map((v, i) => int(v, `${name}[${i}]`, what, min));
  if (typeof value !== "number") {
    throw new TypeError(
      `${what}: ${name} must be an integer or an array of integers, received ${show3(value)}`
    );
  }
  return int(value, name, what, min);
}
function parameter(shape, dtype) {
  return new Parameter(emptyOf(shape, dtype, { shared: sharedParameters() }));
}
function int64Scalar(value = 0n) {
  return { data: new BigInt64Array([value]), shape: [], strides: [], offset: 0 };
}
function neg(bound) {
  return bound === 0 ? 0 : -bound;
}
function numelOf(shape, what) {
  let n = 1;
  for (const s of shape) n *= s;
  if (n > 2 ** 32) {
    throw new RangeError(`${what}: the weight would have too many elements, received ${n}`);
  }
  return n;
}
function optional(value, check) {
  return value === void 0 || value === null ? null : check(value);
}
function probability(value, what) {
  const p = num(value, "p", what);
  if (!(p >= 0 && p <= 1)) {
    throw new RangeError(`${what}: p must be a probability between 0 and 1, received ${p}`);
  }
  return p;
}
function adaptiveSize(value, name, what) {
  if (Array.isArray(value)) {
    return value.map((v, i) => v === null ? null : int(v, `${name}[${i}]`, what));
  }
  if (typeof value !== "number") {
    throw new TypeError(
      `${what}: ${name} must be an integer or an array of integers and nulls, received ${show3(value)}`
    );
  }
  return int(value, name, what);
}

// src/nn/_container.ts
function absIndex(idx, length, what) {
  if (typeof idx !== "number" || !Number.isInteger(idx)) {
    throw new TypeError(`${what}: index must be an integer, received ${show3(idx)}`);
  }
  if (idx < -length || idx >= length) {
    throw new RangeError(`${what}: index ${idx} is out of range for length ${length}`);
  }
  return idx < 0 ? idx + length : idx;
}
function moduleArg(m, name, what) {
  if (!(m instanceof Module)) {
    throw new TypeError(`${what}: ${name} must be a Module, received ${show3(m)}`);
  }
  return m;
}
function sliceBounds(start, end, length, what) {
  const clamp = (v, dflt, name) => {
    if (v === void 0) return dflt;
    if (typeof v !== "number" || !Number.isInteger(v)) {
      throw new TypeError(`${what}: ${name} must be an integer, received ${show3(v)}`);
    }
    const x = v < 0 ? v + length : v;
    return Math.min(Math.max(x, 0), length);
  };
  return [clamp(start, 0, "start"), clamp(end, length, "end")];
}
function renumber(m, modules) {
  for (const name of [...rawModules(m).keys()]) Reflect.deleteProperty(m, name);
  modules.forEach((c, i) => m.registerModule(String(i), c));
}

// src/nn/sequential.ts
var Sequential = class extends Module {
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
        this.addModule(key, moduleArg(m, `module ${show3(key)}`, what));
      }
    } else {
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
      throw new TypeError(`${what}: index must be an integer, received ${show3(index)}`);
    }
    if (index < -n || index > n) {
      throw new RangeError(`${what}: index ${index} is out of range for length ${n}`);
    }
    const at = index < 0 ? index + n : index;
    const mods = rawModules(this);
    for (let i = n; i > at; i--) this.registerModule(String(i), mods.get(String(i - 1)) ?? null);
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
    for (const m of modules) this.append(m);
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
    for (const m of [...rawModules(this).values()]) if (m !== null) yield m;
  }
};

// src/nn/module_list.ts
var ModuleList = class _ModuleList extends Module {
  /**
   * Create a `ModuleList`; see {@linkcode ModuleList} for what it holds and how it is
   * initialised.
   *
   * @param modules The initial children, in order.
   * @throws {TypeError} If `modules` is not iterable or an element is not a Module.
   */
  constructor(modules) {
    super();
    if (modules !== void 0) this.extend(modules);
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
    if (modules === null || typeof modules !== "object" || typeof modules[Symbol.iterator] !== "function") {
      throw new TypeError(`${what}: modules must be iterable, received ${show3(modules)}`);
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
      throw new TypeError(`${what}: index must be an integer, received ${show3(index)}`);
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
    return new _ModuleList([...this, ...other]);
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
    for (const m of [...rawModules(this).values()]) if (m !== null) yield m;
  }
};

// src/nn/module_dict.ts
var ModuleDict = class _ModuleDict extends Module {
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
    if (modules !== void 0) this.update(modules);
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
    return rawModules(this).get(key) ?? void 0;
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
    if (!rawModules(this).has(key)) return false;
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
      throw new RangeError(`Cannot pop ModuleDict item: no key ${show3(key)}`);
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
    for (const key of [...rawModules(this).keys()]) Reflect.deleteProperty(this, key);
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
    for (const m of [...rawModules(this).values()]) if (m !== null) yield m;
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
    for (const [k, m] of [...rawModules(this)]) if (m !== null) yield [k, m];
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
    if (modules instanceof _ModuleDict) pairs = [...rawModules(modules)];
    else if (modules instanceof Map) pairs = [...modules];
    else if (modules !== null && typeof modules === "object" && typeof modules[Symbol.iterator] === "function") {
      pairs = [];
      let j = 0;
      for (const p of modules) {
        if (!Array.isArray(p)) {
          throw new TypeError(
            `${what}: element ${j} must be a [key, module] pair, received ${show3(p)}`
          );
        }
        if (p.length !== 2) {
          throw new TypeError(`${what}: element ${j} must have 2 elements, received ${p.length}`);
        }
        pairs.push([p[0], p[1]]);
        j++;
      }
    } else if (modules !== null && typeof modules === "object") {
      pairs = Object.entries(modules);
    } else {
      throw new TypeError(
        `${what}: modules must be a Map, an object or pairs, received ${show3(modules)}`
      );
    }
    for (const [k, m] of pairs) moduleArg(m, `module ${show3(k)}`, what);
    for (const [k, m] of pairs) this.addModule(k, m);
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
};

// src/nn/linear.ts
var Linear = class extends Module {
  /** Size of each input sample. */
  inFeatures;
  /** Size of each output sample. */
  outFeatures;
  /** The weight, `[outFeatures, inFeatures]`. */
  weight;
  /** The bias, `[outFeatures]`, or `null`. */
  bias;
  /**
   * Create a `Linear`; see {@linkcode Linear} for what it holds and how it is
   * initialised.
   *
   * @param inFeatures Size of each input sample: an integer ≥ 0.
   * @param outFeatures Size of each output sample: an integer ≥ 0.
   * @param opts `bias`, `dtype`, `generator`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If a size is negative or fractional.
   */
  constructor(inFeatures, outFeatures, opts) {
    super();
    const what = "Cannot create Linear";
    const o = options(opts, what);
    int(inFeatures, "inFeatures", what);
    int(outFeatures, "outFeatures", what);
    const bias = bool(o.bias ?? true, "bias", what);
    const dtype = dtypeOf(o.dtype, what);
    const generator = generatorOf(o.generator, what);
    numelOf([outFeatures, inFeatures], what);
    this.inFeatures = inFeatures;
    this.outFeatures = outFeatures;
    this.weight = parameter([outFeatures, inFeatures], dtype);
    if (bias) this.bias = parameter([outFeatures], dtype);
    else this.registerParameter("bias", null);
    this.resetParameters({ generator });
  }
  /**
   * Draw the parameters again as the constructor does (torch's
   * `reset_parameters`).
   *
   * @param opts `generator`.
   * @throws {TypeError} If `generator` is not a Generator.
   *
   * @example
   * ```ts
   * import { Generator } from "@torch-parity/init";
   * import { Linear } from "@torch-parity/init/nn";
   * import assert from "node:assert/strict";
   *
   * const a = new Linear(4, 4, { generator: new Generator().manualSeed(1) });
   * const b = new Linear(4, 4);
   * b.resetParameters({ generator: new Generator().manualSeed(1) });
   * assert.deepEqual(b.weight.data, a.weight.data);
   * ```
   */
  resetParameters(opts) {
    const what = "Cannot reset Linear";
    const generator = generatorOf(options(opts, what).generator, what);
    kaimingUniform(this.weight, { a: Math.sqrt(5), generator });
    if (this.bias !== null) {
      const [fanIn] = calculateFanInAndFanOut(this.weight);
      const bound = fanIn > 0 ? 1 / Math.sqrt(fanIn) : 0;
      uniform(this.bias, { a: neg(bound), b: bound, generator });
    }
  }
};

// src/nn/bilinear.ts
var Bilinear = class extends Module {
  /** Size of each first input sample. */
  in1Features;
  /** Size of each second input sample. */
  in2Features;
  /** Size of each output sample. */
  outFeatures;
  /** The weight, `[outFeatures, in1Features, in2Features]`. */
  weight;
  /** The bias, `[outFeatures]`, or `null`. */
  bias;
  /**
   * Create a `Bilinear`; see {@linkcode Bilinear} for what it holds and how it is
   * initialised.
   *
   * @param in1Features Size of each first input sample: an integer ≥ 1.
   * @param in2Features Size of each second input sample: an integer ≥ 0.
   * @param outFeatures Size of each output sample: an integer ≥ 0.
   * @param opts `bias`, `dtype`, `generator` (as {@linkcode LinearOptions}).
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If a size is out of range (`in1Features` 0 divides by zero in torch).
   */
  constructor(in1Features, in2Features, outFeatures, opts) {
    super();
    const what = "Cannot create Bilinear";
    const o = options(opts, what);
    int(in1Features, "in1Features", what, 1);
    int(in2Features, "in2Features", what);
    int(outFeatures, "outFeatures", what);
    const bias = bool(o.bias ?? true, "bias", what);
    const dtype = dtypeOf(o.dtype, what);
    const generator = generatorOf(o.generator, what);
    numelOf([outFeatures, in1Features, in2Features], what);
    this.in1Features = in1Features;
    this.in2Features = in2Features;
    this.outFeatures = outFeatures;
    this.weight = parameter([outFeatures, in1Features, in2Features], dtype);
    if (bias) this.bias = parameter([outFeatures], dtype);
    else this.registerParameter("bias", null);
    this.resetParameters({ generator });
  }
  /**
   * Draw the parameters again as the constructor does (torch's
   * `reset_parameters`).
   *
   * @param opts `generator`.
   * @throws {TypeError} If `generator` is not a Generator.
   *
   * @example
   * ```ts
   * import { Generator } from "@torch-parity/init";
   * import { Bilinear } from "@torch-parity/init/nn";
   * import assert from "node:assert/strict";
   *
   * const a = new Bilinear(2, 2, 2, { generator: new Generator().manualSeed(3) });
   * const b = new Bilinear(2, 2, 2);
   * b.resetParameters({ generator: new Generator().manualSeed(3) });
   * assert.deepEqual(b.bias?.data, a.bias?.data);
   * ```
   */
  resetParameters(opts) {
    const what = "Cannot reset Bilinear";
    const generator = generatorOf(options(opts, what).generator, what);
    const bound = 1 / Math.sqrt(this.weight.shape[1]);
    uniform(this.weight, { a: -bound, b: bound, generator });
    if (this.bias !== null) uniform(this.bias, { a: -bound, b: bound, generator });
  }
};

// src/nn/identity.ts
var Identity = class extends Module {
  /**
   * Create a `Identity`; see {@linkcode Identity} for what it holds and how it is
   * initialised.
   *
   * @param _args Ignored.
   */
  constructor(..._args) {
    super();
  }
};

// src/nn/_torch_options.ts
function torchAtLeast(since) {
  return TORCH_VERSIONS.indexOf(getTorchVersion()) >= TORCH_VERSIONS.indexOf(since);
}
function sinceTorch(value, name, what, since, added) {
  if (value === void 0 || torchAtLeast(since)) return;
  const version = getTorchVersion();
  throw new TypeError(
    `${what}: ${name} is not an option in torch ${version} (${added}), received ${name} ${show3(value)} under setTorchVersion(${JSON.stringify(version)})`
  );
}

// src/nn/conv_nd.ts
var _ConvNd = class extends Module {
  /** Number of input channels. */
  inChannels;
  /** Number of output channels. */
  outChannels;
  /** Kernel size per spatial dimension. */
  kernelSize;
  /** Stride per spatial dimension. */
  stride;
  /** Padding per spatial dimension, or `"same"` / `"valid"`. */
  padding;
  /** Dilation per spatial dimension. */
  dilation;
  /** Whether the convolution is transposed. */
  transposed;
  /** Output padding per spatial dimension. */
  outputPadding;
  /** Number of blocked connections from input to output channels. */
  groups;
  /** The padding mode. */
  paddingMode;
  /** The weight. */
  weight;
  /** The bias, `[outChannels]`, or `null`. */
  bias;
  /**
   * Create a `_ConvNd`; see {@linkcode _ConvNd} for what it holds and how it is
   * initialised.
   *
   * @param inChannels Number of input channels: an integer ≥ 0.
   * @param outChannels Number of output channels: an integer ≥ 0.
   * @param kernelSize Kernel size per spatial dimension.
   * @param settings The normalised remaining arguments.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(inChannels, outChannels, kernelSize, settings) {
    super();
    const { what, stride, padding, dilation, transposed, outputPadding } = settings;
    int(inChannels, "inChannels", what);
    int(outChannels, "outChannels", what);
    const groups = int(settings.groups, "groups", what, 1);
    if (inChannels % groups !== 0) {
      throw new RangeError(
        `${what}: inChannels must be divisible by groups, received inChannels ${inChannels} and groups ${groups}`
      );
    }
    if (outChannels % groups !== 0) {
      throw new RangeError(
        `${what}: outChannels must be divisible by groups, received outChannels ${outChannels} and groups ${groups}`
      );
    }
    if (padding === "same" && stride.some((s) => s !== 1)) {
      throw new RangeError(
        `${what}: padding "same" is not supported for strided convolutions, received stride ${show3(stride)}`
      );
    }
    const paddingMode = oneOf(
      settings.paddingMode,
      ["zeros", "reflect", "replicate", "circular"],
      "paddingMode",
      what
    );
    const bias = bool(settings.bias, "bias", what);
    const dtype = dtypeOf(settings.dtype, what);
    const generator = generatorOf(settings.generator, what);
    const shape = transposed ? [inChannels, outChannels / groups, ...kernelSize] : [outChannels, inChannels / groups, ...kernelSize];
    numelOf(shape, what);
    this.inChannels = inChannels;
    this.outChannels = outChannels;
    this.kernelSize = [...kernelSize];
    this.stride = stride;
    this.padding = padding;
    this.dilation = dilation;
    this.transposed = transposed;
    this.outputPadding = outputPadding;
    this.groups = groups;
    this.paddingMode = paddingMode;
    this.weight = parameter(shape, dtype);
    if (bias) this.bias = parameter([outChannels], dtype);
    else this.registerParameter("bias", null);
    this.resetParameters({ generator });
  }
  /**
   * Draw the parameters again as the constructor does (torch's
   * `reset_parameters`): `kaimingUniform(weight, { a: Math.sqrt(5) })`, then,
   * when fanIn ≠ 0, the bias from U(-1/√fanIn, 1/√fanIn); when fanIn is 0
   * torch 1.13 and 2.6 leave the bias uninitialised (here: zeros, nothing
   * drawn) and torch 2.14 fills it from U(0, 0) (zeros, drawn). The fans are those
   * of the weight's shape, so a transposed convolution's fanIn is
   * `outChannels / groups × kernel` as in torch.
   *
   * @param opts `generator`.
   * @throws {TypeError} If `generator` is not a Generator.
   *
   * @example
   * ```ts
   * import { Generator } from "@torch-parity/init";
   * import { Conv1d } from "@torch-parity/init/nn";
   * import assert from "node:assert/strict";
   *
   * const a = new Conv1d(2, 2, 3, { generator: new Generator().manualSeed(5) });
   * const b = new Conv1d(2, 2, 3);
   * b.resetParameters({ generator: new Generator().manualSeed(5) });
   * assert.deepEqual(b.weight.data, a.weight.data);
   * ```
   */
  resetParameters(opts) {
    const what = `Cannot reset ${this.constructor.name}`;
    const generator = generatorOf(options(opts, what).generator, what);
    kaimingUniform(this.weight, { a: Math.sqrt(5), generator });
    if (this.bias !== null) {
      const [fanIn] = calculateFanInAndFanOut(this.weight);
      if (fanIn !== 0) {
        const bound = 1 / Math.sqrt(fanIn);
        uniform(this.bias, { a: -bound, b: bound, generator });
      } else if (torchAtLeast("2.14")) {
        uniform(this.bias, { a: 0, b: 0, generator });
      }
    }
  }
};

// src/nn/conv_transpose_nd.ts
var _ConvTransposeNd = class extends _ConvNd {
  /**
   * Create a `_ConvTransposeNd`; see {@linkcode _ConvTransposeNd} for what it holds and how it is
   * initialised.
   *
   * @param inChannels Number of input channels: an integer ≥ 0.
   * @param outChannels Number of output channels: an integer ≥ 0.
   * @param kernelSize Kernel size per spatial dimension.
   * @param settings The normalised remaining arguments (`transposed` true).
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(inChannels, outChannels, kernelSize, settings) {
    super(inChannels, outChannels, kernelSize, settings);
  }
};

// src/nn/_conv.ts
function convSettings(n, opts, what) {
  const o = options(opts, what);
  const stride = tuple(o.stride ?? 1, n, "stride", what, 1);
  const p = o.padding ?? 0;
  let padding;
  if (typeof p === "string") {
    if (p !== "same" && p !== "valid") {
      throw new RangeError(
        `${what}: padding must be "same", "valid" or integers, received ${show3(p)}`
      );
    }
    padding = p;
  } else padding = tuple(p, n, "padding", what);
  const dilation = tuple(o.dilation ?? 1, n, "dilation", what, 1);
  return {
    stride,
    padding,
    dilation,
    transposed: false,
    outputPadding: new Array(n).fill(0),
    groups: o.groups ?? 1,
    bias: o.bias ?? true,
    paddingMode: o.paddingMode ?? "zeros",
    dtype: o.dtype,
    generator: o.generator,
    what
  };
}
function convTransposeSettings(n, opts, what) {
  const o = options(opts, what);
  const paddingMode = o.paddingMode ?? "zeros";
  if (paddingMode !== "zeros") {
    throw new RangeError(
      `${what}: only paddingMode "zeros" is supported, received ${show3(paddingMode)}`
    );
  }
  return {
    stride: tuple(o.stride ?? 1, n, "stride", what, 1),
    padding: tuple(o.padding ?? 0, n, "padding", what),
    dilation: tuple(o.dilation ?? 1, n, "dilation", what, 1),
    transposed: true,
    outputPadding: tuple(o.outputPadding ?? 0, n, "outputPadding", what),
    groups: o.groups ?? 1,
    bias: o.bias ?? true,
    paddingMode,
    dtype: o.dtype,
    generator: o.generator,
    what
  };
}

// src/nn/conv1d.ts
var Conv1d = class extends _ConvNd {
  /**
   * Create a `Conv1d`; see {@linkcode Conv1d} for what it holds and how it is
   * initialised.
   *
   * @param inChannels Number of input channels: an integer ≥ 0.
   * @param outChannels Number of output channels: an integer ≥ 0.
   * @param kernelSize Kernel size: one integer or 1 integers.
   * @param opts `stride`, `padding`, `dilation`, `groups`, `bias`, `paddingMode`, `dtype`, `generator`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If `groups` does not divide both channel counts, `padding: "same"` has a stride, or a value is out of range.
   */
  constructor(inChannels, outChannels, kernelSize, opts) {
    const what = "Cannot create Conv1d";
    const kernel = tuple(kernelSize, 1, "kernelSize", what);
    super(inChannels, outChannels, kernel, convSettings(1, opts, what));
  }
};

// src/nn/conv2d.ts
var Conv2d = class extends _ConvNd {
  /**
   * Create a `Conv2d`; see {@linkcode Conv2d} for what it holds and how it is
   * initialised.
   *
   * @param inChannels Number of input channels: an integer ≥ 0.
   * @param outChannels Number of output channels: an integer ≥ 0.
   * @param kernelSize Kernel size: one integer or 2 integers.
   * @param opts `stride`, `padding`, `dilation`, `groups`, `bias`, `paddingMode`, `dtype`, `generator`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If `groups` does not divide both channel counts, `padding: "same"` has a stride, or a value is out of range.
   */
  constructor(inChannels, outChannels, kernelSize, opts) {
    const what = "Cannot create Conv2d";
    const kernel = tuple(kernelSize, 2, "kernelSize", what);
    super(inChannels, outChannels, kernel, convSettings(2, opts, what));
  }
};

// src/nn/conv3d.ts
var Conv3d = class extends _ConvNd {
  /**
   * Create a `Conv3d`; see {@linkcode Conv3d} for what it holds and how it is
   * initialised.
   *
   * @param inChannels Number of input channels: an integer ≥ 0.
   * @param outChannels Number of output channels: an integer ≥ 0.
   * @param kernelSize Kernel size: one integer or 3 integers.
   * @param opts `stride`, `padding`, `dilation`, `groups`, `bias`, `paddingMode`, `dtype`, `generator`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If `groups` does not divide both channel counts, `padding: "same"` has a stride, or a value is out of range.
   */
  constructor(inChannels, outChannels, kernelSize, opts) {
    const what = "Cannot create Conv3d";
    const kernel = tuple(kernelSize, 3, "kernelSize", what);
    super(inChannels, outChannels, kernel, convSettings(3, opts, what));
  }
};

// src/nn/conv_transpose1d.ts
var ConvTranspose1d = class extends _ConvTransposeNd {
  /**
   * Create a `ConvTranspose1d`; see {@linkcode ConvTranspose1d} for what it holds and how it is
   * initialised.
   *
   * @param inChannels Number of input channels: an integer ≥ 0.
   * @param outChannels Number of output channels: an integer ≥ 0.
   * @param kernelSize Kernel size: one integer or 1 integers.
   * @param opts `stride`, `padding`, `outputPadding`, `groups`, `bias`, `dilation`, `paddingMode`, `dtype`, `generator`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If `groups` does not divide both channel counts, `paddingMode` is not `"zeros"`, or a value is out of range.
   */
  constructor(inChannels, outChannels, kernelSize, opts) {
    const what = "Cannot create ConvTranspose1d";
    const kernel = tuple(kernelSize, 1, "kernelSize", what);
    super(inChannels, outChannels, kernel, convTransposeSettings(1, opts, what));
  }
};

// src/nn/conv_transpose2d.ts
var ConvTranspose2d = class extends _ConvTransposeNd {
  /**
   * Create a `ConvTranspose2d`; see {@linkcode ConvTranspose2d} for what it holds and how it is
   * initialised.
   *
   * @param inChannels Number of input channels: an integer ≥ 0.
   * @param outChannels Number of output channels: an integer ≥ 0.
   * @param kernelSize Kernel size: one integer or 2 integers.
   * @param opts `stride`, `padding`, `outputPadding`, `groups`, `bias`, `dilation`, `paddingMode`, `dtype`, `generator`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If `groups` does not divide both channel counts, `paddingMode` is not `"zeros"`, or a value is out of range.
   */
  constructor(inChannels, outChannels, kernelSize, opts) {
    const what = "Cannot create ConvTranspose2d";
    const kernel = tuple(kernelSize, 2, "kernelSize", what);
    super(inChannels, outChannels, kernel, convTransposeSettings(2, opts, what));
  }
};

// src/nn/conv_transpose3d.ts
var ConvTranspose3d = class extends _ConvTransposeNd {
  /**
   * Create a `ConvTranspose3d`; see {@linkcode ConvTranspose3d} for what it holds and how it is
   * initialised.
   *
   * @param inChannels Number of input channels: an integer ≥ 0.
   * @param outChannels Number of output channels: an integer ≥ 0.
   * @param kernelSize Kernel size: one integer or 3 integers.
   * @param opts `stride`, `padding`, `outputPadding`, `groups`, `bias`, `dilation`, `paddingMode`, `dtype`, `generator`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If `groups` does not divide both channel counts, `paddingMode` is not `"zeros"`, or a value is out of range.
   */
  constructor(inChannels, outChannels, kernelSize, opts) {
    const what = "Cannot create ConvTranspose3d";
    const kernel = tuple(kernelSize, 3, "kernelSize", what);
    super(inChannels, outChannels, kernel, convTransposeSettings(3, opts, what));
  }
};

// src/nn/_embedding.ts
function paddingIndex(paddingIdx, numEmbeddings, what) {
  if (paddingIdx === void 0 || paddingIdx === null) return null;
  const p = anyInt(paddingIdx, "paddingIdx", what);
  if (p >= numEmbeddings || p < -numEmbeddings) {
    throw new RangeError(
      `${what}: paddingIdx must be within numEmbeddings ${numEmbeddings}, received ${p}`
    );
  }
  return p < 0 ? numEmbeddings + p : p;
}
function optionalNumber(value, name, what) {
  if (value === void 0 || value === null) return null;
  return num(value, name, what);
}
function embeddingWeight(given, numEmbeddings, embeddingDim, dtype, what) {
  int(numEmbeddings, "numEmbeddings", what);
  int(embeddingDim, "embeddingDim", what);
  if (given === void 0) {
    numelOf([numEmbeddings, embeddingDim], what);
    return parameter([numEmbeddings, embeddingDim], dtype);
  }
  const layout = isHalf(given) ? halfLayoutOf(given, what) : layoutOf(given, what);
  if (layout.shape.length !== 2 || layout.shape[0] !== numEmbeddings || layout.shape[1] !== embeddingDim) {
    throw new RangeError(
      `${what}: the shape of weight must be [numEmbeddings, embeddingDim] = [${numEmbeddings}, ${embeddingDim}], received ${show3(layout.shape)}`
    );
  }
  return given instanceof Parameter ? given : new Parameter(given);
}
function resetEmbedding(weight, paddingIdx, generator) {
  normal(weight, { generator });
  if (paddingIdx !== null) {
    const row = {
      data: weight.data,
      shape: [weight.shape[1]],
      strides: [weight.strides[1]],
      offset: weight.offset + paddingIdx * weight.strides[0]
    };
    zeros(weight.dtype === void 0 ? row : { ...row, dtype: weight.dtype });
  }
}

// src/nn/embedding.ts
var Embedding = class _Embedding extends Module {
  /** Size of the dictionary. */
  numEmbeddings;
  /** Size of each embedding vector. */
  embeddingDim;
  /** The padding row (non-negative), or `null`. */
  paddingIdx;
  /** The max norm, or `null`. */
  maxNorm;
  /** The p of the p-norm for `maxNorm`. */
  normType;
  /** Whether gradients are scaled by the inverse word frequency. */
  scaleGradByFreq;
  /** Whether gradients are sparse. */
  sparse;
  /** The embeddings, `[numEmbeddings, embeddingDim]`. */
  weight;
  /**
   * Create a `Embedding`; see {@linkcode Embedding} for what it holds and how it is
   * initialised.
   *
   * @param numEmbeddings Size of the dictionary: an integer ≥ 0.
   * @param embeddingDim Size of each embedding vector: an integer ≥ 0.
   * @param opts `paddingIdx`, `maxNorm`, `normType`, `scaleGradByFreq`, `sparse`, `weight`, `dtype`, `generator`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If `paddingIdx` is not within `[-numEmbeddings, numEmbeddings)` or `weight` has the wrong shape.
   */
  constructor(numEmbeddings, embeddingDim, opts) {
    super();
    const what = "Cannot create Embedding";
    const o = options(opts, what);
    const dtype = dtypeOf(o.dtype, what);
    const weight = embeddingWeight(o.weight, numEmbeddings, embeddingDim, dtype, what);
    const paddingIdx = paddingIndex(o.paddingIdx, numEmbeddings, what);
    const maxNorm = optionalNumber(o.maxNorm, "maxNorm", what);
    const normType = num(o.normType ?? 2, "normType", what);
    const scaleGradByFreq = bool(o.scaleGradByFreq ?? false, "scaleGradByFreq", what);
    const sparse2 = bool(o.sparse ?? false, "sparse", what);
    const generator = generatorOf(o.generator, what);
    this.numEmbeddings = numEmbeddings;
    this.embeddingDim = embeddingDim;
    this.paddingIdx = paddingIdx;
    this.maxNorm = maxNorm;
    this.normType = normType;
    this.scaleGradByFreq = scaleGradByFreq;
    this.weight = weight;
    if (o.weight === void 0) this.resetParameters({ generator });
    this.sparse = sparse2;
  }
  /**
   * Draw the weight again as the constructor does (torch's
   * `reset_parameters`): N(0, 1), then the padding row zeroed.
   *
   * @param opts `generator`.
   * @throws {TypeError} If `generator` is not a Generator.
   *
   * @example
   * ```ts
   * import { Embedding } from "@torch-parity/init/nn";
   * import assert from "node:assert/strict";
   *
   * const emb = new Embedding(4, 2, { paddingIdx: 0 });
   * emb.resetParameters();
   * assert.deepEqual(Array.from(emb.weight.data.subarray(0, 2)), [0, 0]);
   * ```
   */
  resetParameters(opts) {
    const what = "Cannot reset Embedding";
    const generator = generatorOf(options(opts, what).generator, what);
    resetEmbedding(this.weight, this.paddingIdx, generator);
  }
  /**
   * An embedding over given rows (torch's `Embedding.from_pretrained`):
   * nothing is drawn; `freeze` (default `true`) turns gradients off.
   *
   * @param embeddings The weight `[numEmbeddings, embeddingDim]`; its data is shared.
   * @param opts `freeze` and the constructor's options except `weight`.
   * @returns The embedding.
   * @throws {TypeError} If `embeddings` is not a 2-D tensor or an option has the wrong type.
   * @throws {RangeError} If `paddingIdx` is out of range.
   *
   * @example
   * ```ts
   * import { empty } from "@torch-parity/init";
   * import { Embedding } from "@torch-parity/init/nn";
   * import assert from "node:assert/strict";
   *
   * const emb = Embedding.fromPretrained(empty([5, 2]));
   * assert.equal(emb.numEmbeddings, 5);
   * assert.equal(emb.weight.requiresGrad, false);
   * ```
   */
  static fromPretrained(embeddings, opts) {
    const what = "Cannot create Embedding from pretrained embeddings";
    const o = options(opts, what);
    const freeze = bool(o.freeze ?? true, "freeze", what);
    if (embeddings === null || typeof embeddings !== "object" || embeddings.shape?.length !== 2) {
      throw new TypeError(`${what}: embeddings must be a 2-D tensor`);
    }
    const { freeze: _freeze, ...rest } = o;
    const [rows, cols] = embeddings.shape;
    const emb = new _Embedding(rows, cols, { ...rest, weight: embeddings });
    emb.weight.requiresGrad = !freeze;
    return emb;
  }
};

// src/nn/embedding_bag.ts
var EmbeddingBag = class extends Module {
  /** Size of the dictionary. */
  numEmbeddings;
  /** Size of each embedding vector. */
  embeddingDim;
  /** The max norm, or `null`. */
  maxNorm;
  /** The p of the p-norm for `maxNorm`. */
  normType;
  /** Whether gradients are scaled by the inverse word frequency. */
  scaleGradByFreq;
  /** The padding row (non-negative), or `null`. */
  paddingIdx;
  /** The embeddings, `[numEmbeddings, embeddingDim]`. */
  weight;
  /** How bags are reduced. */
  mode;
  /** Whether gradients are sparse. */
  sparse;
  /** Whether `offsets` has one extra element. */
  includeLastOffset;
  /**
   * Create a `EmbeddingBag`; see {@linkcode EmbeddingBag} for what it holds and how it is
   * initialised.
   *
   * @param numEmbeddings Size of the dictionary: an integer ≥ 0.
   * @param embeddingDim Size of each embedding vector: an integer ≥ 0.
   * @param opts `maxNorm`, `normType`, `scaleGradByFreq`, `mode`, `sparse`, `weight`, `includeLastOffset`, `paddingIdx`, `dtype`, `generator`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If `mode` is unknown, `paddingIdx` is out of range or `weight` has the wrong shape.
   */
  constructor(numEmbeddings, embeddingDim, opts) {
    super();
    const what = "Cannot create EmbeddingBag";
    const o = options(opts, what);
    const dtype = dtypeOf(o.dtype, what);
    const weight = embeddingWeight(o.weight, numEmbeddings, embeddingDim, dtype, what);
    const maxNorm = optionalNumber(o.maxNorm, "maxNorm", what);
    const normType = num(o.normType ?? 2, "normType", what);
    const scaleGradByFreq = bool(o.scaleGradByFreq ?? false, "scaleGradByFreq", what);
    const paddingIdx = paddingIndex(o.paddingIdx, numEmbeddings, what);
    const mode = oneOf(o.mode ?? "mean", ["sum", "mean", "max"], "mode", what);
    const sparse2 = bool(o.sparse ?? false, "sparse", what);
    const includeLastOffset = bool(o.includeLastOffset ?? false, "includeLastOffset", what);
    const generator = generatorOf(o.generator, what);
    this.numEmbeddings = numEmbeddings;
    this.embeddingDim = embeddingDim;
    this.maxNorm = maxNorm;
    this.normType = normType;
    this.scaleGradByFreq = scaleGradByFreq;
    this.paddingIdx = paddingIdx;
    this.weight = weight;
    if (o.weight === void 0) this.resetParameters({ generator });
    this.mode = mode;
    this.sparse = sparse2;
    this.includeLastOffset = includeLastOffset;
  }
  /**
   * Draw the weight again as the constructor does (torch's
   * `reset_parameters`): N(0, 1), then the padding row zeroed.
   *
   * @param opts `generator`.
   * @throws {TypeError} If `generator` is not a Generator.
   *
   * @example
   * ```ts
   * import { Generator } from "@torch-parity/init";
   * import { EmbeddingBag } from "@torch-parity/init/nn";
   * import assert from "node:assert/strict";
   *
   * const a = new EmbeddingBag(3, 2, { generator: new Generator().manualSeed(2) });
   * const b = new EmbeddingBag(3, 2);
   * b.resetParameters({ generator: new Generator().manualSeed(2) });
   * assert.deepEqual(b.weight.data, a.weight.data);
   * ```
   */
  resetParameters(opts) {
    const what = "Cannot reset EmbeddingBag";
    const generator = generatorOf(options(opts, what).generator, what);
    resetEmbedding(this.weight, this.paddingIdx, generator);
  }
};

// src/nn/layer_norm.ts
var LayerNorm = class extends Module {
  /** The normalised trailing shape. */
  normalizedShape;
  /** Added to the variance for numerical stability. */
  eps;
  /** Whether `weight` and `bias` are learnt. */
  elementwiseAffine;
  /** The scale (ones), or `null`. */
  weight;
  /** The shift (zeros), or `null`. */
  bias;
  /**
   * Create a `LayerNorm`; see {@linkcode LayerNorm} for what it holds and how it is
   * initialised.
   *
   * @param normalizedShape The trailing shape to normalise over: an integer or an array of integers.
   * @param opts `eps`, `elementwiseAffine`, `bias`, `dtype`.
   * @throws {TypeError} If an argument has the wrong type, or `bias` is given under torch 1.13.
   * @throws {RangeError} If a size is negative or fractional.
   */
  constructor(normalizedShape, opts) {
    super();
    const what = "Cannot create LayerNorm";
    const o = options(opts, what);
    const n = intOrInts(normalizedShape, "normalizedShape", what);
    const shape = typeof n === "number" ? [n] : n;
    const eps = num(o.eps ?? 1e-5, "eps", what);
    const affine = bool(o.elementwiseAffine ?? true, "elementwiseAffine", what);
    sinceTorch(o.bias, "bias", what, "2.6", "added in torch 2.1");
    const bias = bool(o.bias ?? true, "bias", what);
    const dtype = dtypeOf(o.dtype, what);
    numelOf(shape, what);
    this.normalizedShape = shape;
    this.eps = eps;
    this.elementwiseAffine = affine;
    if (affine) {
      this.weight = parameter(shape, dtype);
      if (bias) this.bias = parameter(shape, dtype);
      else this.registerParameter("bias", null);
    } else {
      this.registerParameter("weight", null);
      this.registerParameter("bias", null);
    }
    this.resetParameters();
  }
  /**
   * Set `weight` to ones and `bias` to zeros (torch's `reset_parameters`).
   * Nothing is drawn; `opts` is accepted for uniformity with the other modules.
   *
   * @param _opts Ignored.
   *
   * @example
   * ```ts
   * import { LayerNorm } from "@torch-parity/init/nn";
   * import assert from "node:assert/strict";
   *
   * const ln = new LayerNorm(2);
   * ln.weight!.data.fill(5);
   * ln.resetParameters();
   * assert.deepEqual(Array.from(ln.weight!.data), [1, 1]);
   * ```
   */
  resetParameters(_opts) {
    if (this.weight !== null) ones(this.weight);
    if (this.bias !== null) zeros(this.bias);
  }
};

// src/nn/rms_norm.ts
var RMSNorm = class extends Module {
  /** The normalised trailing shape. */
  normalizedShape;
  /** Added to the mean square, or `null` for the dtype's epsilon. */
  eps;
  /** Whether `weight` is learnt. */
  elementwiseAffine;
  /** The scale (ones), or `null`. */
  weight;
  /**
   * Create an `RMSNorm`; see {@linkcode RMSNorm} for what it holds.
   *
   * @param normalizedShape The trailing shape to normalise over.
   * @param opts `eps`, `elementwiseAffine`, `dtype`.
   */
  constructor(normalizedShape, opts) {
    super();
    const what = "Cannot create RMSNorm";
    const version = getTorchVersion();
    if (version === "1.13") {
      throw new TypeError(
        `${what}: torch ${version} has no nn.RMSNorm (added in torch 2.4), received torch version ${show3(version)}`
      );
    }
    const o = options(opts, what);
    const n = intOrInts(normalizedShape, "normalizedShape", what);
    const shape = typeof n === "number" ? [n] : n;
    const eps = o.eps === void 0 || o.eps === null ? null : num(o.eps, "eps", what);
    const affine = bool(o.elementwiseAffine ?? true, "elementwiseAffine", what);
    const dtype = dtypeOf(o.dtype, what);
    numelOf(shape, what);
    this.normalizedShape = shape;
    this.eps = eps;
    this.elementwiseAffine = affine;
    if (affine) this.weight = parameter(shape, dtype);
    else this.registerParameter("weight", null);
    this.resetParameters();
  }
  /**
   * Set `weight` to ones (torch's `reset_parameters`). Nothing is drawn.
   *
   * @param _opts Ignored.
   *
   * @example
   * ```ts
   * import { RMSNorm } from "@torch-parity/init/nn";
   * import assert from "node:assert/strict";
   *
   * const norm = new RMSNorm(2);
   * norm.weight!.data.fill(3);
   * norm.resetParameters();
   * assert.deepEqual(Array.from(norm.weight!.data), [1, 1]);
   * ```
   */
  resetParameters(_opts) {
    if (this.weight !== null) ones(this.weight);
  }
};

// src/nn/group_norm.ts
var GroupNorm = class extends Module {
  /** Number of groups. */
  numGroups;
  /** Number of channels. */
  numChannels;
  /** Added to the variance for numerical stability. */
  eps;
  /** Whether `weight` and `bias` are learnt. */
  affine;
  /** The scale (ones), or `null`. */
  weight;
  /** The shift (zeros), or `null`. */
  bias;
  /**
   * Create a `GroupNorm`; see {@linkcode GroupNorm} for what it holds and how it is
   * initialised.
   *
   * @param numGroups Number of groups: a positive integer dividing `numChannels`.
   * @param numChannels Number of channels: an integer ≥ 0.
   * @param opts `eps`, `affine`, `dtype`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If `numChannels` is not divisible by `numGroups`.
   */
  constructor(numGroups, numChannels, opts) {
    super();
    const what = "Cannot create GroupNorm";
    const o = options(opts, what);
    int(numGroups, "numGroups", what, 1);
    int(numChannels, "numChannels", what);
    if (numChannels % numGroups !== 0) {
      throw new RangeError(
        `${what}: numChannels must be divisible by numGroups, received numChannels ${numChannels} and numGroups ${numGroups}`
      );
    }
    const eps = num(o.eps ?? 1e-5, "eps", what);
    const affine = bool(o.affine ?? true, "affine", what);
    sinceTorch(o.bias, "bias", what, "2.14", "added after torch 2.6");
    const bias = bool(o.bias ?? true, "bias", what);
    const dtype = dtypeOf(o.dtype, what);
    this.numGroups = numGroups;
    this.numChannels = numChannels;
    this.eps = eps;
    this.affine = affine;
    if (affine) {
      this.weight = parameter([numChannels], dtype);
      if (bias) this.bias = parameter([numChannels], dtype);
      else this.registerParameter("bias", null);
    } else {
      this.registerParameter("weight", null);
      this.registerParameter("bias", null);
    }
    this.resetParameters();
  }
  /**
   * Set `weight` to ones and `bias` to zeros (torch's `reset_parameters`).
   * Nothing is drawn.
   *
   * @param _opts Ignored.
   *
   * @example
   * ```ts
   * import { GroupNorm } from "@torch-parity/init/nn";
   * import assert from "node:assert/strict";
   *
   * const gn = new GroupNorm(1, 2);
   * gn.bias!.data.fill(3);
   * gn.resetParameters();
   * assert.deepEqual(Array.from(gn.bias!.data), [0, 0]);
   * ```
   */
  resetParameters(_opts) {
    if (this.weight !== null) ones(this.weight);
    if (this.bias !== null) zeros(this.bias);
  }
};

// src/nn/norm_base.ts
var _NormBase = class extends Module {
  /** Number of features. */
  numFeatures;
  /** Added to the variance for numerical stability. */
  eps;
  /** Weight of the running averages' update, or `null` (cumulative average). */
  momentum;
  /** Whether `weight` and `bias` are learnt. */
  affine;
  /** Whether running statistics are kept. */
  trackRunningStats;
  /** The scale (ones), or `null`. */
  weight;
  /** The shift (zeros), or `null`. */
  bias;
  /** Running mean (zeros), or `null`. */
  running_mean;
  /** Running variance (ones), or `null`. */
  running_var;
  /** Number of batches seen: a 0-d int64 tensor, or `null`. */
  num_batches_tracked;
  /**
   * Create a `_NormBase`; see {@linkcode _NormBase} for what it holds and how it is
   * initialised.
   *
   * @param numFeatures Number of features (channels): an integer ≥ 0.
   * @param opts `eps`, `momentum`, `affine`, `trackRunningStats`, `dtype`.
   * @param defaults The defaults of `affine` and `trackRunningStats` and the class name for messages.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If `numFeatures` is negative or fractional.
   */
  constructor(numFeatures, opts, defaults) {
    super();
    const what = `Cannot create ${defaults.name}`;
    const o = options(opts, what);
    int(numFeatures, "numFeatures", what);
    const eps = num(o.eps ?? 1e-5, "eps", what);
    const momentum = o.momentum === null ? null : num(o.momentum ?? 0.1, "momentum", what);
    const affine = bool(o.affine ?? defaults.affine, "affine", what);
    const track = bool(
      o.trackRunningStats ?? defaults.trackRunningStats,
      "trackRunningStats",
      what
    );
    sinceTorch(o.bias, "bias", what, "2.14", "added after torch 2.6");
    const bias = bool(o.bias ?? true, "bias", what);
    const dtype = dtypeOf(o.dtype, what);
    this.numFeatures = numFeatures;
    this.eps = eps;
    this.momentum = momentum;
    this.affine = affine;
    this.trackRunningStats = track;
    if (affine) {
      this.weight = parameter([numFeatures], dtype);
      if (bias) this.bias = parameter([numFeatures], dtype);
      else this.registerParameter("bias", null);
    } else {
      this.registerParameter("weight", null);
      this.registerParameter("bias", null);
    }
    if (track) {
      this.registerBuffer("running_mean", emptyOf([numFeatures], dtype));
      this.registerBuffer("running_var", ones(emptyOf([numFeatures], dtype)));
      this.registerBuffer("num_batches_tracked", int64Scalar(0n));
    } else {
      this.registerBuffer("running_mean", null);
      this.registerBuffer("running_var", null);
      this.registerBuffer("num_batches_tracked", null);
    }
    this.resetParameters();
  }
  /**
   * Reset the running statistics: mean 0, variance 1, batches 0 (torch's
   * `reset_running_stats`).
   *
   * @example
   * ```ts
   * import { BatchNorm1d } from "@torch-parity/init/nn";
   * import assert from "node:assert/strict";
   *
   * const bn = new BatchNorm1d(2);
   * bn.num_batches_tracked!.data[0] = 7n;
   * bn.resetRunningStats();
   * assert.equal(bn.num_batches_tracked!.data[0], 0n);
   * ```
   */
  resetRunningStats() {
    if (this.trackRunningStats) {
      if (this.running_mean !== null) zeros(this.running_mean);
      if (this.running_var !== null) ones(this.running_var);
      if (this.num_batches_tracked !== null) this.num_batches_tracked.data.fill(0n);
    }
  }
  /**
   * Reset the running statistics, then set `weight` to ones and `bias` to
   * zeros (torch's `reset_parameters`). Nothing is drawn.
   *
   * @param _opts Ignored.
   *
   * @example
   * ```ts
   * import { BatchNorm1d } from "@torch-parity/init/nn";
   * import assert from "node:assert/strict";
   *
   * const bn = new BatchNorm1d(2);
   * bn.weight!.data.fill(2);
   * bn.resetParameters();
   * assert.deepEqual(Array.from(bn.weight!.data), [1, 1]);
   * ```
   */
  resetParameters(_opts) {
    this.resetRunningStats();
    if (this.affine) {
      if (this.weight !== null) ones(this.weight);
      if (this.bias !== null) zeros(this.bias);
    }
  }
  /**
   * As torch's `_NormBase._load_from_state_dict` for a state dict without
   * version metadata: a missing `num_batches_tracked` is taken as 0.
   *
   * @param stateDict The entries visible to this module.
   * @param prefix This module's key prefix.
   * @param _errors Error messages collected so far.
   */
  preloadStateDict(stateDict, prefix, _errors) {
    const key = `${prefix}num_batches_tracked`;
    if (this.trackRunningStats && !stateDict.has(key)) stateDict.set(key, int64Scalar(0n));
  }
};

// src/nn/batch_norm_base.ts
var _BatchNorm = class extends _NormBase {
  /**
   * Create a `_BatchNorm`; see {@linkcode _BatchNorm} for what it holds and how it is
   * initialised.
   *
   * @param numFeatures Number of features (channels): an integer ≥ 0.
   * @param opts `eps`, `momentum`, `affine`, `trackRunningStats`, `dtype`.
   * @param name The class name for error messages.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If `numFeatures` is negative or fractional.
   */
  constructor(numFeatures, opts, name) {
    super(numFeatures, opts, { affine: true, trackRunningStats: true, name });
  }
};

// src/nn/instance_norm_base.ts
var _InstanceNorm = class extends _NormBase {
  /**
   * Create a `_InstanceNorm`; see {@linkcode _InstanceNorm} for what it holds and how it is
   * initialised.
   *
   * @param numFeatures Number of features (channels): an integer ≥ 0.
   * @param opts `eps`, `momentum`, `affine`, `trackRunningStats`, `dtype`.
   * @param name The class name for error messages.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If `numFeatures` is negative or fractional.
   */
  constructor(numFeatures, opts, name) {
    super(numFeatures, opts, { affine: false, trackRunningStats: false, name });
  }
  /**
   * As torch's `_InstanceNorm._load_from_state_dict` for a state dict without
   * version metadata: running statistics in the state dict of a module that
   * does not track them are an error (and are not also reported as
   * unexpected keys).
   *
   * @param stateDict The entries visible to this module.
   * @param prefix This module's key prefix.
   * @param errors Error messages collected so far.
   */
  preloadStateDict(stateDict, prefix, errors) {
    if (!this.trackRunningStats) {
      const keys = ["running_mean", "running_var"].map((n) => prefix + n).filter(
        (k) => stateDict.has(k)
      );
      if (keys.length > 0) {
        const klass = this.constructor.name;
        errors.push(
          `Unexpected running stats buffer(s) ${keys.map((k) => `"${k}"`).join(" and ")} for ${klass} with track_running_stats=False. If state_dict is a checkpoint saved before 0.4.0, this may be expected because ${klass} does not track running stats by default since 0.4.0. Please remove these keys from state_dict. If the running stats are actually needed, instead set track_running_stats=True in ${klass} to enable them. See the documentation of ${klass} for details.`
        );
        for (const k of keys) stateDict.delete(k);
      }
    }
    super.preloadStateDict(stateDict, prefix, errors);
  }
};

// src/nn/batch_norm1d.ts
var BatchNorm1d = class extends _BatchNorm {
  /**
   * Create a `BatchNorm1d`; see {@linkcode BatchNorm1d} for what it holds and how it is
   * initialised.
   *
   * @param numFeatures Number of features (channels): an integer ≥ 0.
   * @param opts `eps`, `momentum`, `affine`, `trackRunningStats`, `dtype`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If `numFeatures` is negative or fractional.
   */
  constructor(numFeatures, opts) {
    super(numFeatures, opts, "BatchNorm1d");
  }
};

// src/nn/batch_norm2d.ts
var BatchNorm2d = class extends _BatchNorm {
  /**
   * Create a `BatchNorm2d`; see {@linkcode BatchNorm2d} for what it holds and how it is
   * initialised.
   *
   * @param numFeatures Number of features (channels): an integer ≥ 0.
   * @param opts `eps`, `momentum`, `affine`, `trackRunningStats`, `dtype`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If `numFeatures` is negative or fractional.
   */
  constructor(numFeatures, opts) {
    super(numFeatures, opts, "BatchNorm2d");
  }
};

// src/nn/batch_norm3d.ts
var BatchNorm3d = class extends _BatchNorm {
  /**
   * Create a `BatchNorm3d`; see {@linkcode BatchNorm3d} for what it holds and how it is
   * initialised.
   *
   * @param numFeatures Number of features (channels): an integer ≥ 0.
   * @param opts `eps`, `momentum`, `affine`, `trackRunningStats`, `dtype`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If `numFeatures` is negative or fractional.
   */
  constructor(numFeatures, opts) {
    super(numFeatures, opts, "BatchNorm3d");
  }
};

// src/nn/instance_norm1d.ts
var InstanceNorm1d = class extends _InstanceNorm {
  /**
   * Create a `InstanceNorm1d`; see {@linkcode InstanceNorm1d} for what it holds and how it is
   * initialised.
   *
   * @param numFeatures Number of features (channels): an integer ≥ 0.
   * @param opts `eps`, `momentum`, `affine`, `trackRunningStats`, `dtype`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If `numFeatures` is negative or fractional.
   */
  constructor(numFeatures, opts) {
    super(numFeatures, opts, "InstanceNorm1d");
  }
};

// src/nn/instance_norm2d.ts
var InstanceNorm2d = class extends _InstanceNorm {
  /**
   * Create a `InstanceNorm2d`; see {@linkcode InstanceNorm2d} for what it holds and how it is
   * initialised.
   *
   * @param numFeatures Number of features (channels): an integer ≥ 0.
   * @param opts `eps`, `momentum`, `affine`, `trackRunningStats`, `dtype`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If `numFeatures` is negative or fractional.
   */
  constructor(numFeatures, opts) {
    super(numFeatures, opts, "InstanceNorm2d");
  }
};

// src/nn/instance_norm3d.ts
var InstanceNorm3d = class extends _InstanceNorm {
  /**
   * Create a `InstanceNorm3d`; see {@linkcode InstanceNorm3d} for what it holds and how it is
   * initialised.
   *
   * @param numFeatures Number of features (channels): an integer ≥ 0.
   * @param opts `eps`, `momentum`, `affine`, `trackRunningStats`, `dtype`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If `numFeatures` is negative or fractional.
   */
  constructor(numFeatures, opts) {
    super(numFeatures, opts, "InstanceNorm3d");
  }
};

// src/nn/prelu.ts
var PReLU = class extends Module {
  /** Number of slopes. */
  numParameters;
  /** The initial value of the slopes. */
  init;
  /** The slopes, `[numParameters]`. */
  weight;
  /**
   * Create a `PReLU`; see {@linkcode PReLU} for what it holds and how it is
   * initialised.
   *
   * @param numParameters Number of slopes: 1 or the number of channels. Default: 1.
   * @param opts `init`, `dtype`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If `numParameters` is negative or fractional, or `init` is not finite.
   */
  constructor(numParameters = 1, opts) {
    super();
    const what = "Cannot create PReLU";
    const o = options(opts, what);
    int(numParameters, "numParameters", what);
    const init = num(o.init ?? 0.25, "init", what, true);
    const dtype = dtypeOf(o.dtype, what);
    this.numParameters = numParameters;
    this.init = init;
    this.weight = parameter([numParameters], dtype);
    this.resetParameters();
  }
  /**
   * Fill the weight with `init` again, as the constructor does. (torch 1.13's
   * PReLU has no `reset_parameters`; this is its constructor's `fill_`.)
   *
   * @param _opts Ignored: nothing is drawn.
   *
   * @example
   * ```ts
   * import { PReLU } from "@torch-parity/init/nn";
   * import assert from "node:assert/strict";
   *
   * const act = new PReLU();
   * act.weight.data[0] = 1;
   * act.resetParameters();
   * assert.equal(act.weight.data[0], 0.25);
   * ```
   */
  resetParameters(_opts) {
    constant(this.weight, this.init);
  }
};

// src/nn/dropout_nd.ts
var _DropoutNd = class extends Module {
  /** Probability of an element to be zeroed. */
  p;
  /** Whether the operation is in place. */
  inplace;
  /**
   * Create a `_DropoutNd`; see {@linkcode _DropoutNd} for what it holds and how it is
   * initialised.
   *
   * @param p Probability of an element to be zeroed, in [0, 1].
   * @param opts `inplace`.
   * @param name The class name for error messages.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If `p` is not in [0, 1].
   */
  constructor(p, opts, name) {
    super();
    const what = `Cannot create ${name}`;
    const o = options(opts, what);
    const prob = probability(p, what);
    const inplace = bool(o.inplace ?? false, "inplace", what);
    this.p = prob;
    this.inplace = inplace;
  }
};

// src/nn/relu.ts
var ReLU = class extends Module {
  /** Do the operation in place (accepted for parity; nothing is computed here). */
  inplace;
  /**
   * Create a `ReLU`; see {@linkcode ReLU} for what it holds and how it is
   * initialised.
   *
   * @param opts `inplace`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(opts) {
    super();
    const what = "Cannot create ReLU";
    const o = options(opts, what);
    const inplace = bool(o.inplace ?? false, "inplace", what);
    this.inplace = inplace;
  }
};

// src/nn/silu.ts
var SiLU = class extends Module {
  /** Do the operation in place (accepted for parity; nothing is computed here). */
  inplace;
  /**
   * Create a `SiLU`; see {@linkcode SiLU} for what it holds and how it is
   * initialised.
   *
   * @param opts `inplace`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(opts) {
    super();
    const what = "Cannot create SiLU";
    const o = options(opts, what);
    const inplace = bool(o.inplace ?? false, "inplace", what);
    this.inplace = inplace;
  }
};

// src/nn/mish.ts
var Mish = class extends Module {
  /** Do the operation in place (accepted for parity; nothing is computed here). */
  inplace;
  /**
   * Create a `Mish`; see {@linkcode Mish} for what it holds and how it is
   * initialised.
   *
   * @param opts `inplace`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(opts) {
    super();
    const what = "Cannot create Mish";
    const o = options(opts, what);
    const inplace = bool(o.inplace ?? false, "inplace", what);
    this.inplace = inplace;
  }
};

// src/nn/hardswish.ts
var Hardswish = class extends Module {
  /** Do the operation in place (accepted for parity; nothing is computed here). */
  inplace;
  /**
   * Create a `Hardswish`; see {@linkcode Hardswish} for what it holds and how it is
   * initialised.
   *
   * @param opts `inplace`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(opts) {
    super();
    const what = "Cannot create Hardswish";
    const o = options(opts, what);
    const inplace = bool(o.inplace ?? false, "inplace", what);
    this.inplace = inplace;
  }
};

// src/nn/hardsigmoid.ts
var Hardsigmoid = class extends Module {
  /** Do the operation in place (accepted for parity; nothing is computed here). */
  inplace;
  /**
   * Create a `Hardsigmoid`; see {@linkcode Hardsigmoid} for what it holds and how it is
   * initialised.
   *
   * @param opts `inplace`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(opts) {
    super();
    const what = "Cannot create Hardsigmoid";
    const o = options(opts, what);
    const inplace = bool(o.inplace ?? false, "inplace", what);
    this.inplace = inplace;
  }
};

// src/nn/selu.ts
var SELU = class extends Module {
  /** Do the operation in place (accepted for parity; nothing is computed here). */
  inplace;
  /**
   * Create a `SELU`; see {@linkcode SELU} for what it holds and how it is
   * initialised.
   *
   * @param opts `inplace`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(opts) {
    super();
    const what = "Cannot create SELU";
    const o = options(opts, what);
    const inplace = bool(o.inplace ?? false, "inplace", what);
    this.inplace = inplace;
  }
};

// src/nn/sigmoid.ts
var Sigmoid = class extends Module {
  /**
   * Create a `Sigmoid`; see {@linkcode Sigmoid} for what it holds and how it is
   * initialised.
   */
  constructor() {
    super();
  }
};

// src/nn/tanh.ts
var Tanh = class extends Module {
  /**
   * Create a `Tanh`; see {@linkcode Tanh} for what it holds and how it is
   * initialised.
   */
  constructor() {
    super();
  }
};

// src/nn/log_sigmoid.ts
var LogSigmoid = class extends Module {
  /**
   * Create a `LogSigmoid`; see {@linkcode LogSigmoid} for what it holds and how it is
   * initialised.
   */
  constructor() {
    super();
  }
};

// src/nn/softsign.ts
var Softsign = class extends Module {
  /**
   * Create a `Softsign`; see {@linkcode Softsign} for what it holds and how it is
   * initialised.
   */
  constructor() {
    super();
  }
};

// src/nn/tanhshrink.ts
var Tanhshrink = class extends Module {
  /**
   * Create a `Tanhshrink`; see {@linkcode Tanhshrink} for what it holds and how it is
   * initialised.
   */
  constructor() {
    super();
  }
};

// src/nn/softmax2d.ts
var Softmax2d = class extends Module {
  /**
   * Create a `Softmax2d`; see {@linkcode Softmax2d} for what it holds and how it is
   * initialised.
   */
  constructor() {
    super();
  }
};

// src/nn/threshold.ts
var Threshold = class extends Module {
  /** The threshold. */
  threshold;
  /** The value that replaces x ≤ threshold. */
  value;
  /** Do the operation in place (accepted for parity; nothing is computed here). */
  inplace;
  /**
   * Create a `Threshold`; see {@linkcode Threshold} for what it holds and how it is
   * initialised.
   *
   * @param threshold The threshold.
   * @param value The value that replaces x ≤ threshold.
   * @param opts `inplace`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(threshold, value, opts) {
    super();
    const what = "Cannot create Threshold";
    const o = options(opts, what);
    const thresholdValue = num(threshold, "threshold", what);
    const valueValue = num(value, "value", what);
    const inplace = bool(o.inplace ?? false, "inplace", what);
    this.threshold = thresholdValue;
    this.value = valueValue;
    this.inplace = inplace;
  }
};

// src/nn/rrelu.ts
var RReLU = class extends Module {
  /** Lower bound of the slope distribution. */
  lower;
  /** Upper bound of the slope distribution. */
  upper;
  /** Do the operation in place (accepted for parity; nothing is computed here). */
  inplace;
  /**
   * Create a `RReLU`; see {@linkcode RReLU} for what it holds and how it is
   * initialised.
   *
   * @param lower Lower bound of the slope distribution. Default: `1 / 8`.
   * @param upper Upper bound of the slope distribution. Default: `1 / 3`.
   * @param opts `inplace`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(lower = 1 / 8, upper = 1 / 3, opts) {
    super();
    const what = "Cannot create RReLU";
    const o = options(opts, what);
    const lowerValue = num(lower, "lower", what);
    const upperValue = num(upper, "upper", what);
    const inplace = bool(o.inplace ?? false, "inplace", what);
    this.lower = lowerValue;
    this.upper = upperValue;
    this.inplace = inplace;
  }
};

// src/nn/hardtanh.ts
var Hardtanh = class extends Module {
  /** Lower end of the linear region. */
  minVal;
  /** Upper end of the linear region. */
  maxVal;
  /** Do the operation in place (accepted for parity; nothing is computed here). */
  inplace;
  /**
   * Create a `Hardtanh`; see {@linkcode Hardtanh} for what it holds and how it is
   * initialised.
   *
   * @param minVal Lower end of the linear region. Default: `-1`.
   * @param maxVal Upper end of the linear region. Default: `1`.
   * @param opts `inplace`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(minVal = -1, maxVal = 1, opts) {
    super();
    const what = "Cannot create Hardtanh";
    const o = options(opts, what);
    const minValValue = num(minVal, "minVal", what);
    const maxValValue = num(maxVal, "maxVal", what);
    const inplace = bool(o.inplace ?? false, "inplace", what);
    if (!(maxVal > minVal)) {
      throw new RangeError(
        `${what}: maxVal must be greater than minVal, received minVal ${minVal} and maxVal ${maxVal}`
      );
    }
    this.minVal = minValValue;
    this.maxVal = maxValValue;
    this.inplace = inplace;
  }
};

// src/nn/relu6.ts
var ReLU6 = class extends Hardtanh {
  /**
   * Create a `ReLU6`; see {@linkcode ReLU6} for what it holds and how it is
   * initialised.
   *
   * @param opts `inplace`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(opts) {
    super(0, 6, opts);
  }
};

// src/nn/elu.ts
var ELU = class extends Module {
  /** The α of the negative part. */
  alpha;
  /** Do the operation in place (accepted for parity; nothing is computed here). */
  inplace;
  /**
   * Create a `ELU`; see {@linkcode ELU} for what it holds and how it is
   * initialised.
   *
   * @param alpha The α of the negative part. Default: `1`.
   * @param opts `inplace`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(alpha = 1, opts) {
    super();
    const what = "Cannot create ELU";
    const o = options(opts, what);
    const alphaValue = num(alpha, "alpha", what);
    const inplace = bool(o.inplace ?? false, "inplace", what);
    this.alpha = alphaValue;
    this.inplace = inplace;
  }
};

// src/nn/celu.ts
var CELU = class extends Module {
  /** The α of the formula. */
  alpha;
  /** Do the operation in place (accepted for parity; nothing is computed here). */
  inplace;
  /**
   * Create a `CELU`; see {@linkcode CELU} for what it holds and how it is
   * initialised.
   *
   * @param alpha The α of the formula. Default: `1`.
   * @param opts `inplace`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(alpha = 1, opts) {
    super();
    const what = "Cannot create CELU";
    const o = options(opts, what);
    const alphaValue = num(alpha, "alpha", what);
    const inplace = bool(o.inplace ?? false, "inplace", what);
    this.alpha = alphaValue;
    this.inplace = inplace;
  }
};

// src/nn/leaky_relu.ts
var LeakyReLU = class extends Module {
  /** The slope for negative inputs. */
  negativeSlope;
  /** Do the operation in place (accepted for parity; nothing is computed here). */
  inplace;
  /**
   * Create a `LeakyReLU`; see {@linkcode LeakyReLU} for what it holds and how it is
   * initialised.
   *
   * @param negativeSlope The slope for negative inputs. Default: `0.01`.
   * @param opts `inplace`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(negativeSlope = 0.01, opts) {
    super();
    const what = "Cannot create LeakyReLU";
    const o = options(opts, what);
    const negativeSlopeValue = num(negativeSlope, "negativeSlope", what);
    const inplace = bool(o.inplace ?? false, "inplace", what);
    this.negativeSlope = negativeSlopeValue;
    this.inplace = inplace;
  }
};

// src/nn/gelu.ts
var GELU = class extends Module {
  /** `"none"` (exact) or `"tanh"` (the tanh approximation). */
  approximate;
  /**
   * Create a `GELU`; see {@linkcode GELU} for what it holds and how it is
   * initialised.
   *
   * @param opts `approximate`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(opts) {
    super();
    const what = "Cannot create GELU";
    const o = options(opts, what);
    const approximate = oneOf(
      o.approximate ?? "none",
      ["none", "tanh"],
      "approximate",
      what
    );
    this.approximate = approximate;
  }
};

// src/nn/glu.ts
var GLU = class extends Module {
  /** The dimension to split in halves. */
  dim;
  /**
   * Create a `GLU`; see {@linkcode GLU} for what it holds and how it is
   * initialised.
   *
   * @param dim The dimension to split in halves. Default: `-1`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(dim = -1) {
    super();
    const what = "Cannot create GLU";
    const dimValue = anyInt(dim, "dim", what);
    this.dim = dimValue;
  }
};

// src/nn/hardshrink.ts
var Hardshrink = class extends Module {
  /** The λ of the formula. */
  lambd;
  /**
   * Create a `Hardshrink`; see {@linkcode Hardshrink} for what it holds and how it is
   * initialised.
   *
   * @param lambd The λ of the formula. Default: `0.5`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(lambd = 0.5) {
    super();
    const what = "Cannot create Hardshrink";
    const lambdValue = num(lambd, "lambd", what);
    this.lambd = lambdValue;
  }
};

// src/nn/softshrink.ts
var Softshrink = class extends Module {
  /** The λ of the formula. */
  lambd;
  /**
   * Create a `Softshrink`; see {@linkcode Softshrink} for what it holds and how it is
   * initialised.
   *
   * @param lambd The λ of the formula. Default: `0.5`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(lambd = 0.5) {
    super();
    const what = "Cannot create Softshrink";
    const lambdValue = num(lambd, "lambd", what);
    this.lambd = lambdValue;
  }
};

// src/nn/softplus.ts
var Softplus = class extends Module {
  /** The β of the formula. */
  beta;
  /** Above β·x > threshold the function is linear. */
  threshold;
  /**
   * Create a `Softplus`; see {@linkcode Softplus} for what it holds and how it is
   * initialised.
   *
   * @param beta The β of the formula. Default: `1`.
   * @param threshold Above β·x > threshold the function is linear. Default: `20`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(beta = 1, threshold = 20) {
    super();
    const what = "Cannot create Softplus";
    const betaValue = num(beta, "beta", what);
    const thresholdValue = num(threshold, "threshold", what);
    this.beta = betaValue;
    this.threshold = thresholdValue;
  }
};

// src/nn/softmax.ts
var Softmax = class extends Module {
  /** The dimension to normalise; `null` lets torch pick one (deprecated there). */
  dim;
  /**
   * Create a `Softmax`; see {@linkcode Softmax} for what it holds and how it is
   * initialised.
   *
   * @param dim The dimension to normalise; `null` lets torch pick one (deprecated there). Default: `null`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(dim = null) {
    super();
    const what = "Cannot create Softmax";
    const dimValue = optional(dim, (x) => anyInt(x, "dim", what));
    this.dim = dimValue;
  }
};

// src/nn/softmin.ts
var Softmin = class extends Module {
  /** The dimension to normalise; `null` lets torch pick one (deprecated there). */
  dim;
  /**
   * Create a `Softmin`; see {@linkcode Softmin} for what it holds and how it is
   * initialised.
   *
   * @param dim The dimension to normalise; `null` lets torch pick one (deprecated there). Default: `null`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(dim = null) {
    super();
    const what = "Cannot create Softmin";
    const dimValue = optional(dim, (x) => anyInt(x, "dim", what));
    this.dim = dimValue;
  }
};

// src/nn/log_softmax.ts
var LogSoftmax = class extends Module {
  /** The dimension to normalise; `null` lets torch pick one (deprecated there). */
  dim;
  /**
   * Create a `LogSoftmax`; see {@linkcode LogSoftmax} for what it holds and how it is
   * initialised.
   *
   * @param dim The dimension to normalise; `null` lets torch pick one (deprecated there). Default: `null`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(dim = null) {
    super();
    const what = "Cannot create LogSoftmax";
    const dimValue = optional(dim, (x) => anyInt(x, "dim", what));
    this.dim = dimValue;
  }
};

// src/nn/dropout.ts
var Dropout = class extends _DropoutNd {
  /**
   * Create a `Dropout`; see {@linkcode Dropout} for what it holds and how it is
   * initialised.
   *
   * @param p Probability of an element to be zeroed, in [0, 1]. Default: `0.5`.
   * @param opts `inplace`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(p = 0.5, opts) {
    super(p, opts, "Dropout");
  }
};

// src/nn/dropout1d.ts
var Dropout1d = class extends _DropoutNd {
  /**
   * Create a `Dropout1d`; see {@linkcode Dropout1d} for what it holds and how it is
   * initialised.
   *
   * @param p Probability of an element to be zeroed, in [0, 1]. Default: `0.5`.
   * @param opts `inplace`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(p = 0.5, opts) {
    super(p, opts, "Dropout1d");
  }
};

// src/nn/dropout2d.ts
var Dropout2d = class extends _DropoutNd {
  /**
   * Create a `Dropout2d`; see {@linkcode Dropout2d} for what it holds and how it is
   * initialised.
   *
   * @param p Probability of an element to be zeroed, in [0, 1]. Default: `0.5`.
   * @param opts `inplace`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(p = 0.5, opts) {
    super(p, opts, "Dropout2d");
  }
};

// src/nn/dropout3d.ts
var Dropout3d = class extends _DropoutNd {
  /**
   * Create a `Dropout3d`; see {@linkcode Dropout3d} for what it holds and how it is
   * initialised.
   *
   * @param p Probability of an element to be zeroed, in [0, 1]. Default: `0.5`.
   * @param opts `inplace`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(p = 0.5, opts) {
    super(p, opts, "Dropout3d");
  }
};

// src/nn/alpha_dropout.ts
var AlphaDropout = class extends _DropoutNd {
  /**
   * Create a `AlphaDropout`; see {@linkcode AlphaDropout} for what it holds and how it is
   * initialised.
   *
   * @param p Probability of an element to be zeroed, in [0, 1]. Default: `0.5`.
   * @param opts `inplace`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(p = 0.5, opts) {
    super(p, opts, "AlphaDropout");
  }
};

// src/nn/feature_alpha_dropout.ts
var FeatureAlphaDropout = class extends _DropoutNd {
  /**
   * Create a `FeatureAlphaDropout`; see {@linkcode FeatureAlphaDropout} for what it holds and how it is
   * initialised.
   *
   * @param p Probability of an element to be zeroed, in [0, 1]. Default: `0.5`.
   * @param opts `inplace`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(p = 0.5, opts) {
    super(p, opts, "FeatureAlphaDropout");
  }
};

// src/nn/flatten.ts
var Flatten = class extends Module {
  /** First dimension to flatten. */
  startDim;
  /** Last dimension to flatten. */
  endDim;
  /**
   * Create a `Flatten`; see {@linkcode Flatten} for what it holds and how it is
   * initialised.
   *
   * @param startDim First dimension to flatten. Default: `1`.
   * @param endDim Last dimension to flatten. Default: `-1`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(startDim = 1, endDim = -1) {
    super();
    const what = "Cannot create Flatten";
    const startDimValue = anyInt(startDim, "startDim", what);
    const endDimValue = anyInt(endDim, "endDim", what);
    this.startDim = startDimValue;
    this.endDim = endDimValue;
  }
};

// src/nn/_unflatten.ts
function unflattenArgs(dim, size, what) {
  if (typeof dim === "string") {
    if (!Array.isArray(size)) {
      throw new TypeError(
        `${what}: unflattenedSize must be an array of [name, size] pairs when dim is a name, received ${show3(size)}`
      );
    }
    return [
      dim,
      size.map((p, i) => {
        if (!Array.isArray(p) || p.length !== 2 || typeof p[0] !== "string") {
          throw new TypeError(
            `${what}: unflattenedSize[${i}] must be a [name, size] pair, received ${show3(p)}`
          );
        }
        return [p[0], int(p[1], `unflattenedSize[${i}][1]`, what, -1)];
      })
    ];
  }
  if (typeof dim !== "number") {
    throw new TypeError(`${what}: dim must be an integer or a name, received ${show3(dim)}`);
  }
  const d = anyInt(dim, "dim", what);
  if (!Array.isArray(size)) {
    throw new TypeError(
      `${what}: unflattenedSize must be an array of integers, received ${show3(size)}`
    );
  }
  return [d, size.map((s, i) => int(s, `unflattenedSize[${i}]`, what, -1))];
}

// src/nn/unflatten.ts
var Unflatten = class extends Module {
  /** The dimension (an integer, or a name for named tensors). */
  dim;
  /** The new sizes: integers, or `[name, size]` pairs when `dim` is a name. */
  unflattenedSize;
  /**
   * Create a `Unflatten`; see {@linkcode Unflatten} for what it holds and how it is
   * initialised.
   *
   * @param dimArg The dimension (an integer, or a name for named tensors).
   * @param unflattenedSizeArg The new sizes: integers, or `[name, size]` pairs when `dim` is a name.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(dimArg, unflattenedSizeArg) {
    super();
    const what = "Cannot create Unflatten";
    const [dim, unflattenedSize] = unflattenArgs(dimArg, unflattenedSizeArg, what);
    this.dim = dim;
    this.unflattenedSize = unflattenedSize;
  }
};

// src/nn/max_pool_nd.ts
var _MaxPoolNd = class extends Module {
  /** Size of the window. */
  kernelSize;
  /** Stride of the window (`kernelSize` when not given, as torch stores it). */
  stride;
  /** Implicit negative-infinity padding. */
  padding;
  /** Spacing of the window elements. */
  dilation;
  /** Also return the argmax indices. */
  returnIndices;
  /** Use ceil instead of floor for the output size. */
  ceilMode;
  /**
   * Create a `_MaxPoolNd`; see {@linkcode _MaxPoolNd} for what it holds.
   *
   * @param kernelSize Size of the window.
   * @param opts `stride`, `padding`, `dilation`, `returnIndices`, `ceilMode`.
   * @param name The class name for error messages.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(kernelSize, opts, name) {
    super();
    const what = `Cannot create ${name}`;
    const o = options(opts, what);
    const kernelSizeValue = intOrInts(kernelSize, "kernelSize", what, 1);
    const stride = optional(o.stride, (x) => intOrInts(x, "stride", what, 1));
    const padding = intOrInts(o.padding ?? 0, "padding", what);
    const dilation = intOrInts(o.dilation ?? 1, "dilation", what, 1);
    const returnIndices = bool(o.returnIndices ?? false, "returnIndices", what);
    const ceilMode = bool(o.ceilMode ?? false, "ceilMode", what);
    this.kernelSize = kernelSizeValue;
    this.stride = stride ?? kernelSizeValue;
    this.padding = padding;
    this.dilation = dilation;
    this.returnIndices = returnIndices;
    this.ceilMode = ceilMode;
  }
};

// src/nn/max_pool1d.ts
var MaxPool1d = class extends _MaxPoolNd {
  /**
   * Create a `MaxPool1d`; see {@linkcode MaxPool1d} for what it holds and how it is
   * initialised.
   *
   * @param kernelSize Size of the window.
   * @param opts `stride`, `padding`, `dilation`, `returnIndices`, `ceilMode`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(kernelSize, opts) {
    super(kernelSize, opts, "MaxPool1d");
  }
};

// src/nn/avg_pool1d.ts
var AvgPool1d = class extends Module {
  /** Size of the window. */
  kernelSize;
  /** Stride of the window (`kernelSize` when not given, as torch stores it). */
  stride;
  /** Implicit zero padding. */
  padding;
  /** Use ceil instead of floor for the output size. */
  ceilMode;
  /** Include the zero padding in the average. */
  countIncludePad;
  /**
   * Create a `AvgPool1d`; see {@linkcode AvgPool1d} for what it holds and how it is
   * initialised.
   *
   * @param kernelSize Size of the window.
   * @param opts `stride`, `padding`, `ceilMode`, `countIncludePad`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(kernelSize, opts) {
    super();
    const what = "Cannot create AvgPool1d";
    const o = options(opts, what);
    const kernelSizeValue = intOrInts(kernelSize, "kernelSize", what, 1);
    const stride = optional(o.stride, (x) => intOrInts(x, "stride", what, 1));
    const padding = intOrInts(o.padding ?? 0, "padding", what);
    const ceilMode = bool(o.ceilMode ?? false, "ceilMode", what);
    const countIncludePad = bool(o.countIncludePad ?? true, "countIncludePad", what);
    this.kernelSize = kernelSizeValue;
    this.stride = stride ?? kernelSizeValue;
    this.padding = padding;
    this.ceilMode = ceilMode;
    this.countIncludePad = countIncludePad;
  }
};

// src/nn/adaptive_avg_pool1d.ts
var AdaptiveAvgPool1d = class extends Module {
  /** The output size; `null` entries keep the input size. */
  outputSize;
  /**
   * Create a `AdaptiveAvgPool1d`; see {@linkcode AdaptiveAvgPool1d} for what it holds and how it is
   * initialised.
   *
   * @param outputSize The output size; `null` entries keep the input size.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(outputSize) {
    super();
    const what = "Cannot create AdaptiveAvgPool1d";
    const outputSizeValue = adaptiveSize(outputSize, "outputSize", what);
    this.outputSize = outputSizeValue;
  }
};

// src/nn/adaptive_max_pool1d.ts
var AdaptiveMaxPool1d = class extends Module {
  /** The output size; `null` entries keep the input size. */
  outputSize;
  /** Also return the argmax indices. */
  returnIndices;
  /**
   * Create a `AdaptiveMaxPool1d`; see {@linkcode AdaptiveMaxPool1d} for what it holds and how it is
   * initialised.
   *
   * @param outputSize The output size; `null` entries keep the input size.
   * @param opts `returnIndices`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(outputSize, opts) {
    super();
    const what = "Cannot create AdaptiveMaxPool1d";
    const o = options(opts, what);
    const outputSizeValue = adaptiveSize(outputSize, "outputSize", what);
    const returnIndices = bool(o.returnIndices ?? false, "returnIndices", what);
    this.outputSize = outputSizeValue;
    this.returnIndices = returnIndices;
  }
};

// src/nn/max_unpool1d.ts
var MaxUnpool1d = class extends Module {
  /** Size of the window. */
  kernelSize;
  /** Stride of the window. Default: `kernelSize`. */
  stride;
  /** Padding of the pooling. */
  padding;
  /**
   * Create a `MaxUnpool1d`; see {@linkcode MaxUnpool1d} for what it holds and how it is
   * initialised.
   *
   * @param kernelSize Size of the window.
   * @param opts `stride`, `padding`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(kernelSize, opts) {
    super();
    const what = "Cannot create MaxUnpool1d";
    const o = options(opts, what);
    const kernelSizeTuple = tuple(kernelSize, 1, "kernelSize", what, 1);
    const stride = o.stride === void 0 || o.stride === null ? kernelSizeTuple : tuple(o.stride, 1, "stride", what, 1);
    const padding = tuple(o.padding ?? 0, 1, "padding", what);
    this.kernelSize = kernelSizeTuple;
    this.stride = stride;
    this.padding = padding;
  }
};

// src/nn/max_pool2d.ts
var MaxPool2d = class extends _MaxPoolNd {
  /**
   * Create a `MaxPool2d`; see {@linkcode MaxPool2d} for what it holds and how it is
   * initialised.
   *
   * @param kernelSize Size of the window.
   * @param opts `stride`, `padding`, `dilation`, `returnIndices`, `ceilMode`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(kernelSize, opts) {
    super(kernelSize, opts, "MaxPool2d");
  }
};

// src/nn/avg_pool2d.ts
var AvgPool2d = class extends Module {
  /** Size of the window. */
  kernelSize;
  /** Stride of the window (`kernelSize` when not given, as torch stores it). */
  stride;
  /** Implicit zero padding. */
  padding;
  /** Use ceil instead of floor for the output size. */
  ceilMode;
  /** Include the zero padding in the average. */
  countIncludePad;
  /** A divisor to use instead of the window size. */
  divisorOverride;
  /**
   * Create a `AvgPool2d`; see {@linkcode AvgPool2d} for what it holds and how it is
   * initialised.
   *
   * @param kernelSize Size of the window.
   * @param opts `stride`, `padding`, `ceilMode`, `countIncludePad`, `divisorOverride`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(kernelSize, opts) {
    super();
    const what = "Cannot create AvgPool2d";
    const o = options(opts, what);
    const kernelSizeValue = intOrInts(kernelSize, "kernelSize", what, 1);
    const stride = optional(o.stride, (x) => intOrInts(x, "stride", what, 1));
    const padding = intOrInts(o.padding ?? 0, "padding", what);
    const ceilMode = bool(o.ceilMode ?? false, "ceilMode", what);
    const countIncludePad = bool(o.countIncludePad ?? true, "countIncludePad", what);
    const divisorOverride = optional(o.divisorOverride, (x) => int(x, "divisorOverride", what, 1));
    this.kernelSize = kernelSizeValue;
    this.stride = stride ?? kernelSizeValue;
    this.padding = padding;
    this.ceilMode = ceilMode;
    this.countIncludePad = countIncludePad;
    this.divisorOverride = divisorOverride;
  }
};

// src/nn/adaptive_avg_pool2d.ts
var AdaptiveAvgPool2d = class extends Module {
  /** The output size; `null` entries keep the input size. */
  outputSize;
  /**
   * Create a `AdaptiveAvgPool2d`; see {@linkcode AdaptiveAvgPool2d} for what it holds and how it is
   * initialised.
   *
   * @param outputSize The output size; `null` entries keep the input size.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(outputSize) {
    super();
    const what = "Cannot create AdaptiveAvgPool2d";
    const outputSizeValue = adaptiveSize(outputSize, "outputSize", what);
    this.outputSize = outputSizeValue;
  }
};

// src/nn/adaptive_max_pool2d.ts
var AdaptiveMaxPool2d = class extends Module {
  /** The output size; `null` entries keep the input size. */
  outputSize;
  /** Also return the argmax indices. */
  returnIndices;
  /**
   * Create a `AdaptiveMaxPool2d`; see {@linkcode AdaptiveMaxPool2d} for what it holds and how it is
   * initialised.
   *
   * @param outputSize The output size; `null` entries keep the input size.
   * @param opts `returnIndices`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(outputSize, opts) {
    super();
    const what = "Cannot create AdaptiveMaxPool2d";
    const o = options(opts, what);
    const outputSizeValue = adaptiveSize(outputSize, "outputSize", what);
    const returnIndices = bool(o.returnIndices ?? false, "returnIndices", what);
    this.outputSize = outputSizeValue;
    this.returnIndices = returnIndices;
  }
};

// src/nn/max_unpool2d.ts
var MaxUnpool2d = class extends Module {
  /** Size of the window. */
  kernelSize;
  /** Stride of the window. Default: `kernelSize`. */
  stride;
  /** Padding of the pooling. */
  padding;
  /**
   * Create a `MaxUnpool2d`; see {@linkcode MaxUnpool2d} for what it holds and how it is
   * initialised.
   *
   * @param kernelSize Size of the window.
   * @param opts `stride`, `padding`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(kernelSize, opts) {
    super();
    const what = "Cannot create MaxUnpool2d";
    const o = options(opts, what);
    const kernelSizeTuple = tuple(kernelSize, 2, "kernelSize", what, 1);
    const stride = o.stride === void 0 || o.stride === null ? kernelSizeTuple : tuple(o.stride, 2, "stride", what, 1);
    const padding = tuple(o.padding ?? 0, 2, "padding", what);
    this.kernelSize = kernelSizeTuple;
    this.stride = stride;
    this.padding = padding;
  }
};

// src/nn/max_pool3d.ts
var MaxPool3d = class extends _MaxPoolNd {
  /**
   * Create a `MaxPool3d`; see {@linkcode MaxPool3d} for what it holds and how it is
   * initialised.
   *
   * @param kernelSize Size of the window.
   * @param opts `stride`, `padding`, `dilation`, `returnIndices`, `ceilMode`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(kernelSize, opts) {
    super(kernelSize, opts, "MaxPool3d");
  }
};

// src/nn/avg_pool3d.ts
var AvgPool3d = class extends Module {
  /** Size of the window. */
  kernelSize;
  /** Stride of the window (`kernelSize` when not given, as torch stores it). */
  stride;
  /** Implicit zero padding. */
  padding;
  /** Use ceil instead of floor for the output size. */
  ceilMode;
  /** Include the zero padding in the average. */
  countIncludePad;
  /** A divisor to use instead of the window size. */
  divisorOverride;
  /**
   * Create a `AvgPool3d`; see {@linkcode AvgPool3d} for what it holds and how it is
   * initialised.
   *
   * @param kernelSize Size of the window.
   * @param opts `stride`, `padding`, `ceilMode`, `countIncludePad`, `divisorOverride`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(kernelSize, opts) {
    super();
    const what = "Cannot create AvgPool3d";
    const o = options(opts, what);
    const kernelSizeValue = intOrInts(kernelSize, "kernelSize", what, 1);
    const stride = optional(o.stride, (x) => intOrInts(x, "stride", what, 1));
    const padding = intOrInts(o.padding ?? 0, "padding", what);
    const ceilMode = bool(o.ceilMode ?? false, "ceilMode", what);
    const countIncludePad = bool(o.countIncludePad ?? true, "countIncludePad", what);
    const divisorOverride = optional(o.divisorOverride, (x) => int(x, "divisorOverride", what, 1));
    this.kernelSize = kernelSizeValue;
    this.stride = stride ?? kernelSizeValue;
    this.padding = padding;
    this.ceilMode = ceilMode;
    this.countIncludePad = countIncludePad;
    this.divisorOverride = divisorOverride;
  }
};

// src/nn/adaptive_avg_pool3d.ts
var AdaptiveAvgPool3d = class extends Module {
  /** The output size; `null` entries keep the input size. */
  outputSize;
  /**
   * Create a `AdaptiveAvgPool3d`; see {@linkcode AdaptiveAvgPool3d} for what it holds and how it is
   * initialised.
   *
   * @param outputSize The output size; `null` entries keep the input size.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(outputSize) {
    super();
    const what = "Cannot create AdaptiveAvgPool3d";
    const outputSizeValue = adaptiveSize(outputSize, "outputSize", what);
    this.outputSize = outputSizeValue;
  }
};

// src/nn/adaptive_max_pool3d.ts
var AdaptiveMaxPool3d = class extends Module {
  /** The output size; `null` entries keep the input size. */
  outputSize;
  /** Also return the argmax indices. */
  returnIndices;
  /**
   * Create a `AdaptiveMaxPool3d`; see {@linkcode AdaptiveMaxPool3d} for what it holds and how it is
   * initialised.
   *
   * @param outputSize The output size; `null` entries keep the input size.
   * @param opts `returnIndices`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(outputSize, opts) {
    super();
    const what = "Cannot create AdaptiveMaxPool3d";
    const o = options(opts, what);
    const outputSizeValue = adaptiveSize(outputSize, "outputSize", what);
    const returnIndices = bool(o.returnIndices ?? false, "returnIndices", what);
    this.outputSize = outputSizeValue;
    this.returnIndices = returnIndices;
  }
};

// src/nn/max_unpool3d.ts
var MaxUnpool3d = class extends Module {
  /** Size of the window. */
  kernelSize;
  /** Stride of the window. Default: `kernelSize`. */
  stride;
  /** Padding of the pooling. */
  padding;
  /**
   * Create a `MaxUnpool3d`; see {@linkcode MaxUnpool3d} for what it holds and how it is
   * initialised.
   *
   * @param kernelSize Size of the window.
   * @param opts `stride`, `padding`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(kernelSize, opts) {
    super();
    const what = "Cannot create MaxUnpool3d";
    const o = options(opts, what);
    const kernelSizeTuple = tuple(kernelSize, 3, "kernelSize", what, 1);
    const stride = o.stride === void 0 || o.stride === null ? kernelSizeTuple : tuple(o.stride, 3, "stride", what, 1);
    const padding = tuple(o.padding ?? 0, 3, "padding", what);
    this.kernelSize = kernelSizeTuple;
    this.stride = stride;
    this.padding = padding;
  }
};

// src/nn/lp_pool1d.ts
var LPPool1d = class extends Module {
  /** The p of the power average. */
  normType;
  /** Size of the window. */
  kernelSize;
  /** Stride of the window. Default: `kernelSize` (torch stores `None`). */
  stride;
  /** Use ceil instead of floor for the output size. */
  ceilMode;
  /**
   * Create a `LPPool1d`; see {@linkcode LPPool1d} for what it holds and how it is
   * initialised.
   *
   * @param normType The p of the power average.
   * @param kernelSize Size of the window.
   * @param opts `stride`, `ceilMode`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(normType, kernelSize, opts) {
    super();
    const what = "Cannot create LPPool1d";
    const o = options(opts, what);
    const normTypeValue = num(normType, "normType", what);
    const kernelSizeValue = intOrInts(kernelSize, "kernelSize", what, 1);
    const stride = optional(o.stride, (x) => intOrInts(x, "stride", what, 1));
    const ceilMode = bool(o.ceilMode ?? false, "ceilMode", what);
    this.normType = normTypeValue;
    this.kernelSize = kernelSizeValue;
    this.stride = stride;
    this.ceilMode = ceilMode;
  }
};

// src/nn/lp_pool2d.ts
var LPPool2d = class extends Module {
  /** The p of the power average. */
  normType;
  /** Size of the window. */
  kernelSize;
  /** Stride of the window. Default: `kernelSize` (torch stores `None`). */
  stride;
  /** Use ceil instead of floor for the output size. */
  ceilMode;
  /**
   * Create a `LPPool2d`; see {@linkcode LPPool2d} for what it holds and how it is
   * initialised.
   *
   * @param normType The p of the power average.
   * @param kernelSize Size of the window.
   * @param opts `stride`, `ceilMode`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(normType, kernelSize, opts) {
    super();
    const what = "Cannot create LPPool2d";
    const o = options(opts, what);
    const normTypeValue = num(normType, "normType", what);
    const kernelSizeValue = intOrInts(kernelSize, "kernelSize", what, 1);
    const stride = optional(o.stride, (x) => intOrInts(x, "stride", what, 1));
    const ceilMode = bool(o.ceilMode ?? false, "ceilMode", what);
    this.normType = normTypeValue;
    this.kernelSize = kernelSizeValue;
    this.stride = stride;
    this.ceilMode = ceilMode;
  }
};

// src/nn/_upsample_mode.ts
var UPSAMPLE_MODES = [
  "nearest",
  "linear",
  "bilinear",
  "bicubic",
  "trilinear",
  "area",
  "nearest-exact"
];
function checkScaleFactor(value, what) {
  const one = (v, name) => {
    const x = num(v, name, what);
    if (!(x > 0)) throw new RangeError(`${what}: ${name} must be positive, received ${show3(x)}`);
    return x;
  };
  if (Array.isArray(value)) return value.map((v, i) => one(v, `scaleFactor[${i}]`));
  return one(value, "scaleFactor");
}

// src/nn/upsample.ts
var Upsample = class extends Module {
  /** The class name, as torch stores it. */
  name;
  /** The output spatial size. */
  size;
  /** Multiplier of the spatial size. */
  scaleFactor;
  /** The algorithm. */
  mode;
  /** Align the corner pixels (linear modes). */
  alignCorners;
  /** Recompute the scale factor from the output size. */
  recomputeScaleFactor;
  /**
   * Create a `Upsample`; see {@linkcode Upsample} for what it holds and how it is
   * initialised.
   *
   * @param opts `size`, `scaleFactor`, `mode`, `alignCorners`, `recomputeScaleFactor`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(opts) {
    super();
    const what = "Cannot create Upsample";
    const o = options(opts, what);
    const size = optional(o.size, (x) => intOrInts(x, "size", what, 1));
    const scaleFactor = optional(o.scaleFactor, (x) => checkScaleFactor(x, what));
    const mode = oneOf(o.mode ?? "nearest", UPSAMPLE_MODES, "mode", what);
    const alignCorners = optional(o.alignCorners, (x) => bool(x, "alignCorners", what));
    const recomputeScaleFactor = optional(
      o.recomputeScaleFactor,
      (x) => bool(x, "recomputeScaleFactor", what)
    );
    this.name = this.constructor.name;
    this.size = size;
    this.scaleFactor = scaleFactor;
    this.mode = mode;
    this.alignCorners = alignCorners;
    this.recomputeScaleFactor = recomputeScaleFactor;
  }
};

// src/nn/upsampling_nearest2d.ts
var UpsamplingNearest2d = class extends Upsample {
  /**
   * Create a `UpsamplingNearest2d`; see {@linkcode UpsamplingNearest2d} for what it holds and how it is
   * initialised.
   *
   * @param opts `size`, `scaleFactor`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(opts) {
    super({ size: opts?.size, scaleFactor: opts?.scaleFactor, mode: "nearest" });
  }
};

// src/nn/upsampling_bilinear2d.ts
var UpsamplingBilinear2d = class extends Upsample {
  /**
   * Create a `UpsamplingBilinear2d`; see {@linkcode UpsamplingBilinear2d} for what it holds and how it is
   * initialised.
   *
   * @param opts `size`, `scaleFactor`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(opts) {
    super({
      size: opts?.size,
      scaleFactor: opts?.scaleFactor,
      mode: "bilinear",
      alignCorners: true
    });
  }
};

// src/nn/constant_pad1d.ts
var ConstantPad1d = class extends Module {
  /** One integer, or 2 integers (left, right, …). */
  padding;
  /** The fill value. */
  value;
  /**
   * Create a `ConstantPad1d`; see {@linkcode ConstantPad1d} for what it holds and how it is
   * initialised.
   *
   * @param padding One integer, or 2 integers (left, right, …).
   * @param value The fill value.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(padding, value) {
    super();
    const what = "Cannot create ConstantPad1d";
    const valueValue = num(value, "value", what);
    const paddingTuple = tuple(padding, 2, "padding", what, -Number.MAX_SAFE_INTEGER);
    this.padding = paddingTuple;
    this.value = valueValue;
  }
};

// src/nn/reflection_pad1d.ts
var ReflectionPad1d = class extends Module {
  /** One integer, or 2 integers (left, right, …). */
  padding;
  /**
   * Create a `ReflectionPad1d`; see {@linkcode ReflectionPad1d} for what it holds and how it is
   * initialised.
   *
   * @param padding One integer, or 2 integers (left, right, …).
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(padding) {
    super();
    const what = "Cannot create ReflectionPad1d";
    const paddingTuple = tuple(padding, 2, "padding", what, -Number.MAX_SAFE_INTEGER);
    this.padding = paddingTuple;
  }
};

// src/nn/replication_pad1d.ts
var ReplicationPad1d = class extends Module {
  /** One integer, or 2 integers (left, right, …). */
  padding;
  /**
   * Create a `ReplicationPad1d`; see {@linkcode ReplicationPad1d} for what it holds and how it is
   * initialised.
   *
   * @param padding One integer, or 2 integers (left, right, …).
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(padding) {
    super();
    const what = "Cannot create ReplicationPad1d";
    const paddingTuple = tuple(padding, 2, "padding", what, -Number.MAX_SAFE_INTEGER);
    this.padding = paddingTuple;
  }
};

// src/nn/constant_pad2d.ts
var ConstantPad2d = class extends Module {
  /** One integer, or 4 integers (left, right, …). */
  padding;
  /** The fill value. */
  value;
  /**
   * Create a `ConstantPad2d`; see {@linkcode ConstantPad2d} for what it holds and how it is
   * initialised.
   *
   * @param padding One integer, or 4 integers (left, right, …).
   * @param value The fill value.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(padding, value) {
    super();
    const what = "Cannot create ConstantPad2d";
    const valueValue = num(value, "value", what);
    const paddingTuple = tuple(padding, 4, "padding", what, -Number.MAX_SAFE_INTEGER);
    this.padding = paddingTuple;
    this.value = valueValue;
  }
};

// src/nn/reflection_pad2d.ts
var ReflectionPad2d = class extends Module {
  /** One integer, or 4 integers (left, right, …). */
  padding;
  /**
   * Create a `ReflectionPad2d`; see {@linkcode ReflectionPad2d} for what it holds and how it is
   * initialised.
   *
   * @param padding One integer, or 4 integers (left, right, …).
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(padding) {
    super();
    const what = "Cannot create ReflectionPad2d";
    const paddingTuple = tuple(padding, 4, "padding", what, -Number.MAX_SAFE_INTEGER);
    this.padding = paddingTuple;
  }
};

// src/nn/replication_pad2d.ts
var ReplicationPad2d = class extends Module {
  /** One integer, or 4 integers (left, right, …). */
  padding;
  /**
   * Create a `ReplicationPad2d`; see {@linkcode ReplicationPad2d} for what it holds and how it is
   * initialised.
   *
   * @param padding One integer, or 4 integers (left, right, …).
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(padding) {
    super();
    const what = "Cannot create ReplicationPad2d";
    const paddingTuple = tuple(padding, 4, "padding", what, -Number.MAX_SAFE_INTEGER);
    this.padding = paddingTuple;
  }
};

// src/nn/constant_pad3d.ts
var ConstantPad3d = class extends Module {
  /** One integer, or 6 integers (left, right, …). */
  padding;
  /** The fill value. */
  value;
  /**
   * Create a `ConstantPad3d`; see {@linkcode ConstantPad3d} for what it holds and how it is
   * initialised.
   *
   * @param padding One integer, or 6 integers (left, right, …).
   * @param value The fill value.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(padding, value) {
    super();
    const what = "Cannot create ConstantPad3d";
    const valueValue = num(value, "value", what);
    const paddingTuple = tuple(padding, 6, "padding", what, -Number.MAX_SAFE_INTEGER);
    this.padding = paddingTuple;
    this.value = valueValue;
  }
};

// src/nn/reflection_pad3d.ts
var ReflectionPad3d = class extends Module {
  /** One integer, or 6 integers (left, right, …). */
  padding;
  /**
   * Create a `ReflectionPad3d`; see {@linkcode ReflectionPad3d} for what it holds and how it is
   * initialised.
   *
   * @param padding One integer, or 6 integers (left, right, …).
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(padding) {
    super();
    const what = "Cannot create ReflectionPad3d";
    const paddingTuple = tuple(padding, 6, "padding", what, -Number.MAX_SAFE_INTEGER);
    this.padding = paddingTuple;
  }
};

// src/nn/replication_pad3d.ts
var ReplicationPad3d = class extends Module {
  /** One integer, or 6 integers (left, right, …). */
  padding;
  /**
   * Create a `ReplicationPad3d`; see {@linkcode ReplicationPad3d} for what it holds and how it is
   * initialised.
   *
   * @param padding One integer, or 6 integers (left, right, …).
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(padding) {
    super();
    const what = "Cannot create ReplicationPad3d";
    const paddingTuple = tuple(padding, 6, "padding", what, -Number.MAX_SAFE_INTEGER);
    this.padding = paddingTuple;
  }
};

// src/nn/zero_pad2d.ts
var ZeroPad2d = class extends ConstantPad2d {
  /**
   * Create a `ZeroPad2d`; see {@linkcode ZeroPad2d} for what it holds and how it is
   * initialised.
   *
   * @param padding One integer, or 4 integers (left, right, top, bottom).
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(padding) {
    super(padding, 0);
  }
};

// src/nn/pixel_shuffle.ts
var PixelShuffle = class extends Module {
  /** The factor r. */
  upscaleFactor;
  /**
   * Create a `PixelShuffle`; see {@linkcode PixelShuffle} for what it holds and how it is
   * initialised.
   *
   * @param upscaleFactor The factor r.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(upscaleFactor) {
    super();
    const what = "Cannot create PixelShuffle";
    const upscaleFactorValue = int(upscaleFactor, "upscaleFactor", what, 1);
    this.upscaleFactor = upscaleFactorValue;
  }
};

// src/nn/pixel_unshuffle.ts
var PixelUnshuffle = class extends Module {
  /** The factor r. */
  downscaleFactor;
  /**
   * Create a `PixelUnshuffle`; see {@linkcode PixelUnshuffle} for what it holds and how it is
   * initialised.
   *
   * @param downscaleFactor The factor r.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(downscaleFactor) {
    super();
    const what = "Cannot create PixelUnshuffle";
    const downscaleFactorValue = int(downscaleFactor, "downscaleFactor", what, 1);
    this.downscaleFactor = downscaleFactorValue;
  }
};

// src/nn/channel_shuffle.ts
var ChannelShuffle = class extends Module {
  /** Number of groups. */
  groups;
  /**
   * Create a `ChannelShuffle`; see {@linkcode ChannelShuffle} for what it holds and how it is
   * initialised.
   *
   * @param groups Number of groups.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(groups) {
    super();
    const what = "Cannot create ChannelShuffle";
    const groupsValue = int(groups, "groups", what, 1);
    this.groups = groupsValue;
  }
};

// src/nn/fold.ts
var Fold = class extends Module {
  /** Spatial shape of the output. */
  outputSize;
  /** Size of the blocks. */
  kernelSize;
  /** Spacing of the block elements. */
  dilation;
  /** Implicit zero padding. */
  padding;
  /** Stride of the blocks. */
  stride;
  /**
   * Create a `Fold`; see {@linkcode Fold} for what it holds and how it is
   * initialised.
   *
   * @param outputSize Spatial shape of the output.
   * @param kernelSize Size of the blocks.
   * @param opts `dilation`, `padding`, `stride`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(outputSize, kernelSize, opts) {
    super();
    const what = "Cannot create Fold";
    const o = options(opts, what);
    const outputSizeValue = intOrInts(outputSize, "outputSize", what, 1);
    const kernelSizeValue = intOrInts(kernelSize, "kernelSize", what, 1);
    const dilation = intOrInts(o.dilation ?? 1, "dilation", what, 1);
    const padding = intOrInts(o.padding ?? 0, "padding", what);
    const stride = intOrInts(o.stride ?? 1, "stride", what, 1);
    this.outputSize = outputSizeValue;
    this.kernelSize = kernelSizeValue;
    this.dilation = dilation;
    this.padding = padding;
    this.stride = stride;
  }
};

// src/nn/unfold.ts
var Unfold = class extends Module {
  /** Size of the blocks. */
  kernelSize;
  /** Spacing of the block elements. */
  dilation;
  /** Implicit zero padding. */
  padding;
  /** Stride of the blocks. */
  stride;
  /**
   * Create a `Unfold`; see {@linkcode Unfold} for what it holds and how it is
   * initialised.
   *
   * @param kernelSize Size of the blocks.
   * @param opts `dilation`, `padding`, `stride`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(kernelSize, opts) {
    super();
    const what = "Cannot create Unfold";
    const o = options(opts, what);
    const kernelSizeValue = intOrInts(kernelSize, "kernelSize", what, 1);
    const dilation = intOrInts(o.dilation ?? 1, "dilation", what, 1);
    const padding = intOrInts(o.padding ?? 0, "padding", what);
    const stride = intOrInts(o.stride ?? 1, "stride", what, 1);
    this.kernelSize = kernelSizeValue;
    this.dilation = dilation;
    this.padding = padding;
    this.stride = stride;
  }
};

// src/nn/cosine_similarity.ts
var CosineSimilarity = class extends Module {
  /** The dimension. */
  dim;
  /** Guards against division by zero. */
  eps;
  /**
   * Create a `CosineSimilarity`; see {@linkcode CosineSimilarity} for what it holds and how it is
   * initialised.
   *
   * @param dim The dimension. Default: `1`.
   * @param eps Guards against division by zero. Default: `1e-8`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(dim = 1, eps = 1e-8) {
    super();
    const what = "Cannot create CosineSimilarity";
    const dimValue = anyInt(dim, "dim", what);
    const epsValue = num(eps, "eps", what);
    this.dim = dimValue;
    this.eps = epsValue;
  }
};

// src/nn/pairwise_distance.ts
var PairwiseDistance = class extends Module {
  /** The norm degree. */
  norm;
  /** Added to the difference. */
  eps;
  /** Keep the reduced dimension. */
  keepdim;
  /**
   * Create a `PairwiseDistance`; see {@linkcode PairwiseDistance} for what it holds and how it is
   * initialised.
   *
   * @param p The norm degree. Default: `2`.
   * @param eps Added to the difference. Default: `1e-6`.
   * @param opts `keepdim`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(p = 2, eps = 1e-6, opts) {
    super();
    const what = "Cannot create PairwiseDistance";
    const o = options(opts, what);
    const pValue = num(p, "p", what);
    const epsValue = num(eps, "eps", what);
    const keepdim = bool(o.keepdim ?? false, "keepdim", what);
    this.norm = pValue;
    this.eps = epsValue;
    this.keepdim = keepdim;
  }
};

// src/nn/local_response_norm.ts
var LocalResponseNorm = class extends Module {
  /** Number of neighbouring channels. */
  size;
  /** Multiplicative factor. */
  alpha;
  /** Exponent. */
  beta;
  /** Additive factor. */
  k;
  /**
   * Create a `LocalResponseNorm`; see {@linkcode LocalResponseNorm} for what it holds and how it is
   * initialised.
   *
   * @param size Number of neighbouring channels.
   * @param opts `alpha`, `beta`, `k`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(size, opts) {
    super();
    const what = "Cannot create LocalResponseNorm";
    const o = options(opts, what);
    const sizeValue = int(size, "size", what, 1);
    const alpha = num(o.alpha ?? 1e-4, "alpha", what);
    const beta = num(o.beta ?? 0.75, "beta", what);
    const k = num(o.k ?? 1, "k", what);
    this.size = sizeValue;
    this.alpha = alpha;
    this.beta = beta;
    this.k = k;
  }
};

// src/nn/cross_map_lrn2d.ts
var CrossMapLRN2d = class extends Module {
  /** Number of neighbouring channels. */
  size;
  /** Multiplicative factor. */
  alpha;
  /** Exponent. */
  beta;
  /** Additive factor. */
  k;
  /**
   * Create a `CrossMapLRN2d`; see {@linkcode CrossMapLRN2d} for what it holds and how it is
   * initialised.
   *
   * @param size Number of neighbouring channels.
   * @param opts `alpha`, `beta`, `k`.
   * @throws {TypeError} If an argument has the wrong type.
   * @throws {RangeError} If an argument is out of range.
   */
  constructor(size, opts) {
    super();
    const what = "Cannot create CrossMapLRN2d";
    const o = options(opts, what);
    const sizeValue = int(size, "size", what, 1);
    const alpha = num(o.alpha ?? 1e-4, "alpha", what);
    const beta = num(o.beta ?? 0.75, "beta", what);
    const k = num(o.k ?? 1, "k", what);
    this.size = sizeValue;
    this.alpha = alpha;
    this.beta = beta;
    this.k = k;
  }
};

// src/nn/_rnn_validate.ts
function dropoutOf(value, what, name = "dropout") {
  if (typeof value !== "number") {
    throw new TypeError(
      `${what}: ${name} must be a number, received ${typeof value} ${show3(value)}`
    );
  }
  if (!(value >= 0 && value <= 1)) {
    throw new RangeError(`${what}: ${name} must be in [0, 1], received ${value}`);
  }
  return value;
}
function layerArgs(dModel, nhead, o, what) {
  const d = int(dModel, "dModel", what, 1);
  const h = int(nhead, "nhead", what, 1);
  if (d % h !== 0) {
    throw new RangeError(
      `${what}: dModel must be divisible by nhead, received dModel ${d} and nhead ${h}`
    );
  }
  const dimFeedforward = int(o.dimFeedforward ?? 2048, "dimFeedforward", what);
  const dropout = dropoutOf(o.dropout ?? 0.1, what);
  const activation = o.activation ?? "relu";
  if (typeof activation === "string") {
    if (activation !== "relu" && activation !== "gelu") {
      throw new RangeError(
        `${what}: activation should be "relu" or "gelu" (or a module or function), received ${JSON.stringify(activation)}`
      );
    }
  } else if (!(activation instanceof Module) && typeof activation !== "function") {
    throw new TypeError(
      `${what}: activation must be "relu", "gelu", a Module or a function, received ${show3(activation)}`
    );
  }
  const layerNormEps = num(o.layerNormEps ?? 1e-5, "layerNormEps", what);
  const batchFirst = bool(o.batchFirst ?? false, "batchFirst", what);
  const normFirst = bool(o.normFirst ?? false, "normFirst", what);
  sinceTorch(o.bias, "bias", what, "2.6", "added in torch 2.1");
  const bias = bool(o.bias ?? true, "bias", what);
  const dtype = dtypeOf(o.dtype, what);
  const generator = generatorOf(o.generator, what);
  numelOf([3 * d, d], what);
  numelOf([dimFeedforward, d], what);
  return {
    dimFeedforward,
    dropout,
    activation,
    layerNormEps,
    batchFirst,
    normFirst,
    bias,
    dtype,
    generator
  };
}

// src/nn/rnn_base.ts
var MODES = ["LSTM", "GRU", "RNN_TANH", "RNN_RELU"];
var GATES = { LSTM: 4, GRU: 3, RNN_TANH: 1, RNN_RELU: 1 };
var RNNBase = class extends Module {
  /** The recurrence: `"LSTM"`, `"GRU"`, `"RNN_TANH"` or `"RNN_RELU"`. */
  mode;
  /** Features of the input. */
  inputSize;
  /** Features of the hidden state. */
  hiddenSize;
  /** Number of stacked layers. */
  numLayers;
  /** Whether the layers have biases. */
  bias;
  /** Whether inputs are batch-first. */
  batchFirst;
  /** Dropout probability between layers. */
  dropout;
  /** Whether each layer also runs backwards. */
  bidirectional;
  /** Size of the LSTM projection, `0` for none. */
  projSize;
  /** The parameter names in registration order (torch's `_flat_weights_names`). */
  flatWeightsNames;
  /** The parameter names per layer and direction (torch's `_all_weights`). */
  allWeightsNames;
  /** Build the module and draw its initial values; see {@linkcode RNNBase}. */
  constructor(mode, inputSize, hiddenSize, opts) {
    super();
    const what = `Cannot create ${new.target.name}`;
    const o = options(opts, what);
    oneOf(mode, MODES, "mode", what);
    int(inputSize, "inputSize", what, torchAtLeast("2.14") ? 1 : 0);
    int(hiddenSize, "hiddenSize", what, 1);
    const numLayers = int(o.numLayers ?? 1, "numLayers", what, 1);
    const bias = bool(o.bias ?? true, "bias", what);
    const batchFirst = bool(o.batchFirst ?? false, "batchFirst", what);
    const dropout = dropoutOf(o.dropout ?? 0, what);
    const bidirectional = bool(o.bidirectional ?? false, "bidirectional", what);
    const projSize = int(o.projSize ?? 0, "projSize", what);
    if (projSize >= hiddenSize) {
      throw new RangeError(
        `${what}: projSize has to be smaller than hiddenSize, received projSize ${projSize} and hiddenSize ${hiddenSize}`
      );
    }
    const dtype = dtypeOf(o.dtype, what);
    const generator = generatorOf(o.generator, what);
    const gateSize = GATES[mode] * hiddenSize;
    const numDirections = bidirectional ? 2 : 1;
    const realHidden = projSize > 0 ? projSize : hiddenSize;
    numelOf([gateSize, inputSize], what);
    numelOf([gateSize, realHidden * numDirections], what);
    if (dropout > 0 && numLayers === 1) {
      warn(
        `dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=${dropout} and num_layers=${numLayers}`
      );
    }
    this.mode = mode;
    this.inputSize = inputSize;
    this.hiddenSize = hiddenSize;
    this.numLayers = numLayers;
    this.bias = bias;
    this.batchFirst = batchFirst;
    this.dropout = dropout;
    this.bidirectional = bidirectional;
    this.projSize = projSize;
    this.flatWeightsNames = [];
    this.allWeightsNames = [];
    for (let layer = 0; layer < numLayers; layer++) {
      const layerInput = layer === 0 ? inputSize : realHidden * numDirections;
      for (let direction = 0; direction < numDirections; direction++) {
        const suffix = `_l${layer}${direction === 1 ? "_reverse" : ""}`;
        const shapes = [
          [`weight_ih${suffix}`, [gateSize, layerInput]],
          [`weight_hh${suffix}`, [gateSize, realHidden]]
        ];
        if (bias) shapes.push([`bias_ih${suffix}`, [gateSize]], [`bias_hh${suffix}`, [gateSize]]);
        if (projSize > 0) shapes.push([`weight_hr${suffix}`, [projSize, hiddenSize]]);
        for (const [name, shape] of shapes) this.registerParameter(name, parameter(shape, dtype));
        const names = shapes.map(([name]) => name);
        this.flatWeightsNames.push(...names);
        this.allWeightsNames.push(names);
      }
    }
    this.resetParameters({ generator });
  }
  /**
   * The parameters per layer and direction, in registration order (torch's
   * `all_weights`).
   *
   * @returns One array of parameters per layer and direction.
   *
   * @example
   * ```ts
   * import { LSTM } from "@torch-parity/init/nn";
   * import assert from "node:assert/strict";
   *
   * const lstm = new LSTM(3, 4, { bidirectional: true });
   * assert.equal(lstm.allWeights.length, 2);
   * assert.equal(lstm.allWeights[1][0], lstm.weight_ih_l0_reverse);
   * ```
   */
  get allWeights() {
    const own = new Map(this.namedParameters({ recurse: false }));
    return this.allWeightsNames.map((names) => names.map((name) => own.get(name)));
  }
  /**
   * Re-draw every parameter from U(-stdv, stdv) with stdv = 1/√hiddenSize,
   * in `parameters()` order, as torch's `reset_parameters`.
   *
   * @param opts `generator`: the generator to draw from (default: the default generator).
   * @throws {TypeError} If `generator` is not a Generator.
   *
   * @example Re-initialise with a generator of its own
   * ```ts
   * import { Generator } from "@torch-parity/init";
   * import { GRU } from "@torch-parity/init/nn";
   * import assert from "node:assert/strict";
   *
   * const gru = new GRU(2, 2);
   * gru.resetParameters({ generator: new Generator().manualSeed(0) });
   * assert.ok(gru.weight_ih_l0.data.every((x: number) => Math.abs(x) <= Math.SQRT1_2));
   * ```
   */
  resetParameters(opts) {
    const what = `Cannot reset ${this.constructor.name}`;
    const generator = generatorOf(options(opts, what).generator, what);
    const stdv = this.hiddenSize > 0 ? 1 / Math.sqrt(this.hiddenSize) : 0;
    for (const weight of this.parameters()) uniform(weight, { a: neg(stdv), b: stdv, generator });
  }
};

// src/nn/gru.ts
var GRU = class extends RNNBase {
  /** Build the module and draw its initial values; see {@linkcode GRU}. */
  constructor(inputSize, hiddenSize, opts) {
    const what = "Cannot create GRU";
    const o = options(opts, what);
    if (o.projSize !== void 0) {
      throw new TypeError(
        `${what}: projSize is only supported for LSTM, not RNN or GRU, received projSize ${o.projSize}`
      );
    }
    super("GRU", inputSize, hiddenSize, o);
  }
};

// src/nn/rnn_cell_base.ts
var RNNCellBase = class extends Module {
  /** Features of the input. */
  inputSize;
  /** Features of the hidden state. */
  hiddenSize;
  /** Whether the cell has biases. */
  bias;
  /** Build the module and draw its initial values; see {@linkcode RNNCellBase}. */
  constructor(inputSize, hiddenSize, bias, numChunks, opts) {
    super();
    const what = `Cannot create ${new.target.name}`;
    const o = options(opts, what);
    int(inputSize, "inputSize", what);
    int(hiddenSize, "hiddenSize", what);
    bool(bias, "bias", what);
    int(numChunks, "numChunks", what);
    const dtype = dtypeOf(o.dtype, what);
    const generator = generatorOf(o.generator, what);
    numelOf([numChunks * hiddenSize, inputSize], what);
    numelOf([numChunks * hiddenSize, hiddenSize], what);
    this.inputSize = inputSize;
    this.hiddenSize = hiddenSize;
    this.bias = bias;
    this.weight_ih = parameter([numChunks * hiddenSize, inputSize], dtype);
    this.weight_hh = parameter([numChunks * hiddenSize, hiddenSize], dtype);
    if (bias) {
      this.bias_ih = parameter([numChunks * hiddenSize], dtype);
      this.bias_hh = parameter([numChunks * hiddenSize], dtype);
    } else {
      this.registerParameter("bias_ih", null);
      this.registerParameter("bias_hh", null);
    }
    this.resetParameters({ generator });
  }
  /**
   * Re-draw every parameter from U(-stdv, stdv) with stdv = 1/√hiddenSize,
   * in `parameters()` order, as torch's `reset_parameters`.
   *
   * @param opts `generator`: the generator to draw from (default: the default generator).
   * @throws {TypeError} If `generator` is not a Generator.
   *
   * @example
   * ```ts
   * import { Generator } from "@torch-parity/init";
   * import { LSTMCell } from "@torch-parity/init/nn";
   * import assert from "node:assert/strict";
   *
   * const cell = new LSTMCell(2, 4);
   * cell.resetParameters({ generator: new Generator().manualSeed(1) });
   * assert.ok(cell.weight_ih.data.every((x: number) => Math.abs(x) <= 0.5));
   * ```
   */
  resetParameters(opts) {
    const what = `Cannot reset ${this.constructor.name}`;
    const generator = generatorOf(options(opts, what).generator, what);
    const stdv = this.hiddenSize > 0 ? 1 / Math.sqrt(this.hiddenSize) : 0;
    for (const weight of this.parameters()) uniform(weight, { a: neg(stdv), b: stdv, generator });
  }
};

// src/nn/gru_cell.ts
var GRUCell = class extends RNNCellBase {
  /** Build the module and draw its initial values; see {@linkcode GRUCell}. */
  constructor(inputSize, hiddenSize, opts) {
    const what = "Cannot create GRUCell";
    const o = options(opts, what);
    super(inputSize, hiddenSize, bool(o.bias ?? true, "bias", what), 3, o);
  }
};

// src/nn/lstm.ts
var LSTM = class extends RNNBase {
  /** Build the module and draw its initial values; see {@linkcode LSTM}. */
  constructor(inputSize, hiddenSize, opts) {
    super("LSTM", inputSize, hiddenSize, opts);
  }
};

// src/nn/lstm_cell.ts
var LSTMCell = class extends RNNCellBase {
  /** Build the module and draw its initial values; see {@linkcode LSTMCell}. */
  constructor(inputSize, hiddenSize, opts) {
    const what = "Cannot create LSTMCell";
    const o = options(opts, what);
    super(inputSize, hiddenSize, bool(o.bias ?? true, "bias", what), 4, o);
  }
};

// src/nn/rnn.ts
var RNN = class extends RNNBase {
  /** The non-linearity: `"tanh"` or `"relu"`. */
  nonlinearity;
  /** Build the module and draw its initial values; see {@linkcode RNN}. */
  constructor(inputSize, hiddenSize, opts) {
    const what = "Cannot create RNN";
    const o = options(opts, what);
    if (o.projSize !== void 0) {
      throw new TypeError(
        `${what}: projSize is only supported for LSTM, not RNN or GRU, received projSize ${o.projSize}`
      );
    }
    const nonlinearity = oneOf(
      o.nonlinearity ?? "tanh",
      ["tanh", "relu"],
      "nonlinearity",
      what
    );
    super(nonlinearity === "tanh" ? "RNN_TANH" : "RNN_RELU", inputSize, hiddenSize, o);
    this.nonlinearity = nonlinearity;
  }
};

// src/nn/rnn_cell.ts
var RNNCell = class extends RNNCellBase {
  /** The non-linearity: `"tanh"` or `"relu"`. */
  nonlinearity;
  /** Build the module and draw its initial values; see {@linkcode RNNCell}. */
  constructor(inputSize, hiddenSize, opts) {
    const what = "Cannot create RNNCell";
    const o = options(opts, what);
    const bias = bool(o.bias ?? true, "bias", what);
    const nonlinearity = oneOf(
      o.nonlinearity ?? "tanh",
      ["tanh", "relu"],
      "nonlinearity",
      what
    );
    super(inputSize, hiddenSize, bias, 1, o);
    this.nonlinearity = nonlinearity;
  }
};

// src/nn/multihead_attention_out_proj.ts
var NonDynamicallyQuantizableLinear = class extends Linear {
  /** Build the module and draw its initial values; see {@linkcode NonDynamicallyQuantizableLinear}. */
  constructor(inFeatures, outFeatures, opts) {
    super(inFeatures, outFeatures, opts);
  }
};

// src/nn/multihead_attention.ts
var MultiheadAttention = class extends Module {
  /** Features of the model (queries and output). */
  embedDim;
  /** Features of the keys. */
  kdim;
  /** Features of the values. */
  vdim;
  /** Whether `kdim` and `vdim` equal `embedDim` (torch's `_qkv_same_embed_dim`): one `in_proj_weight`. */
  qkvSameEmbedDim;
  /** Number of attention heads. */
  numHeads;
  /** Dropout probability on the attention weights. */
  dropout;
  /** Whether inputs are batch-first. */
  batchFirst;
  /** Features per head: `embedDim / numHeads`. */
  headDim;
  /** Whether a zero batch is appended to keys and values. */
  addZeroAttn;
  /** Build the module and draw its initial values; see {@linkcode MultiheadAttention}. */
  constructor(embedDim, numHeads, opts) {
    super();
    const what = "Cannot create MultiheadAttention";
    const o = options(opts, what);
    int(embedDim, "embedDim", what, 1);
    int(numHeads, "numHeads", what, 1);
    if (embedDim % numHeads !== 0) {
      throw new RangeError(
        `${what}: embedDim must be divisible by numHeads, received embedDim ${embedDim} and numHeads ${numHeads}`
      );
    }
    const dropout = dropoutOf(o.dropout ?? 0, what);
    const bias = bool(o.bias ?? true, "bias", what);
    const addBiasKv = bool(o.addBiasKv ?? false, "addBiasKv", what);
    const addZeroAttn = bool(o.addZeroAttn ?? false, "addZeroAttn", what);
    const kdim = int(o.kdim ?? embedDim, "kdim", what);
    const vdim = int(o.vdim ?? embedDim, "vdim", what);
    const batchFirst = bool(o.batchFirst ?? false, "batchFirst", what);
    const dtype = dtypeOf(o.dtype, what);
    const generator = generatorOf(o.generator, what);
    numelOf([3 * embedDim, embedDim], what);
    numelOf([embedDim, kdim], what);
    numelOf([embedDim, vdim], what);
    this.embedDim = embedDim;
    this.kdim = kdim;
    this.vdim = vdim;
    this.qkvSameEmbedDim = kdim === embedDim && vdim === embedDim;
    this.numHeads = numHeads;
    this.dropout = dropout;
    this.batchFirst = batchFirst;
    this.headDim = embedDim / numHeads;
    if (!this.qkvSameEmbedDim) {
      this.q_proj_weight = parameter([embedDim, embedDim], dtype);
      this.k_proj_weight = parameter([embedDim, kdim], dtype);
      this.v_proj_weight = parameter([embedDim, vdim], dtype);
      this.registerParameter("in_proj_weight", null);
    } else {
      this.in_proj_weight = parameter([3 * embedDim, embedDim], dtype);
      this.registerParameter("q_proj_weight", null);
      this.registerParameter("k_proj_weight", null);
      this.registerParameter("v_proj_weight", null);
    }
    if (bias) this.in_proj_bias = parameter([3 * embedDim], dtype);
    else this.registerParameter("in_proj_bias", null);
    this.out_proj = new NonDynamicallyQuantizableLinear(embedDim, embedDim, {
      bias,
      dtype,
      generator
    });
    if (addBiasKv) {
      this.bias_k = parameter([1, 1, embedDim], dtype);
      this.bias_v = parameter([1, 1, embedDim], dtype);
    } else {
      this.bias_k = null;
      this.bias_v = null;
    }
    this.addZeroAttn = addZeroAttn;
    this._resetParameters({ generator });
  }
  /**
   * torch's `MultiheadAttention._reset_parameters`: `xavierUniform` on
   * `in_proj_weight` (or `q_proj_weight`, `k_proj_weight`, `v_proj_weight`),
   * zeros in `in_proj_bias` and `out_proj.bias` (when `in_proj_bias` exists),
   * then `xavierNormal` on `bias_k` and `bias_v` (when present).
   * `out_proj.weight` is left alone. (torch has no public
   * `reset_parameters` here, so `"resetParameters" in m` loops skip this
   * module as they skip torch's.)
   *
   * @param opts `generator`: the generator to draw from (default: the default generator).
   * @throws {TypeError} If `generator` is not a Generator.
   *
   * @example
   * ```ts
   * import { MultiheadAttention } from "@torch-parity/init/nn";
   * import assert from "node:assert/strict";
   *
   * const attn = new MultiheadAttention(4, 2);
   * const outWeight = [...attn.out_proj.weight.data];
   * attn._resetParameters();
   * assert.deepEqual([...attn.out_proj.weight.data], outWeight);
   * assert.ok(attn.in_proj_bias?.data.every((x: number) => x === 0));
   * ```
   */
  _resetParameters(opts) {
    const what = "Cannot reset MultiheadAttention";
    const generator = generatorOf(options(opts, what).generator, what);
    if (this.qkvSameEmbedDim) {
      if (this.in_proj_weight !== null) xavierUniform(this.in_proj_weight, { generator });
    } else {
      if (this.q_proj_weight !== null) xavierUniform(this.q_proj_weight, { generator });
      if (this.k_proj_weight !== null) xavierUniform(this.k_proj_weight, { generator });
      if (this.v_proj_weight !== null) xavierUniform(this.v_proj_weight, { generator });
    }
    if (this.in_proj_bias !== null) {
      constant(this.in_proj_bias, 0);
      if (this.out_proj.bias !== null) constant(this.out_proj.bias, 0);
    }
    if (this.bias_k !== null) xavierNormal(this.bias_k, { generator });
    if (this.bias_v !== null) xavierNormal(this.bias_v, { generator });
  }
};

// src/nn/transformer_encoder_layer.ts
var TransformerEncoderLayer = class extends Module {
  /** Whether the layer norms come first. */
  normFirst;
  /** torch's `activation_relu_or_gelu`: 1 for ReLU, 2 for GELU (string or module), else 0. */
  activationReluOrGelu;
  /** Build the module and draw its initial values; see {@linkcode TransformerEncoderLayer}. */
  constructor(dModel, nhead, opts) {
    super();
    const what = "Cannot create TransformerEncoderLayer";
    const a = layerArgs(dModel, nhead, options(opts, what), what);
    const { bias, dtype, generator } = a;
    this.self_attn = new MultiheadAttention(dModel, nhead, {
      dropout: a.dropout,
      bias,
      batchFirst: a.batchFirst,
      dtype,
      generator
    });
    this.linear1 = new Linear(dModel, a.dimFeedforward, { bias, dtype, generator });
    this.dropout = new Dropout(a.dropout);
    this.linear2 = new Linear(a.dimFeedforward, dModel, { bias, dtype, generator });
    this.normFirst = a.normFirst;
    const norm = { eps: a.layerNormEps, ...bias ? {} : { bias }, dtype };
    this.norm1 = new LayerNorm(dModel, norm);
    this.norm2 = new LayerNorm(dModel, norm);
    this.dropout1 = new Dropout(a.dropout);
    this.dropout2 = new Dropout(a.dropout);
    const act = a.activation;
    this.activationReluOrGelu = act === "relu" || act instanceof ReLU ? 1 : act === "gelu" || act instanceof GELU ? 2 : 0;
    this.activation = act;
  }
};

// src/nn/transformer_decoder_layer.ts
var TransformerDecoderLayer = class extends Module {
  /** Whether the layer norms come first. */
  normFirst;
  /** Build the module and draw its initial values; see {@linkcode TransformerDecoderLayer}. */
  constructor(dModel, nhead, opts) {
    super();
    const what = "Cannot create TransformerDecoderLayer";
    const a = layerArgs(dModel, nhead, options(opts, what), what);
    const { bias, dtype, generator } = a;
    const attn = { dropout: a.dropout, batchFirst: a.batchFirst, bias, dtype, generator };
    this.self_attn = new MultiheadAttention(dModel, nhead, attn);
    this.multihead_attn = new MultiheadAttention(dModel, nhead, attn);
    this.linear1 = new Linear(dModel, a.dimFeedforward, { bias, dtype, generator });
    this.dropout = new Dropout(a.dropout);
    this.linear2 = new Linear(a.dimFeedforward, dModel, { bias, dtype, generator });
    this.normFirst = a.normFirst;
    const norm = { eps: a.layerNormEps, ...bias ? {} : { bias }, dtype };
    this.norm1 = new LayerNorm(dModel, norm);
    this.norm2 = new LayerNorm(dModel, norm);
    this.norm3 = new LayerNorm(dModel, norm);
    this.dropout1 = new Dropout(a.dropout);
    this.dropout2 = new Dropout(a.dropout);
    this.dropout3 = new Dropout(a.dropout);
    this.activation = a.activation;
  }
};

// src/nn/transformer_encoder.ts
var TransformerEncoder = class extends Module {
  /** Number of layers. */
  numLayers;
  /** torch's `enable_nested_tensor`. */
  enableNestedTensor;
  /** torch's `mask_check`. */
  maskCheck;
  /** torch 2.x's `use_nested_tensor` (under torch 1.13: `enableNestedTensor`). */
  useNestedTensor;
  /** Build the module and draw its initial values; see {@linkcode TransformerEncoder}. */
  constructor(encoderLayer, numLayers, opts) {
    super();
    const what = "Cannot create TransformerEncoder";
    const o = options(opts, what);
    if (!(encoderLayer instanceof Module)) {
      throw new TypeError(`${what}: encoderLayer must be a Module, received ${show3(encoderLayer)}`);
    }
    int(numLayers, "numLayers", what);
    const norm = o.norm ?? null;
    if (norm !== null && !(norm instanceof Module)) {
      throw new TypeError(`${what}: norm must be a Module or null, received ${show3(norm)}`);
    }
    const enableNestedTensor = bool(o.enableNestedTensor ?? true, "enableNestedTensor", what);
    const maskCheck = bool(o.maskCheck ?? true, "maskCheck", what);
    this.layers = new ModuleList(
      Array.from({ length: numLayers }, () => Module.deepCopy(encoderLayer))
    );
    this.numLayers = numLayers;
    this.norm = norm;
    this.enableNestedTensor = enableNestedTensor;
    this.maskCheck = maskCheck;
    this.useNestedTensor = enableNestedTensor;
    if (torchAtLeast("2.6")) {
      const why = whyNotSparsityFastPath(encoderLayer);
      if (enableNestedTensor && why !== "") {
        warn(`enable_nested_tensor is True, but self.use_nested_tensor is False because ${why}`);
        this.useNestedTensor = false;
      }
    }
  }
};
function whyNotSparsityFastPath(layer) {
  const l = "encoder_layer";
  if (!(layer instanceof TransformerEncoderLayer)) return `${l} was not TransformerEncoderLayer`;
  const attn = layer.self_attn;
  if (layer.normFirst) return `${l}.norm_first was True`;
  if (!attn.batchFirst) {
    return `${l}.self_attn.batch_first was not True(use batch_first for better inference performance)`;
  }
  if (!attn.qkvSameEmbedDim) return `${l}.self_attn._qkv_same_embed_dim was not True`;
  if (attn.in_proj_bias === null) return `${l}.self_attn was passed bias=False`;
  if (!layer.activationReluOrGelu) return `${l}.activation_relu_or_gelu was not True`;
  if (layer.norm1.eps !== layer.norm2.eps) {
    return `${l}.norm1.eps was not equal to ${l}.norm2.eps`;
  }
  if (attn.numHeads % 2 === 1) return `${l}.self_attn.num_heads is odd`;
  return "";
}

// src/nn/transformer_decoder.ts
var TransformerDecoder = class extends Module {
  /** Number of layers. */
  numLayers;
  /** Build the module and draw its initial values; see {@linkcode TransformerDecoder}. */
  constructor(decoderLayer, numLayers, opts) {
    super();
    const what = "Cannot create TransformerDecoder";
    const o = options(opts, what);
    if (!(decoderLayer instanceof Module)) {
      throw new TypeError(`${what}: decoderLayer must be a Module, received ${show3(decoderLayer)}`);
    }
    int(numLayers, "numLayers", what);
    const norm = o.norm ?? null;
    if (norm !== null && !(norm instanceof Module)) {
      throw new TypeError(`${what}: norm must be a Module or null, received ${show3(norm)}`);
    }
    this.layers = new ModuleList(
      Array.from({ length: numLayers }, () => Module.deepCopy(decoderLayer))
    );
    this.numLayers = numLayers;
    this.norm = norm;
  }
};

// src/nn/transformer.ts
var Transformer = class extends Module {
  /** Features of the model. */
  dModel;
  /** Number of attention heads. */
  nhead;
  /** Whether inputs are batch-first. */
  batchFirst;
  /** Build the module and draw its initial values; see {@linkcode Transformer}. */
  constructor(opts) {
    super();
    const what = "Cannot create Transformer";
    const o = options(opts, what);
    const dModel = o.dModel ?? 512;
    const nhead = o.nhead ?? 8;
    const a = layerArgs(dModel, nhead, o, what);
    const numEncoderLayers = int(o.numEncoderLayers ?? 6, "numEncoderLayers", what);
    const numDecoderLayers = int(o.numDecoderLayers ?? 6, "numDecoderLayers", what);
    const customEncoder = o.customEncoder ?? null;
    const customDecoder = o.customDecoder ?? null;
    for (const [name, m] of [["customEncoder", customEncoder], ["customDecoder", customDecoder]]) {
      if (m !== null && !(m instanceof Module)) {
        throw new TypeError(`${what}: ${name} must be a Module or null, received ${show3(m)}`);
      }
    }
    const layerOpts = {
      dimFeedforward: a.dimFeedforward,
      dropout: a.dropout,
      activation: a.activation,
      layerNormEps: a.layerNormEps,
      batchFirst: a.batchFirst,
      normFirst: a.normFirst,
      ...a.bias ? {} : { bias: false },
      // refused under torch 1.13 even when true
      dtype: a.dtype,
      generator: a.generator
    };
    const normOpts = { eps: a.layerNormEps, ...a.bias ? {} : { bias: false }, dtype: a.dtype };
    if (customEncoder !== null) {
      this.encoder = customEncoder;
    } else {
      const layer = new TransformerEncoderLayer(dModel, nhead, layerOpts);
      const norm = new LayerNorm(dModel, normOpts);
      this.encoder = new TransformerEncoder(layer, numEncoderLayers, { norm });
    }
    if (customDecoder !== null) {
      this.decoder = customDecoder;
    } else {
      const layer = new TransformerDecoderLayer(dModel, nhead, layerOpts);
      const norm = new LayerNorm(dModel, normOpts);
      this.decoder = new TransformerDecoder(layer, numDecoderLayers, { norm });
    }
    this._resetParameters({ generator: a.generator });
    this.dModel = dModel;
    this.nhead = nhead;
    this.batchFirst = a.batchFirst;
  }
  /**
   * torch's `Transformer._reset_parameters`: `xavierUniform` on every
   * parameter with more than one dimension, in `parameters()` order (each
   * shared parameter once); the others are left alone.
   *
   * @param opts `generator`: the generator to draw from (default: the default generator).
   * @throws {TypeError} If `generator` is not a Generator.
   *
   * @example
   * ```ts
   * import { Transformer } from "@torch-parity/init/nn";
   * import assert from "node:assert/strict";
   *
   * const model = new Transformer({ dModel: 4, nhead: 1, numEncoderLayers: 1, numDecoderLayers: 1, dimFeedforward: 4 });
   * const bias = [...model.encoder.layers[0].linear1.bias!.data];
   * const weight = [...model.encoder.layers[0].linear1.weight.data];
   * model._resetParameters();
   * assert.deepEqual([...model.encoder.layers[0].linear1.bias!.data], bias);
   * assert.notDeepEqual([...model.encoder.layers[0].linear1.weight.data], weight);
   * ```
   */
  _resetParameters(opts) {
    const what = "Cannot reset Transformer";
    const generator = generatorOf(options(opts, what).generator, what);
    for (const p of this.parameters()) if (p.shape.length > 1) xavierUniform(p, { generator });
  }
};

// src/nn/_module_types.ts
function insert(names, name, before) {
  const i = names.indexOf(before);
  return [...names.slice(0, i), name, ...names.slice(i)];
}
function plain(cls, params, positional, extra = {}) {
  return {
    cls,
    params,
    positional,
    required: positional,
    create: (pos, opts) => new cls(...pos, opts),
    ...extra
  };
}
var CONV = [
  "in_channels",
  "out_channels",
  "kernel_size",
  "stride",
  "padding",
  "dilation",
  "groups",
  "bias",
  "padding_mode",
  "device",
  "dtype"
];
var CONV_T = [
  "in_channels",
  "out_channels",
  "kernel_size",
  "stride",
  "padding",
  "output_padding",
  "groups",
  "bias",
  "dilation",
  "padding_mode",
  "device",
  "dtype"
];
var RNN_BASE = [
  "input_size",
  "hidden_size",
  "num_layers",
  "bias",
  "batch_first",
  "dropout",
  "bidirectional",
  "proj_size",
  "device",
  "dtype"
];
var LAYER = [
  "d_model",
  "nhead",
  "dim_feedforward",
  "dropout",
  "activation",
  "layer_norm_eps",
  "batch_first",
  "norm_first",
  "device",
  "dtype"
];
var NORM = [
  "num_features",
  "eps",
  "momentum",
  "affine",
  "track_running_stats",
  "device",
  "dtype"
];
var CELL = ["input_size", "hidden_size", "bias", "device", "dtype"];
var conv = { bases: ["_ConvNd"], draws: true };
var convT = { bases: ["_ConvTransposeNd", "_ConvNd"], draws: true };
var normBias = [{ since: "2.14", keywordOnly: ["bias"] }];
var bn = { bases: ["_BatchNorm", "_NormBase"], changes: normBias };
var inorm = { bases: ["_InstanceNorm", "_NormBase"], changes: normBias };
var layerBias = [{ since: "2.6", params: insert(LAYER, "bias", "device") }];
var MODULE_TYPES = {
  Linear: plain(Linear, ["in_features", "out_features", "bias", "device", "dtype"], 2, {
    draws: true
  }),
  Bilinear: plain(
    Bilinear,
    ["in1_features", "in2_features", "out_features", "bias", "device", "dtype"],
    3,
    { draws: true }
  ),
  Identity: {
    cls: Identity,
    params: [],
    positional: 0,
    ignoresArguments: true,
    create: () => new Identity()
  },
  Conv1d: plain(Conv1d, CONV, 3, conv),
  Conv2d: plain(Conv2d, CONV, 3, conv),
  Conv3d: plain(Conv3d, CONV, 3, conv),
  ConvTranspose1d: plain(ConvTranspose1d, CONV_T, 3, convT),
  ConvTranspose2d: plain(ConvTranspose2d, CONV_T, 3, convT),
  ConvTranspose3d: plain(ConvTranspose3d, CONV_T, 3, convT),
  Embedding: plain(
    Embedding,
    [
      "num_embeddings",
      "embedding_dim",
      "padding_idx",
      "max_norm",
      "norm_type",
      "scale_grad_by_freq",
      "sparse",
      "_weight",
      "device",
      "dtype"
    ],
    2,
    {
      draws: true,
      unsupported: ["_weight"],
      changes: [{
        since: "2.6",
        params: [
          "num_embeddings",
          "embedding_dim",
          "padding_idx",
          "max_norm",
          "norm_type",
          "scale_grad_by_freq",
          "sparse",
          "_weight",
          "_freeze",
          "device",
          "dtype"
        ],
        unsupported: ["_weight", "_freeze"]
      }]
    }
  ),
  EmbeddingBag: plain(
    EmbeddingBag,
    [
      "num_embeddings",
      "embedding_dim",
      "max_norm",
      "norm_type",
      "scale_grad_by_freq",
      "mode",
      "sparse",
      "_weight",
      "include_last_offset",
      "padding_idx",
      "device",
      "dtype"
    ],
    2,
    { draws: true, unsupported: ["_weight"] }
  ),
  RNN: plain(RNN, RNN_BASE, 2, {
    keywordOnly: ["nonlinearity"],
    bases: ["RNNBase"],
    draws: true,
    // torch 2.x's RNN.__init__ takes a 4th positional argument as nonlinearity
    changes: [{
      since: "2.6",
      params: insert(RNN_BASE, "nonlinearity", "bias"),
      keywordOnly: []
    }]
  }),
  LSTM: plain(LSTM, RNN_BASE, 2, { bases: ["RNNBase"], draws: true }),
  GRU: plain(GRU, RNN_BASE, 2, { bases: ["RNNBase"], draws: true }),
  RNNCell: plain(
    RNNCell,
    ["input_size", "hidden_size", "bias", "nonlinearity", "device", "dtype"],
    2,
    { bases: ["RNNCellBase"], draws: true }
  ),
  LSTMCell: plain(LSTMCell, CELL, 2, { bases: ["RNNCellBase"], draws: true }),
  GRUCell: plain(GRUCell, CELL, 2, { bases: ["RNNCellBase"], draws: true }),
  LayerNorm: plain(
    LayerNorm,
    ["normalized_shape", "eps", "elementwise_affine", "device", "dtype"],
    1,
    {
      changes: [{
        since: "2.6",
        params: ["normalized_shape", "eps", "elementwise_affine", "bias", "device", "dtype"]
      }]
    }
  ),
  RMSNorm: plain(
    RMSNorm,
    ["normalized_shape", "eps", "elementwise_affine", "device", "dtype"],
    1,
    { since: "2.6" }
  ),
  GroupNorm: plain(
    GroupNorm,
    ["num_groups", "num_channels", "eps", "affine", "device", "dtype"],
    2,
    { changes: normBias }
  ),
  BatchNorm1d: plain(BatchNorm1d, NORM, 1, bn),
  BatchNorm2d: plain(BatchNorm2d, NORM, 1, bn),
  BatchNorm3d: plain(BatchNorm3d, NORM, 1, bn),
  InstanceNorm1d: plain(InstanceNorm1d, NORM, 1, inorm),
  InstanceNorm2d: plain(InstanceNorm2d, NORM, 1, inorm),
  InstanceNorm3d: plain(InstanceNorm3d, NORM, 1, inorm),
  PReLU: plain(PReLU, ["num_parameters", "init", "device", "dtype"], 1, { required: 0 }),
  MultiheadAttention: plain(
    MultiheadAttention,
    [
      "embed_dim",
      "num_heads",
      "dropout",
      "bias",
      "add_bias_kv",
      "add_zero_attn",
      "kdim",
      "vdim",
      "batch_first",
      "device",
      "dtype"
    ],
    2,
    { draws: true }
  ),
  NonDynamicallyQuantizableLinear: plain(
    NonDynamicallyQuantizableLinear,
    ["in_features", "out_features", "bias", "device", "dtype"],
    2,
    { bases: ["Linear"], draws: true, internal: true }
  ),
  ModuleList: plain(ModuleList, ["modules"], 1, { required: 0 }),
  ModuleDict: plain(ModuleDict, ["modules"], 1, { required: 0 }),
  ReLU: plain(ReLU, ["inplace"], 0),
  GELU: plain(GELU, ["approximate"], 0),
  Tanh: plain(Tanh, [], 0, { create: () => new Tanh() }),
  Sigmoid: plain(Sigmoid, [], 0, { create: () => new Sigmoid() }),
  Dropout: plain(Dropout, ["p", "inplace"], 1, { required: 0, bases: ["_DropoutNd"] }),
  Flatten: plain(Flatten, ["start_dim", "end_dim"], 2, {
    required: 0,
    create: (pos) => new Flatten(...pos)
  }),
  TransformerEncoderLayer: plain(TransformerEncoderLayer, LAYER, 2, {
    draws: true,
    changes: layerBias
  }),
  TransformerDecoderLayer: plain(TransformerDecoderLayer, LAYER, 2, {
    draws: true,
    changes: layerBias
  }),
  TransformerEncoder: plain(TransformerEncoder, [
    "encoder_layer",
    "num_layers",
    "norm",
    "enable_nested_tensor",
    "mask_check"
  ], 2),
  TransformerDecoder: plain(TransformerDecoder, ["decoder_layer", "num_layers", "norm"], 2),
  Transformer: plain(
    Transformer,
    [
      "d_model",
      "nhead",
      "num_encoder_layers",
      "num_decoder_layers",
      "dim_feedforward",
      "dropout",
      "activation",
      "custom_encoder",
      "custom_decoder",
      "layer_norm_eps",
      "batch_first",
      "norm_first",
      "device",
      "dtype"
    ],
    0,
    {
      draws: true,
      changes: [{
        since: "2.6",
        params: [
          "d_model",
          "nhead",
          "num_encoder_layers",
          "num_decoder_layers",
          "dim_feedforward",
          "dropout",
          "activation",
          "custom_encoder",
          "custom_decoder",
          "layer_norm_eps",
          "batch_first",
          "norm_first",
          "bias",
          "device",
          "dtype"
        ]
      }]
    }
  ),
  Sequential: {
    cls: Sequential,
    params: [],
    positional: 0,
    variadic: true,
    create: (pos) => new Sequential(...pos)
  }
};
var resolved = /* @__PURE__ */ new Map();
function moduleType(name, version = getTorchVersion()) {
  const key = `${version}\0${name}`;
  let t = resolved.get(key);
  if (t === void 0) {
    const base = Object.hasOwn(MODULE_TYPES, name) ? MODULE_TYPES[name] : void 0;
    const at = TORCH_VERSIONS.indexOf(version);
    if (base === void 0 || base.since !== void 0 && TORCH_VERSIONS.indexOf(base.since) > at) {
      t = null;
    } else {
      t = { ...base };
      for (const { since, ...change } of base.changes ?? []) {
        if (TORCH_VERSIONS.indexOf(since) <= at) Object.assign(t, change);
      }
    }
    resolved.set(key, t);
  }
  return t ?? void 0;
}

// src/nn/build_module.ts
var WHAT = "Cannot build module";
function show4(x) {
  if (x === null) return "null";
  if (x === void 0) return "undefined";
  if (typeof x === "string") return JSON.stringify(x);
  if (Array.isArray(x)) return "an array";
  if (typeof x === "object") return x.constructor?.name ?? "object";
  return `${typeof x} ${String(x)}`;
}
function isRecord(x) {
  return x !== null && typeof x === "object" && !Array.isArray(x);
}
function isSpec(x) {
  return isRecord(x) && "type" in x;
}
function sortedKeys(o) {
  return Object.keys(o).sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}
function camel(name) {
  return name.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
}
var num2 = (a, k) => a[k];
var INIT_FUNCTIONS = {
  uniform_: {
    args: ["a", "b"],
    fn: (t, a, generator) => void uniform(t, { a: num2(a, "a"), b: num2(a, "b"), generator })
  },
  normal_: {
    args: ["mean", "std"],
    fn: (t, a, generator) => void normal(t, { mean: num2(a, "mean"), std: num2(a, "std"), generator })
  },
  constant_: { args: ["val"], required: "val", fn: (t, a) => void constant(t, a.val) },
  ones_: { args: [], fn: (t) => void ones(t) },
  zeros_: { args: [], fn: (t) => void zeros(t) },
  eye_: { args: [], fn: (t) => void eye(t) },
  dirac_: { args: ["groups"], fn: (t, a) => void dirac(t, { groups: num2(a, "groups") }) },
  xavier_uniform_: {
    args: ["gain"],
    fn: (t, a, generator) => void xavierUniform(t, { gain: num2(a, "gain"), generator })
  },
  xavier_normal_: {
    args: ["gain"],
    fn: (t, a, generator) => void xavierNormal(t, { gain: num2(a, "gain"), generator })
  },
  kaiming_uniform_: {
    args: ["a", "mode", "nonlinearity"],
    fn: (t, a, generator) => void kaimingUniform(t, {
      a: num2(a, "a"),
      mode: a.mode,
      nonlinearity: a.nonlinearity,
      generator
    })
  },
  kaiming_normal_: {
    args: ["a", "mode", "nonlinearity"],
    fn: (t, a, generator) => void kaimingNormal(t, {
      a: num2(a, "a"),
      mode: a.mode,
      nonlinearity: a.nonlinearity,
      generator
    })
  },
  trunc_normal_: {
    args: ["mean", "std", "a", "b"],
    fn: (t, a, generator) => void truncNormal(t, {
      mean: num2(a, "mean"),
      std: num2(a, "std"),
      a: num2(a, "a"),
      b: num2(a, "b"),
      generator
    })
  },
  orthogonal_: {
    args: ["gain"],
    fn: (t, a, generator) => void orthogonal(t, { gain: num2(a, "gain"), generator })
  },
  sparse_: {
    args: ["sparsity", "std"],
    required: "sparsity",
    // In torch the spec's one generator is the default generator, which sparse_'s randperm
    // uses too: with an explicit generator, the permutations come from it as well.
    fn: (t, a, generator) => void sparse(t, a.sparsity, {
      std: num2(a, "std"),
      generator,
      generatorForPermutations: generator !== void 0
    })
  }
};
function checkKeys(o, allowed, where) {
  for (const k of Object.keys(o)) {
    if (!allowed.includes(k)) {
      throw new TypeError(`${WHAT}: unknown key ${JSON.stringify(k)} at ${where}`);
    }
  }
}
function checkString(x, where) {
  if (typeof x !== "string") {
    throw new TypeError(`${WHAT}: ${where} must be a string, received ${show4(x)}`);
  }
  return x;
}
function checkArray(x, where) {
  if (!Array.isArray(x)) {
    throw new TypeError(`${WHAT}: ${where} must be an array, received ${show4(x)}`);
  }
  return x;
}
function checkRecord(x, where) {
  if (!isRecord(x)) throw new TypeError(`${WHAT}: ${where} must be an object, received ${show4(x)}`);
  return x;
}
function checkInitCall(init, args, where) {
  const name = checkString(init, `${where}.init`);
  const f = INIT_FUNCTIONS[name];
  if (f === void 0) {
    throw new TypeError(
      `${WHAT}: unknown init function ${JSON.stringify(name)} at ${where}; one of ${Object.keys(INIT_FUNCTIONS).join(", ")}`
    );
  }
  const a = args === void 0 ? {} : checkRecord(args, `${where}.args`);
  for (const k of Object.keys(a)) {
    if (!f.args.includes(k)) {
      throw new TypeError(
        `${WHAT}: ${name} has no argument ${JSON.stringify(k)} at ${where}.args`
      );
    }
  }
  if (f.required !== void 0 && !(f.required in a)) {
    throw new TypeError(`${WHAT}: ${name} needs the argument ${f.required} at ${where}.args`);
  }
}
function checkMatch(m, where) {
  const o = checkRecord(m, where);
  checkKeys(o, ["startswith", "endswith", "contains", "min_dim"], where);
  for (const k of ["startswith", "endswith", "contains"]) {
    if (o[k] !== void 0) checkString(o[k], `${where}.${k}`);
  }
  if (o.min_dim !== void 0 && !Number.isInteger(o.min_dim)) {
    throw new TypeError(
      `${WHAT}: ${where}.min_dim must be an integer, received ${show4(o.min_dim)}`
    );
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
        if (br.isinstance !== void 0) {
          checkClassNames(br.isinstance, `${wb}.isinstance`, customs);
        }
        if (br.type_in !== void 0) {
          for (const [k, n] of checkArray(br.type_in, `${wb}.type_in`).entries()) {
            checkString(n, `${wb}.type_in[${k}]`);
          }
        }
        if (br.class_name_contains !== void 0) {
          checkString(br.class_name_contains, `${wb}.class_name_contains`);
        }
        for (const [k, x] of checkArray(br.inits, `${wb}.inits`).entries()) {
          const wi = `${wb}.inits[${k}]`;
          const it = checkRecord(x, wi);
          checkKeys(it, ["param", "params", "init", "args"], wi);
          if (it.param === void 0 === (it.params === void 0)) {
            throw new TypeError(`${WHAT}: ${wi} needs exactly one of param and params`);
          }
          if (it.param !== void 0) checkString(it.param, `${wi}.param`);
          else checkMatch(it.params, `${wi}.params`);
          checkInitCall(it.init, it.args, wi);
        }
      }
    } else if (op === "call") {
      checkKeys(step, ["op", "target", "init", "args"], w);
      checkString(step.target, `${w}.target`);
      checkInitCall(step.init, step.args, w);
    } else if (op === "named_parameters") {
      checkKeys(step, ["op", "match", "init", "args"], w);
      if (step.match !== void 0) checkMatch(step.match, `${w}.match`);
      checkInitCall(step.init, step.args, w);
    } else {
      throw new TypeError(
        `${WHAT}: unknown reinit op ${JSON.stringify(op)} at ${w}.op; one of modules, apply, call, named_parameters`
      );
    }
  }
}
function collectCustomNames(x, out) {
  if (Array.isArray(x)) {
    for (const v of x) collectCustomNames(v, out);
  } else if (isRecord(x)) {
    if (x.type === "Custom") out.add(typeof x.name === "string" ? x.name : "Custom");
    for (const v of Object.values(x)) collectCustomNames(v, out);
  }
  return out;
}
function checkValue(v, where, customs) {
  if (isSpec(v)) checkSpec(v, where, customs);
  else if (Array.isArray(v)) v.forEach((x, i) => checkValue(x, `${where}[${i}]`, customs));
  else if (isRecord(v)) {
    for (const k of Object.keys(v)) {
      checkValue(v[k], `${where}.${k}`, customs);
    }
  } else if (v !== null && typeof v !== "boolean" && typeof v !== "number" && typeof v !== "string") {
    throw new TypeError(`${WHAT}: ${where} must be a JSON value, received ${show4(v)}`);
  }
}
function checkSpec(spec, where, customs) {
  const s = checkRecord(spec, where);
  const type = checkString(s.type, `${where}.type`);
  if (type === "Custom") {
    checkKeys(s, ["type", "name", "children", "reinit"], where);
    if (s.name !== void 0 && checkString(s.name, `${where}.name`) === "") {
      throw new RangeError(`${WHAT}: ${where}.name must not be empty`);
    }
    for (const [i, c] of checkArray(s.children ?? [], `${where}.children`).entries()) {
      const pair = checkArray(c, `${where}.children[${i}]`);
      if (pair.length !== 2) {
        throw new TypeError(
          `${WHAT}: ${where}.children[${i}] must be a [name, spec] pair, received ${pair.length} items`
        );
      }
      checkString(pair[0], `${where}.children[${i}][0]`);
      checkSpec(pair[1], `${where}.children[${i}][1]`, customs);
    }
  } else {
    checkKeys(s, ["type", "args", "kwargs", "reinit"], where);
    const entry = moduleType(type);
    if (entry === void 0 && Object.hasOwn(MODULE_TYPES, type)) {
      const version = getTorchVersion();
      throw new TypeError(
        `${WHAT}: torch ${version} has no nn.${type}, received type ${JSON.stringify(type)} at ${where}.type under setTorchVersion(${JSON.stringify(version)})`
      );
    }
    if (entry === void 0 || entry.internal) {
      throw new TypeError(`${WHAT}: unknown module type ${JSON.stringify(type)} at ${where}.type`);
    }
    const args = checkArray(s.args ?? [], `${where}.args`);
    const kwargs = checkRecord(s.kwargs ?? {}, `${where}.kwargs`);
    bindArguments(type, entry, args, kwargs, where);
    args.forEach((a, i) => checkValue(a, `${where}.args[${i}]`, customs));
    for (const k of Object.keys(kwargs)) checkValue(kwargs[k], `${where}.kwargs.${k}`, customs);
  }
  if (s.reinit !== void 0) checkReinit(s.reinit, `${where}.reinit`, customs);
}
function bindArguments(type, entry, args, kwargs, where) {
  const bound = /* @__PURE__ */ new Map();
  if (entry.ignoresArguments) return bound;
  if (entry.variadic) {
    const k = Object.keys(kwargs)[0];
    if (k !== void 0) {
      throw new TypeError(
        `${WHAT}: ${type} has no keyword argument ${JSON.stringify(k)} at ${where}.kwargs`
      );
    }
    return bound;
  }
  if (args.length > entry.params.length) {
    throw new TypeError(
      `${WHAT}: ${type} takes at most ${entry.params.length} positional arguments, received ${args.length} at ${where}.args`
    );
  }
  args.forEach((a, i) => bound.set(entry.params[i], a));
  for (const k of sortedKeys(kwargs)) {
    if (!entry.params.includes(k) && !(entry.keywordOnly ?? []).includes(k)) {
      throw new TypeError(
        `${WHAT}: ${type} has no keyword argument ${JSON.stringify(k)} at ${where}.kwargs`
      );
    }
    if (bound.has(k)) {
      throw new TypeError(
        `${WHAT}: ${type} got multiple values for argument ${JSON.stringify(k)} at ${where}`
      );
    }
    bound.set(k, kwargs[k]);
  }
  for (const name of entry.unsupported ?? []) {
    if (bound.has(name)) {
      throw new TypeError(
        `${WHAT}: ${type} argument ${JSON.stringify(name)} cannot be given in a spec at ${where}`
      );
    }
  }
  for (const name of entry.params.slice(0, entry.required ?? 0)) {
    if (!bound.has(name)) {
      throw new TypeError(
        `${WHAT}: ${type} is missing the required argument ${JSON.stringify(name)} at ${where}`
      );
    }
  }
  if (bound.has("device") && bound.get("device") !== "cpu" && bound.get("device") !== null) {
    throw new RangeError(
      `${WHAT}: ${type}: only device "cpu" is supported, received ${show4(bound.get("device"))}`
    );
  }
  return bound;
}
var customClasses = /* @__PURE__ */ new Map();
var customNames = /* @__PURE__ */ new WeakMap();
function customClass(name) {
  let C = customClasses.get(name);
  if (C === void 0) {
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
var CLASS_BASES = /* @__PURE__ */ new Set([
  "_ConvNd",
  "_ConvTransposeNd",
  "_NormBase",
  "_BatchNorm",
  "_InstanceNorm",
  "RNNBase",
  "RNNCellBase",
  "_DropoutNd"
]);
var Builder = class {
  generator;
  constructor(generator) {
    this.generator = generator;
  }
  value(v) {
    if (isSpec(v)) return this.build(v);
    if (Array.isArray(v)) return v.map((x) => this.value(x));
    if (isRecord(v)) {
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
    } else {
      const entry = moduleType(spec.type);
      const args = (spec.args ?? []).map((a) => this.value(a));
      const kwargs = {};
      for (const k of sortedKeys(spec.kwargs ?? {})) kwargs[k] = this.value(spec.kwargs[k]);
      if (entry.variadic) {
        module = entry.create(args, {});
      } else if (entry.ignoresArguments) {
        module = entry.create([], {});
      } else {
        const bound = bindArguments(spec.type, entry, args, kwargs, "spec");
        const positional = [];
        const opts = {};
        for (const [name, value] of bound) {
          const i = entry.params.indexOf(name);
          if (i >= 0 && i < entry.positional) positional[i] = value;
          else if (name !== "device") opts[entry.rename?.[name] ?? camel(name)] = value;
        }
        positional.length = entry.positional;
        if (entry.draws && this.generator !== void 0) opts.generator = this.generator;
        module = entry.create(positional, opts);
      }
    }
    if (spec.reinit !== void 0) runReinit(module, spec.reinit, this.generator);
    return module;
  }
};
function torchClassNames(m) {
  const names = [];
  for (let p = Object.getPrototypeOf(m); p !== null && p !== Module.prototype; p = Object.getPrototypeOf(p)) {
    const custom = customNames.get(p);
    if (custom !== void 0) {
      names.push(custom);
      continue;
    }
    const type = TYPE_OF_CLASS.get(p.constructor);
    if (type !== void 0) {
      names.push(type, ...MODULE_TYPES[type].bases ?? []);
      break;
    }
    names.push(p.constructor.name);
  }
  names.push("Module");
  return names;
}
var TYPE_OF_CLASS = new Map(
  Object.entries(MODULE_TYPES).map(([name, e]) => [e.cls, name])
);
function matches(match, name, t) {
  const m = match ?? {};
  return name.startsWith(m.startswith ?? "") && name.endsWith(m.endswith ?? "") && name.includes(m.contains ?? "") && t.shape.length >= (m.min_dim ?? 0);
}
function callInit(t, init, args, generator, where) {
  if (t === null || t === void 0 || typeof t !== "object" || !("data" in t)) {
    throw new TypeError(`${WHAT}: ${where} is not a tensor, received ${show4(t)}`);
  }
  INIT_FUNCTIONS[init].fn(t, args ?? {}, generator);
}
function resolve(root, path) {
  let x = root;
  for (const part of path.split(".")) {
    if (x === null || x === void 0 || typeof x !== "object") return void 0;
    x = x[part];
  }
  return x;
}
function runReinit(net, steps, generator) {
  const visit = (m, branches) => {
    const names = torchClassNames(m);
    for (const b of branches) {
      if (b.isinstance !== void 0 && !b.isinstance.some((n) => names.includes(n))) continue;
      if (b.type_in !== void 0 && !b.type_in.includes(names[0])) continue;
      if (b.class_name_contains !== void 0 && !names[0].includes(b.class_name_contains)) {
        continue;
      }
      for (const it of b.inits) {
        if ("param" in it) {
          const t = resolve(m, it.param);
          if (t !== null && t !== void 0) callInit(t, it.init, it.args, generator, it.param);
        } else {
          for (const [name, p] of [...m.namedParameters({ recurse: false })]) {
            if (matches(it.params, name, p)) callInit(p, it.init, it.args, generator, name);
          }
        }
      }
      return;
    }
  };
  for (const step of steps) {
    if (step.op === "call") {
      callInit(resolve(net, step.target), step.init, step.args, generator, step.target);
    } else if (step.op === "named_parameters") {
      for (const [name, p] of [...net.namedParameters()]) {
        if (matches(step.match, name, p)) callInit(p, step.init, step.args, generator, name);
      }
    } else if (step.op === "apply") {
      net.apply((m) => visit(m, step.branches));
    } else {
      for (const m of [...net.modules()]) visit(m, step.branches);
    }
  }
}
function buildModule(spec, options2) {
  if (options2 !== void 0 && !isRecord(options2)) {
    throw new TypeError(`${WHAT}: options must be an object, received ${show4(options2)}`);
  }
  checkSpec(spec, "spec", collectCustomNames(spec, /* @__PURE__ */ new Set()));
  return new Builder(options2?.generator).build(spec);
}
export {
  AdaptiveAvgPool1d,
  AdaptiveAvgPool2d,
  AdaptiveAvgPool3d,
  AdaptiveMaxPool1d,
  AdaptiveMaxPool2d,
  AdaptiveMaxPool3d,
  AlphaDropout,
  AvgPool1d,
  AvgPool2d,
  AvgPool3d,
  BatchNorm1d,
  BatchNorm2d,
  BatchNorm3d,
  Bilinear,
  CELU,
  ChannelShuffle,
  ConstantPad1d,
  ConstantPad2d,
  ConstantPad3d,
  Conv1d,
  Conv2d,
  Conv3d,
  ConvTranspose1d,
  ConvTranspose2d,
  ConvTranspose3d,
  CosineSimilarity,
  CrossMapLRN2d,
  Dropout,
  Dropout1d,
  Dropout2d,
  Dropout3d,
  ELU,
  Embedding,
  EmbeddingBag,
  FeatureAlphaDropout,
  Flatten,
  Fold,
  GELU,
  GLU,
  GRU,
  GRUCell,
  GroupNorm,
  Hardshrink,
  Hardsigmoid,
  Hardswish,
  Hardtanh,
  Identity,
  InstanceNorm1d,
  InstanceNorm2d,
  InstanceNorm3d,
  LPPool1d,
  LPPool2d,
  LSTM,
  LSTMCell,
  LayerNorm,
  LeakyReLU,
  Linear,
  LocalResponseNorm,
  LogSigmoid,
  LogSoftmax,
  MaxPool1d,
  MaxPool2d,
  MaxPool3d,
  MaxUnpool1d,
  MaxUnpool2d,
  MaxUnpool3d,
  Mish,
  Module,
  ModuleDict,
  ModuleList,
  MultiheadAttention,
  NonDynamicallyQuantizableLinear,
  PReLU,
  PairwiseDistance,
  Parameter,
  PixelShuffle,
  PixelUnshuffle,
  RMSNorm,
  RNN,
  RNNBase,
  RNNCell,
  RNNCellBase,
  RReLU,
  ReLU,
  ReLU6,
  ReflectionPad1d,
  ReflectionPad2d,
  ReflectionPad3d,
  ReplicationPad1d,
  ReplicationPad2d,
  ReplicationPad3d,
  SELU,
  Sequential,
  SiLU,
  Sigmoid,
  Softmax,
  Softmax2d,
  Softmin,
  Softplus,
  Softshrink,
  Softsign,
  Tanh,
  Tanhshrink,
  Threshold,
  Transformer,
  TransformerDecoder,
  TransformerDecoderLayer,
  TransformerEncoder,
  TransformerEncoderLayer,
  Unflatten,
  Unfold,
  Upsample,
  UpsamplingBilinear2d,
  UpsamplingNearest2d,
  ZeroPad2d,
  _BatchNorm,
  _ConvNd,
  _ConvTransposeNd,
  _DropoutNd,
  _InstanceNorm,
  _MaxPoolNd,
  _NormBase,
  buildModule
};
