/* @ts-self-types="./load_safetensors.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Parse a safetensors file.
 *
 * @module
 */
import { ELEMENT_SIZE, LITTLE_ENDIAN, MAX_HEADER_SIZE, METADATA_KEY, setOwn, } from "./_safetensors_format.js";
import { SafetensorsError } from "./safetensors_error.js";
function fail(message) {
    throw new SafetensorsError(message);
}
function isRecord(x) {
    return x !== null && typeof x === "object" && !Array.isArray(x);
}
function show(x) {
    try {
        const s = JSON.stringify(x);
        if (s === undefined)
            return String(x);
        return s.length > 60 ? `${s.slice(0, 57)}...` : s;
    }
    catch {
        return typeof x;
    }
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
export function loadSafetensors(bytes) {
    if (!(bytes instanceof Uint8Array)) {
        throw new TypeError(`Cannot load safetensors: bytes must be a Uint8Array, received ${bytes === null
            ? "null"
            : typeof bytes === "object"
                ? bytes.constructor?.name ?? "object"
                : typeof bytes}`);
    }
    const size = bytes.length;
    if (size < 8) {
        fail(`File too short: needs at least 8 bytes for the header length, received ${size}`);
    }
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const lo = dv.getUint32(0, true);
    const hi = dv.getUint32(4, true);
    if (hi !== 0 || lo > MAX_HEADER_SIZE) {
        fail(`Header too large: bytes 0-7 declare ${hi * 2 ** 32 + lo} bytes, the limit is ${MAX_HEADER_SIZE}`);
    }
    const headerSize = lo;
    if (headerSize > size - 8) {
        fail(`Header extends past the end of the file: bytes 0-7 declare ${headerSize} bytes, only ${size - 8} follow`);
    }
    let text;
    try {
        text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(8, 8 + headerSize));
    }
    catch {
        fail(`Header (bytes 8-${8 + headerSize}) is not valid UTF-8`);
    }
    let header;
    try {
        header = JSON.parse(text);
    }
    catch (e) {
        fail(`Header (bytes 8-${8 + headerSize}) is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (!isRecord(header)) {
        fail(`Header (bytes 8-${8 + headerSize}) must be a JSON object, received ${show(header)}`);
    }
    const dataStart = 8 + headerSize;
    const dataSize = size - dataStart;
    const metadata = {};
    const entries = [];
    for (const name of Object.keys(header)) {
        const value = header[name];
        if (name === METADATA_KEY) {
            if (!isRecord(value)) {
                fail(`Header field "${METADATA_KEY}" must be an object, received ${show(value)}`);
            }
            for (const key of Object.keys(value)) {
                const v = value[key];
                if (typeof v !== "string") {
                    fail(`Metadata ${show(key)} must be a string, received ${show(v)}`);
                }
                setOwn(metadata, key, v);
            }
            continue;
        }
        entries.push(parseEntry(name, value, dataSize));
    }
    // The tensors, sorted by begin, must tile the data buffer exactly.
    const sorted = entries.map((e, i) => ({ e, i })).sort((a, b) => a.e.begin - b.e.begin || a.e.end - b.e.end || a.i - b.i);
    let cursor = 0;
    for (const { e } of sorted) {
        if (e.begin !== cursor) {
            fail(e.begin < cursor
                ? `Tensor ${show(e.name)}: data_offsets [${e.begin}, ${e.end}] overlap the previous tensor, which ends at ${cursor}`
                : `Tensor ${show(e.name)}: data_offsets [${e.begin}, ${e.end}] leave a gap: the previous tensor ends at ${cursor}`);
        }
        cursor = e.end;
    }
    if (cursor !== dataSize) {
        fail(`The tensors cover ${cursor} bytes of the data buffer (bytes ${dataStart}-${size}), which has ${dataSize}`);
    }
    const tensors = {};
    for (const e of entries) {
        setOwn(tensors, e.name, {
            dtype: e.dtype,
            shape: e.shape,
            data: decode(e.dtype, bytes.subarray(dataStart + e.begin, dataStart + e.end)),
        });
    }
    return { tensors, metadata };
}
function parseEntry(name, value, dataSize) {
    const where = `Tensor ${show(name)}`;
    if (!isRecord(value))
        fail(`${where}: entry must be an object, received ${show(value)}`);
    const dtype = value.dtype;
    if (typeof dtype !== "string")
        fail(`${where}: dtype must be a string, received ${show(dtype)}`);
    if (!Object.hasOwn(ELEMENT_SIZE, dtype))
        fail(`${where}: unsupported dtype ${show(dtype)}`);
    const es = ELEMENT_SIZE[dtype];
    const shape = value.shape;
    if (!Array.isArray(shape))
        fail(`${where}: shape must be an array, received ${show(shape)}`);
    const dims = [];
    let hasZero = false;
    for (let i = 0; i < shape.length; i++) {
        const s = shape[i];
        if (typeof s !== "number" || !Number.isSafeInteger(s) || s < 0) {
            fail(`${where}: shape[${i}] must be a non-negative integer, received ${show(s)}`);
        }
        if (s === 0)
            hasZero = true;
        dims.push(s);
    }
    // The element count, bounded by what the data buffer can hold, so it never overflows.
    const maxNumel = Math.floor(dataSize / es);
    let numel = 1;
    if (hasZero)
        numel = 0;
    else {
        for (const s of dims) {
            numel *= s;
            if (numel > maxNumel) {
                fail(`${where}: shape [${dims.join(", ")}] has more elements than the data buffer of ${dataSize} bytes holds`);
            }
        }
    }
    const offsets = value.data_offsets;
    if (!Array.isArray(offsets) || offsets.length !== 2) {
        fail(`${where}: data_offsets must be an array of 2 integers, received ${show(offsets)}`);
    }
    const [begin, end] = offsets;
    for (const [i, o] of [begin, end].entries()) {
        if (typeof o !== "number" || !Number.isSafeInteger(o) || o < 0) {
            fail(`${where}: data_offsets[${i}] must be a non-negative integer, received ${show(o)}`);
        }
        if (o > dataSize) {
            fail(`${where}: data_offsets[${i}] is ${o}, past the end of the data buffer of ${dataSize} bytes`);
        }
    }
    if (begin > end)
        fail(`${where}: data_offsets [${begin}, ${end}] begin after they end`);
    if (end - begin !== numel * es) {
        fail(`${where}: data_offsets [${begin}, ${end}] span ${end - begin} bytes, but shape [${dims.join(", ")}] of ${dtype} needs ${numel * es}`);
    }
    return { name, dtype: dtype, shape: dims, begin, end };
}
/** Copy little-endian `src` into a new aligned typed array of `dtype`. */
function decode(dtype, src) {
    const n = src.length / ELEMENT_SIZE[dtype];
    // A copy at offset 0 of its own buffer is aligned for any element type.
    // (Not `src.slice()`: on a Node Buffer that returns a view, not a copy.)
    const copy = new Uint8Array(src.length);
    copy.set(src);
    const view = new DataView(copy.buffer);
    switch (dtype) {
        case "U8":
        case "BOOL":
            return copy;
        case "I8":
            return new Int8Array(copy.buffer);
        case "F16":
        case "BF16": {
            // Widen bit patterns exactly, NaN payloads included.
            const out = new Float32Array(n);
            const bits = new Uint32Array(out.buffer);
            for (let i = 0; i < n; i++) {
                const h = view.getUint16(2 * i, true);
                if (dtype === "BF16")
                    bits[i] = h << 16;
                else if ((h & 0x7c00) === 0)
                    out[i] = (h & 0x8000 ? -1 : 1) * (h & 0x3ff) * 2 ** -24;
                else if ((h & 0x7c00) === 0x7c00) {
                    bits[i] = ((h & 0x8000) << 16 | 0x7f800000 | (h & 0x3ff) << 13) >>> 0;
                }
                else {
                    bits[i] =
                        ((h & 0x8000) << 16 | (((h >> 10) & 0x1f) + 112) << 23 | (h & 0x3ff) << 13) >>> 0;
                }
            }
            return out;
        }
    }
    if (!LITTLE_ENDIAN)
        swapBytes(copy, ELEMENT_SIZE[dtype]);
    switch (dtype) {
        case "F64":
            return new Float64Array(copy.buffer);
        case "F32":
            return new Float32Array(copy.buffer);
        case "I64":
            return new BigInt64Array(copy.buffer);
        case "U64":
            return new BigUint64Array(copy.buffer);
        case "I32":
            return new Int32Array(copy.buffer);
        case "U32":
            return new Uint32Array(copy.buffer);
        case "I16":
            return new Int16Array(copy.buffer);
        case "U16":
            return new Uint16Array(copy.buffer);
    }
}
function swapBytes(a, width) {
    for (let i = 0; i < a.length; i += width)
        a.subarray(i, i + width).reverse();
}
