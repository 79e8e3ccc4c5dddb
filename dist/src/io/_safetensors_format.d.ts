/**
 * Shared constants of the safetensors format: dtype names, element sizes and
 * limits.
 *
 * @module
 */
/** The dtypes {@linkcode loadSafetensors} reads, with their sizes in bytes. */
export declare const ELEMENT_SIZE: Readonly<Record<string, number>>;
/** Largest header (in bytes) the loader accepts: 100 MB, as the reference implementation. */
export declare const MAX_HEADER_SIZE = 100000000;
/** The reserved header key holding the string→string metadata map. */
export declare const METADATA_KEY = "__metadata__";
/** Whether this platform stores typed-array elements little-endian. */
export declare const LITTLE_ENDIAN: boolean;
/** Define an own, enumerable property (safe for names such as `__proto__`). */
export declare function setOwn<T>(obj: Record<string, T>, key: string, value: T): void;
