/* @ts-self-types="./_options.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Constructor argument checks shared by the nn modules. Every check runs
 * before the first tensor is created or drawn, so a throwing constructor
 * leaves the generator untouched.
 *
 * @module
 */
import { sharedParameters } from "../_shared_storage.js";
import { empty } from "../tensor.js";
import { resolveGenerator } from "../random/generator.js";
import { Parameter } from "./parameter.js";
/** Show a value in an error message. */
export function show(x) {
    if (x === null)
        return "null";
    if (x === undefined)
        return "undefined";
    if (Array.isArray(x))
        return `[${x.map(show).join(", ")}]`;
    if (typeof x === "object")
        return x.constructor?.name ?? "object";
    if (typeof x === "function")
        return "function";
    if (typeof x === "string")
        return JSON.stringify(x);
    if (typeof x === "bigint")
        return `${x}n`;
    return String(x);
}
/** `options` as an object ({} when undefined), else a TypeError. */
export function options(opts, what) {
    if (opts === undefined)
        return {};
    if (opts === null || typeof opts !== "object" || Array.isArray(opts)) {
        throw new TypeError(`${what}: options must be an object, received ${show(opts)}`);
    }
    return opts;
}
/** An integer ≥ `min` (TypeError for a non-number, RangeError otherwise). */
export function int(value, name, what, min = 0) {
    if (typeof value !== "number") {
        throw new TypeError(`${what}: ${name} must be an integer, received ${typeof value} ${show(value)}`);
    }
    if (!Number.isSafeInteger(value)) {
        throw new RangeError(`${what}: ${name} must be an integer, received ${show(value)}`);
    }
    if (value < min) {
        throw new RangeError(`${what}: ${name} must be ${min === 1 ? "positive" : `at least ${min}`}, received ${value}`);
    }
    return value;
}
/** Any integer (negative allowed), e.g. a dimension index. */
export function anyInt(value, name, what) {
    return int(value, name, what, -Number.MAX_SAFE_INTEGER);
}
/** A number (NaN and infinities allowed unless `finiteOnly`). */
export function num(value, name, what, finiteOnly = false) {
    if (typeof value !== "number") {
        throw new TypeError(`${what}: ${name} must be a number, received ${typeof value} ${show(value)}`);
    }
    if (finiteOnly && !Number.isFinite(value)) {
        throw new RangeError(`${what}: ${name} must be finite, received ${value}`);
    }
    return value;
}
/** A boolean. */
export function bool(value, name, what) {
    if (typeof value !== "boolean") {
        throw new TypeError(`${what}: ${name} must be a boolean, received ${show(value)}`);
    }
    return value;
}
/** One of `choices` (strings). */
export function oneOf(value, choices, name, what) {
    if (typeof value !== "string") {
        throw new TypeError(`${what}: ${name} must be a string, received ${show(value)}`);
    }
    if (!choices.includes(value)) {
        throw new RangeError(`${what}: ${name} must be one of ${choices.map((c) => JSON.stringify(c)).join(", ")}, received ${JSON.stringify(value)}`);
    }
    return value;
}
/** The `dtype` option: `"float32"` (default), `"float64"`, `"float16"` or `"bfloat16"`. */
export function dtypeOf(value, what) {
    if (value === undefined)
        return "float32";
    return oneOf(value, ["float32", "float64", "float16", "bfloat16"], "dtype", what);
}
/** A new contiguous zero tensor of any module dtype (a HalfTensor for the half ones). */
export function emptyOf(shape, dtype, opts) {
    const shared = opts?.shared ?? false;
    return dtype === "float16" || dtype === "bfloat16"
        ? empty(shape, { dtype, shared })
        : empty(shape, { dtype, shared });
}
/** The `generator` option, resolved to a Generator (the default one when omitted). */
export function generatorOf(value, what) {
    return resolveGenerator(value, what);
}
/**
 * torch's `_single`/`_pair`/`_triple`: a number repeated `n` times, or an
 * array of `n` integers, each at least `min`.
 */
export function tuple(value, n, name, what, min = 0) {
    if (typeof value === "number") {
        int(value, name, what, min);
        return new Array(n).fill(value);
    }
    if (!Array.isArray(value)) {
        throw new TypeError(`${what}: ${name} must be an integer or an array of ${n} integers, received ${show(value)}`);
    }
    if (value.length !== n) {
        throw new RangeError(`${what}: ${name} must have ${n} element${n === 1 ? "" : "s"}, received ${show(value)}`);
    }
    return value.map((v, i) => int(v, `${name}[${i}]`, what, min));
}
/** An integer or an array of integers of any length (a size argument). */
export function intOrInts(value, name, what, min = 0) {
    if (Array.isArray(value))
        return value.map((v, i) => int(v, `${name}[${i}]`, what, min));
    if (typeof value !== "number") {
        throw new TypeError(`${what}: ${name} must be an integer or an array of integers, received ${show(value)}`);
    }
    return int(value, name, what, min);
}
/**
 * A new parameter of zeros with the given shape and dtype (torch.empty, filled
 * later), on a SharedArrayBuffer while `initWorkers(n, { sharedParameters: true })` runs.
 */
export function parameter(shape, dtype) {
    // A half parameter holds Uint16Array data under Parameter's float type (see Parameter).
    return new Parameter(emptyOf(shape, dtype, { shared: sharedParameters() }));
}
/** A 0-d int64 tensor holding `value` (torch.tensor(value, dtype=torch.long)). */
export function int64Scalar(value = 0n) {
    return { data: new BigInt64Array([value]), shape: [], strides: [], offset: 0 };
}
/** `-bound`, as Python's `-bound` of an int 0 gives 0, not -0. */
export function neg(bound) {
    return bound === 0 ? 0 : -bound;
}
/** The number of elements of `shape`, checked to fit a tensor. */
export function numelOf(shape, what) {
    let n = 1;
    for (const s of shape)
        n *= s;
    if (n > 2 ** 32) {
        throw new RangeError(`${what}: the weight would have too many elements, received ${n}`);
    }
    return n;
}
/** `undefined` and `null` give `null`; anything else goes through `check`. */
export function optional(value, check) {
    return value === undefined || value === null ? null : check(value);
}
/** A dropout probability: a number in [0, 1] (torch's check). */
export function probability(value, what) {
    const p = num(value, "p", what);
    if (!(p >= 0 && p <= 1)) {
        throw new RangeError(`${what}: p must be a probability between 0 and 1, received ${p}`);
    }
    return p;
}
/** An adaptive pooling output size: an integer, or an array of integers and nulls. */
export function adaptiveSize(value, name, what) {
    if (Array.isArray(value)) {
        return value.map((v, i) => v === null ? null : int(v, `${name}[${i}]`, what));
    }
    if (typeof value !== "number") {
        throw new TypeError(`${what}: ${name} must be an integer or an array of integers and nulls, received ${show(value)}`);
    }
    return int(value, name, what);
}
