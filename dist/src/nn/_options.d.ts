/**
 * Constructor argument checks shared by the nn modules. Every check runs
 * before the first tensor is created or drawn, so a throwing constructor
 * leaves the generator untouched.
 *
 * @module
 */
import type { DType, HalfDType, HalfTensor, Tensor } from "../tensor.js";
import { type Generator } from "../random/generator.js";
import { Parameter } from "./parameter.js";
/** Show a value in an error message. */
export declare function show(x: unknown): string;
/** `options` as an object ({} when undefined), else a TypeError. */
export declare function options<T extends object>(opts: T | undefined, what: string): T;
/** An integer ≥ `min` (TypeError for a non-number, RangeError otherwise). */
export declare function int(value: unknown, name: string, what: string, min?: number): number;
/** Any integer (negative allowed), e.g. a dimension index. */
export declare function anyInt(value: unknown, name: string, what: string): number;
/** A number (NaN and infinities allowed unless `finiteOnly`). */
export declare function num(value: unknown, name: string, what: string, finiteOnly?: boolean): number;
/** A boolean. */
export declare function bool(value: unknown, name: string, what: string): boolean;
/** One of `choices` (strings). */
export declare function oneOf<T extends string>(value: unknown, choices: readonly T[], name: string, what: string): T;
/** A module's floating-point dtype: torch's `dtype=` of the nn constructors. */
export type ModuleDType = DType | HalfDType;
/** The `dtype` option: `"float32"` (default), `"float64"`, `"float16"` or `"bfloat16"`. */
export declare function dtypeOf(value: unknown, what: string): ModuleDType;
/** A new contiguous zero tensor of any module dtype (a HalfTensor for the half ones). */
export declare function emptyOf(shape: readonly number[], dtype: ModuleDType, opts?: {
    shared?: boolean;
}): Tensor | HalfTensor;
/** The `generator` option, resolved to a Generator (the default one when omitted). */
export declare function generatorOf(value: unknown, what: string): Generator;
/**
 * torch's `_single`/`_pair`/`_triple`: a number repeated `n` times, or an
 * array of `n` integers, each at least `min`.
 */
export declare function tuple(value: unknown, n: number, name: string, what: string, min?: number): number[];
/** An integer or an array of integers of any length (a size argument). */
export declare function intOrInts(value: unknown, name: string, what: string, min?: number): number | number[];
/**
 * A new parameter of zeros with the given shape and dtype (torch.empty, filled
 * later), on a SharedArrayBuffer while `initWorkers(n, { sharedParameters: true })` runs.
 */
export declare function parameter(shape: readonly number[], dtype: ModuleDType): Parameter;
/** A 0-d int64 tensor holding `value` (torch.tensor(value, dtype=torch.long)). */
export declare function int64Scalar(value?: bigint): Tensor<BigInt64Array>;
/** `-bound`, as Python's `-bound` of an int 0 gives 0, not -0. */
export declare function neg(bound: number): number;
/** The number of elements of `shape`, checked to fit a tensor. */
export declare function numelOf(shape: readonly number[], what: string): number;
/** `undefined` and `null` give `null`; anything else goes through `check`. */
export declare function optional<T>(value: unknown, check: (x: unknown) => T): T | null;
/** A dropout probability: a number in [0, 1] (torch's check). */
export declare function probability(value: unknown, what: string): number;
/** An adaptive pooling output size: an integer, or an array of integers and nulls. */
export declare function adaptiveSize(value: unknown, name: string, what: string): number | Array<number | null>;
