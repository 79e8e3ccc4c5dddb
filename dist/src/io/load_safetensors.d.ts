/**
 * Parse a safetensors file.
 *
 * @module
 */
/** The dtypes {@linkcode loadSafetensors} reads. */
export type SafetensorsDType = "F64" | "F32" | "F16" | "BF16" | "I64" | "I32" | "I16" | "I8" | "U64" | "U32" | "U16" | "U8" | "BOOL";
/**
 * A tensor read from a safetensors file: contiguous, row-major, in its own
 * freshly allocated typed array.
 *
 * | dtype | data |
 * | --- | --- |
 * | `F64` | `Float64Array` |
 * | `F32`, `F16`, `BF16` | `Float32Array` (half precision widened exactly) |
 * | `I64`, `U64` | `BigInt64Array`, `BigUint64Array` |
 * | `I32`, `I16`, `I8` | `Int32Array`, `Int16Array`, `Int8Array` |
 * | `U32`, `U16`, `U8` | `Uint32Array`, `Uint16Array`, `Uint8Array` |
 * | `BOOL` | `Uint8Array` (0 or 1 as stored) |
 *
 * Narrow on `dtype` to get the typed array; an `F32` or `F64` tensor is a
 * valid `Tensor` of this library.
 */
export type LoadedTensor = LoadedTensorOf<"F64", Float64Array> | LoadedTensorOf<"F32" | "F16" | "BF16", Float32Array> | LoadedTensorOf<"I64", BigInt64Array> | LoadedTensorOf<"U64", BigUint64Array> | LoadedTensorOf<"I32", Int32Array> | LoadedTensorOf<"I16", Int16Array> | LoadedTensorOf<"I8", Int8Array> | LoadedTensorOf<"U32", Uint32Array> | LoadedTensorOf<"U16", Uint16Array> | LoadedTensorOf<"U8" | "BOOL", Uint8Array>;
/** A {@linkcode LoadedTensor} of the given dtypes and typed array. */
export interface LoadedTensorOf<D extends SafetensorsDType, A> {
    /** The dtype named in the file. */
    dtype: D;
    /** Size of each dimension. */
    shape: number[];
    /** The elements in row-major order. */
    data: A;
}
/** The result of {@linkcode loadSafetensors}. */
export interface LoadedSafetensors {
    /** The tensors by name, in the header's order. */
    tensors: Record<string, LoadedTensor>;
    /** The `__metadata__` map; empty when the file has none. */
    metadata: Record<string, string>;
}
/**
 * Parse the bytes of a safetensors file: an 8-byte little-endian header
 * length N, N bytes of UTF-8 JSON, then the data buffer. Every tensor is
 * copied into a new, aligned typed array (see {@linkcode LoadedTensor}), so
 * the result shares no memory with `bytes`, and the total size of all
 * returned arrays never exceeds `bytes.length`.
 *
 * The file is validated before anything is allocated: the header must be at
 * most 100 MB and fit in the file, be valid UTF-8 and a JSON object; every
 * tensor entry needs a known dtype, a shape of non-negative integers and
 * `data_offsets` `[begin, end]` with `end - begin` equal to the element count
 * times the element size; the tensors, sorted by `begin`, must tile the data
 * buffer exactly, without gaps or overlaps; `__metadata__`, when present,
 * must map strings to strings.
 *
 * @param bytes The file's bytes.
 * @returns The tensors by name and the metadata.
 * @throws {TypeError} If `bytes` is not a `Uint8Array`.
 * @throws {SafetensorsError} If `bytes` is not a well-formed safetensors file; the message says what is wrong and where.
 *
 * @example Read an F16 tensor written by another tool
 * ```ts
 * import { loadSafetensors } from "./mod.ts";
 * import assert from "node:assert/strict";
 *
 * const header = '{"h":{"dtype":"F16","shape":[2],"data_offsets":[0,4]}}';
 * const json = new TextEncoder().encode(header.padEnd(56));
 * const file = new Uint8Array(8 + 56 + 4);
 * file[0] = 56;
 * file.set(json, 8);
 * file.set([0x00, 0x3c, 0x00, 0xc0], 64); // 1.0 and -2.0 in float16
 * const { tensors } = loadSafetensors(file);
 * assert.ok(tensors.h.data instanceof Float32Array);
 * assert.deepEqual(Array.from(tensors.h.data), [1, -2]);
 * ```
 */
export declare function loadSafetensors(bytes: Uint8Array): LoadedSafetensors;
