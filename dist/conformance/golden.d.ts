/**
 * Loader for the golden data recorded from real PyTorch by
 * `golden/generate.py` (format `torch-parity-golden/1`, documented in
 * `golden/README.md`). Runtime-neutral: uses `node:fs/promises`, which Deno,
 * Node and Bun all provide.
 *
 * @module
 */
/** Capabilities recorded in the golden directory. */
export declare const GOLDEN_CAPABILITIES: readonly ["default", "avx2", "avx512"];
/** A strided view onto a zero-filled base tensor. */
export interface GoldenView {
    base_shape: number[];
    shape: number[];
    strides: number[];
    offset: number;
    expr: string;
}
/** One step of a golden case. */
export interface GoldenStep {
    op: string;
    output: string | null;
    count?: number;
    n?: number;
    dtype?: "float32" | "float64" | "float16" | "bfloat16";
    shape?: number[];
    args?: Record<string, number | string | boolean | null>;
    view?: GoldenView | null;
    state?: string;
    /** Warnings torch emitted during the call (init ops). */
    warnings?: string[];
    /** Set when torch raised: the exception class name and message. */
    error?: {
        type: string;
        message: string;
    };
    /**
     * Half-precision steps: torch may refuse them, depending on the release,
     * after drawing; `output` then holds what torch left in the buffer.
     */
    may_refuse?: boolean;
    /** The value a formula op returned. */
    expected?: number | number[];
    expected_type?: "int" | "float";
}
/** The generator state recorded after a case. */
export interface GoldenState {
    sha256: string;
    initial_seed: string;
    left: number;
    seeded: number;
    next: number;
    normal_y: number;
    normal_is_valid: number;
    float_normal_sample: number;
    float_normal_valid: number;
}
/** One golden case: a seed, a sequence of steps, the state afterwards. */
export interface GoldenCase {
    id: string;
    tags: string[];
    generator: "default" | "fresh";
    seed: string | null;
    steps: GoldenStep[];
    state_after: GoldenState;
}
/** A tensor read from the golden safetensors file. */
export interface GoldenTensor {
    dtype: "F32" | "F64" | "F16" | "BF16" | "I64" | "U8" | "U32";
    shape: number[];
    /** The raw little-endian bytes, copied into their own aligned buffer. */
    bytes: Uint8Array;
}
/** A whole golden directory for one capability. */
export interface GoldenSet {
    meta: Record<string, string>;
    cases: GoldenCase[];
    tensors: Map<string, GoldenTensor>;
}
/** Parse a safetensors file as written by generate.py (strictly checked). */
export declare function parseSafetensors(file: Uint8Array): Map<string, GoldenTensor>;
/**
 * Capabilities whose recorded cases and tensors are byte for byte those of
 * another capability (only the capability labels differ; golden_alias_test.ts
 * checks it), so the published package carries the data once.
 */
export declare const GOLDEN_ALIASES: Readonly<Record<string, string>>;
/**
 * Load `dir/<capability>/manifest.json` and its tensors. When that directory
 * is absent (the published package) and the capability has an alias in
 * {@linkcode GOLDEN_ALIASES}, the alias's data is returned with
 * `meta.capability` set to `capability` and `meta.golden_alias_of` to the alias.
 */
export declare function loadGolden(dir: string | URL, capability: string): Promise<GoldenSet>;
/** One state_dict entry of a golden module case (golden/README.md, "Module cases"). */
export interface ModuleGoldenEntry {
    /** The state_dict key. */
    name: string;
    /** Element type. */
    dtype: "float32" | "float64" | "int64" | "float16" | "bfloat16";
    /** Shape (`[]` for 0-d). */
    shape: number[];
    /** Parameter or buffer. */
    kind: "parameter" | "buffer";
    /** The stored tensor's name, or null (then `sha256` and `head`). */
    tensor: string | null;
    /** SHA-256 of the raw little-endian bytes, when not stored. */
    sha256?: string;
    /** The first elements, when not stored. */
    head?: (number | string)[];
}
/** One golden module case. */
export interface ModuleGoldenCase {
    /** Unique, human-readable id. */
    id: string;
    /** Sorted tags (module types, "reinit", "error", "late-refusal", ...). */
    tags: string[];
    /** The seed, as a decimal string. */
    seed: string;
    /** The module spec. */
    spec: unknown;
    /** Warnings torch emitted. */
    warnings: string[];
    /** Set when torch refused. */
    error?: {
        type: string;
        message: string;
    };
    /** The state dict, or null when a constructor refused. */
    state_dict: ModuleGoldenEntry[] | null;
    /** The generator state afterwards. */
    state_after: GoldenState;
}
/** A capability's golden module cases and stored tensors. */
export interface ModuleGoldenSet {
    /** Provenance, as in manifest.json. */
    meta: Record<string, string>;
    /** The cases, in file order. */
    cases: ModuleGoldenCase[];
    /** Stored tensors by name. */
    tensors: Map<string, GoldenTensor>;
}
/**
 * Load `dir/<capability>/modules.json` and its tensors; a capability in
 * {@linkcode GOLDEN_ALIASES} without its own file (avx512) gets its alias's.
 *
 * @param capability `"default"`, `"avx2"` or `"avx512"`.
 * @param dir A golden directory (one of {@linkcode GOLDEN_DIRS}).
 * @returns The module cases and tensors.
 *
 * @example
 * ```ts
 * import { GOLDEN_DIR, loadModuleGolden } from "./golden.ts";
 * import assert from "node:assert/strict";
 *
 * const set = await loadModuleGolden("avx2", GOLDEN_DIR);
 * assert.ok(set.cases.length > 100);
 * ```
 */
export declare function loadModuleGolden(capability: string, dir: string | URL): Promise<ModuleGoldenSet>;
/** The golden directory of this repository. */
export declare const GOLDEN_DIR: URL;
/** The golden directory recorded by each torch release (1.13's is the top level). */
export declare const GOLDEN_DIRS: Readonly<Record<"1.13" | "2.6" | "2.14", URL>>;
/** Lower-case hex SHA-256 of `bytes` (Web Crypto, available in every runtime). */
export declare function sha256Hex(bytes: Uint8Array): Promise<string>;
