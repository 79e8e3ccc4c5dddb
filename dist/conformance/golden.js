/* @ts-self-types="./golden.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Loader for the golden data recorded from real PyTorch by
 * `golden/generate.py` (format `torch-parity-golden/1`, documented in
 * `golden/README.md`). Runtime-neutral: uses `node:fs/promises`, which Deno,
 * Node and Bun all provide.
 *
 * @module
 */
import { readFile } from "node:fs/promises";
/** Capabilities recorded in the golden directory. */
export const GOLDEN_CAPABILITIES = ["default", "avx2", "avx512"];
const ELEMENT_SIZE = {
    F32: 4,
    F64: 8,
    F16: 2,
    BF16: 2,
    I64: 8,
    U8: 1,
    U32: 4,
};
/** Parse a safetensors file as written by generate.py (strictly checked). */
export function parseSafetensors(file) {
    if (file.length < 8)
        throw new RangeError(`Golden file too short: ${file.length} bytes`);
    const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
    const headerLength = view.getBigUint64(0, true);
    if (headerLength > BigInt(file.length - 8)) {
        throw new RangeError(`Golden header length ${headerLength} exceeds the file`);
    }
    const hl = Number(headerLength);
    const header = JSON.parse(new TextDecoder().decode(file.subarray(8, 8 + hl)));
    const dataStart = 8 + hl;
    const out = new Map();
    for (const [name, info] of Object.entries(header)) {
        if (name === "__metadata__")
            continue;
        const { dtype, shape, data_offsets } = info;
        const size = ELEMENT_SIZE[dtype];
        if (size === undefined)
            throw new TypeError(`Golden tensor ${name}: unknown dtype ${dtype}`);
        const numel = shape.reduce((a, b) => a * b, 1);
        const [begin, end] = data_offsets;
        if (end - begin !== numel * size || dataStart + end > file.length) {
            throw new RangeError(`Golden tensor ${name}: bad data_offsets ${begin}..${end}`);
        }
        out.set(name, { dtype, shape, bytes: file.slice(dataStart + begin, dataStart + end) });
    }
    return out;
}
/**
 * Capabilities whose recorded cases and tensors are byte for byte those of
 * another capability (only the capability labels differ; golden_alias_test.ts
 * checks it), so the published package carries the data once.
 */
export const GOLDEN_ALIASES = { avx512: "avx2" };
/**
 * Load `dir/<capability>/manifest.json` and its tensors. When that directory
 * is absent (the published package) and the capability has an alias in
 * {@linkcode GOLDEN_ALIASES}, the alias's data is returned with
 * `meta.capability` set to `capability` and `meta.golden_alias_of` to the alias.
 */
export async function loadGolden(dir, capability) {
    const base = new URL(`${capability}/`, dir instanceof URL ? dir : new URL(`file://${dir}/`));
    let text;
    try {
        text = await readFile(new URL("manifest.json", base), "utf8");
    }
    catch (error) {
        const alias = GOLDEN_ALIASES[capability];
        if (alias === undefined || error.code !== "ENOENT")
            throw error;
        const set = await loadGolden(dir, alias);
        return { ...set, meta: { ...set.meta, capability, golden_alias_of: alias } };
    }
    const manifest = JSON.parse(text);
    if (manifest.format !== "torch-parity-golden/1") {
        throw new TypeError(`Unknown golden format ${JSON.stringify(manifest.format)}`);
    }
    return { meta: manifest.meta, cases: manifest.cases, tensors: await readTensors(manifest, base) };
}
/**
 * The tensors a manifest names (`tensors`, relative to `base`), plus, when it
 * has `base_tensors` (a later torch's set stores only the tensors that differ
 * from torch 1.13's), the rest from that file, by name.
 */
async function readTensors(manifest, base) {
    const tensors = parseSafetensors(new Uint8Array(await readFile(new URL(manifest.tensors, base))));
    if (typeof manifest.base_tensors === "string") {
        const inherited = parseSafetensors(new Uint8Array(await readFile(new URL(manifest.base_tensors, base))));
        for (const [name, t] of inherited)
            if (!tensors.has(name))
                tensors.set(name, t);
    }
    return tensors;
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
export async function loadModuleGolden(capability, dir) {
    const base = new URL(`${capability}/`, dir instanceof URL ? dir : new URL(`file://${dir}/`));
    let text;
    try {
        text = await readFile(new URL("modules.json", base), "utf8");
    }
    catch (error) {
        const alias = GOLDEN_ALIASES[capability];
        if (alias === undefined || error.code !== "ENOENT")
            throw error;
        const set = await loadModuleGolden(alias, dir);
        return { ...set, meta: { ...set.meta, capability, golden_alias_of: alias } };
    }
    const manifest = JSON.parse(text);
    if (manifest.format !== "torch-parity-modules/1") {
        throw new TypeError(`Unknown module golden format ${JSON.stringify(manifest.format)}`);
    }
    return { meta: manifest.meta, cases: manifest.cases, tensors: await readTensors(manifest, base) };
}
/** The golden directory of this repository. */
export const GOLDEN_DIR = new URL("../golden/", import.meta.url);
/** The golden directory recorded by each torch release (1.13's is the top level). */
export const GOLDEN_DIRS = {
    "1.13": GOLDEN_DIR,
    "2.6": new URL("torch-2.6/", GOLDEN_DIR),
    "2.14": new URL("torch-2.14/", GOLDEN_DIR),
};
/** Lower-case hex SHA-256 of `bytes` (Web Crypto, available in every runtime). */
export async function sha256Hex(bytes) {
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
    return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}
