/* @ts-self-types="./_safetensors_format.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Shared constants of the safetensors format: dtype names, element sizes and
 * limits.
 *
 * @module
 */
/** The dtypes {@linkcode loadSafetensors} reads, with their sizes in bytes. */
export const ELEMENT_SIZE = Object.freeze({
    F64: 8,
    F32: 4,
    F16: 2,
    BF16: 2,
    I64: 8,
    I32: 4,
    I16: 2,
    I8: 1,
    U64: 8,
    U32: 4,
    U16: 2,
    U8: 1,
    BOOL: 1,
});
/** Largest header (in bytes) the loader accepts: 100 MB, as the reference implementation. */
export const MAX_HEADER_SIZE = 100_000_000;
/** The reserved header key holding the string→string metadata map. */
export const METADATA_KEY = "__metadata__";
/** Whether this platform stores typed-array elements little-endian. */
export const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Define an own, enumerable property (safe for names such as `__proto__`). */
export function setOwn(obj, key, value) {
    Object.defineProperty(obj, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
    });
}
