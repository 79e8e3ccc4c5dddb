/* @ts-self-types="./save_safetensors.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Serialize tensors to the safetensors format.
 *
 * @module
 */
import { anyLayoutOf, halfLayoutOf, isHalfTensor } from "../_layout.js";
import { LITTLE_ENDIAN, METADATA_KEY } from "./_safetensors_format.js";
const WHAT = "Cannot save safetensors";
/** Largest file {@linkcode saveSafetensors} writes (2^32 bytes). */
const MAX_FILE_SIZE = 2 ** 32;
function isPlainRecord(x) {
    return x !== null && typeof x === "object" && !Array.isArray(x);
}
function describe(x) {
    if (x === null)
        return "null";
    if (Array.isArray(x))
        return "an array";
    if (typeof x === "object")
        return x.constructor?.name ?? "object";
    if (typeof x === "string")
        return JSON.stringify(x);
    return `${typeof x} ${String(x)}`;
}
/**
 * Serialize `tensors` to a safetensors file: an 8-byte little-endian header
 * length N, a UTF-8 JSON header padded with spaces so that 8 + N is a
 * multiple of 8, then every tensor's elements, little-endian, row-major and
 * contiguous, in the order of their sorted names. A strided view is written
 * in its logical row-major order. `Float32Array` data is stored as `"F32"`,
 * `Float64Array` data as `"F64"`, `BigInt64Array` data (an int64 tensor
 * such as BatchNorm's `num_batches_tracked`) as `"I64"`, and a
 * {@linkcode HalfTensor} (`Uint16Array` bits with `dtype` `"float16"` or
 * `"bfloat16"`) as `"F16"` or `"BF16"`, torch's storage bytes exactly. The
 * bytes of every element, NaN payloads included, are copied unchanged.
 *
 * The output is deterministic: metadata keys and tensor names are sorted by
 * UTF-16 code units.
 *
 * @param tensors The tensors to save, by name. Names must be non-empty and not `"__metadata__"`.
 * @param metadata Optional string→string map stored under `"__metadata__"`.
 * @returns The bytes of the safetensors file.
 * @throws {TypeError} If `tensors` or `metadata` is not an object, a metadata value is not a string, or a tensor is malformed (see {@linkcode Tensor}).
 * @throws {RangeError} If a name is empty or `"__metadata__"`, a tensor's shape, strides or offset is out of range, or the file would exceed 4 GiB.
 *
 * @example Save a 2×2 tensor and read it back
 * ```ts
 * import { loadSafetensors, saveSafetensors } from "./mod.ts";
 * import { empty } from "../tensor.ts";
 * import assert from "node:assert/strict";
 *
 * const w = empty([2, 2]);
 * w.data.set([1, 2, 3, 4]);
 * const bytes = saveSafetensors({ weight: w }, { format: "pt" });
 * assert.equal((8 + bytes[0]) % 8, 0); // the header is padded
 * const { tensors, metadata } = loadSafetensors(bytes);
 * assert.equal(tensors.weight.dtype, "F32");
 * assert.deepEqual(tensors.weight.shape, [2, 2]);
 * assert.deepEqual(tensors.weight.data, new Float32Array([1, 2, 3, 4]));
 * assert.deepEqual(metadata, { format: "pt" });
 * ```
 *
 * @example An int64 scalar (a BatchNorm `num_batches_tracked`) is stored as I64
 * ```ts
 * import { loadSafetensors, saveSafetensors } from "./mod.ts";
 * import assert from "node:assert/strict";
 *
 * const steps = { data: new BigInt64Array([7n]), shape: [] };
 * const { tensors } = loadSafetensors(saveSafetensors({ num_batches_tracked: steps }));
 * assert.equal(tensors.num_batches_tracked.dtype, "I64");
 * assert.deepEqual(tensors.num_batches_tracked.shape, []);
 * assert.deepEqual(tensors.num_batches_tracked.data, new BigInt64Array([7n]));
 * ```
 *
 * @example A bfloat16 weight is stored as BF16 (torch's bytes)
 * ```ts
 * import { loadSafetensors, saveSafetensors } from "./mod.ts";
 * import { empty } from "../tensor.ts";
 * import { ones } from "../init/ones.ts";
 * import assert from "node:assert/strict";
 *
 * const bytes = saveSafetensors({ w: ones(empty([2], { dtype: "bfloat16" })) });
 * const { tensors } = loadSafetensors(bytes);
 * assert.equal(tensors.w.dtype, "BF16");
 * assert.deepEqual(tensors.w.data, new Float32Array([1, 1])); // read back widened to float32
 * ```
 */
export function saveSafetensors(tensors, metadata) {
    if (!isPlainRecord(tensors)) {
        throw new TypeError(`${WHAT}: tensors must be an object, received ${describe(tensors)}`);
    }
    const parts = [];
    if (metadata !== undefined) {
        if (!isPlainRecord(metadata)) {
            throw new TypeError(`${WHAT}: metadata must be an object, received ${describe(metadata)}`);
        }
        const keys = Object.keys(metadata).sort(compareCodeUnits);
        const fields = [];
        for (const key of keys) {
            const value = metadata[key];
            if (typeof value !== "string") {
                throw new TypeError(`${WHAT}: metadata[${JSON.stringify(key)}] must be a string, received ${describe(value)}`);
            }
            fields.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`);
        }
        parts.push(`${JSON.stringify(METADATA_KEY)}:{${fields.join(",")}}`);
    }
    const names = Object.keys(tensors).sort(compareCodeUnits);
    const layouts = [];
    let dataSize = 0;
    for (const name of names) {
        if (name === "")
            throw new RangeError(`${WHAT}: tensor names must be non-empty, received ""`);
        if (name === METADATA_KEY) {
            throw new RangeError(`${WHAT}: tensor name ${JSON.stringify(METADATA_KEY)} is reserved for metadata`);
        }
        const t = tensors[name];
        const where = `${WHAT}: tensor ${JSON.stringify(name)}`;
        const layout = isHalfTensor(t)
            ? halfLayoutOf(t, where)
            : anyLayoutOf(t, where);
        const size = layout.numel * layout.data.BYTES_PER_ELEMENT;
        const begin = dataSize;
        dataSize += size;
        if (dataSize > MAX_FILE_SIZE) {
            throw new RangeError(`${WHAT}: the data would exceed ${MAX_FILE_SIZE} bytes, received ${dataSize} at tensor ${JSON.stringify(name)}`);
        }
        layouts.push(layout);
        const dtype = SAFETENSORS_DTYPE[layout.dtype];
        parts.push(`${JSON.stringify(name)}:{"dtype":"${dtype}","shape":[${layout.shape.join(",")}],"data_offsets":[${begin},${dataSize}]}`);
    }
    const json = new TextEncoder().encode(`{${parts.join(",")}}`);
    const headerSize = Math.ceil(json.length / 8) * 8;
    const total = 8 + headerSize + dataSize;
    if (total > MAX_FILE_SIZE) {
        throw new RangeError(`${WHAT}: the file would exceed ${MAX_FILE_SIZE} bytes, received ${total}`);
    }
    const out = new Uint8Array(total);
    const view = new DataView(out.buffer);
    view.setUint32(0, headerSize % 2 ** 32, true);
    view.setUint32(4, Math.floor(headerSize / 2 ** 32), true);
    out.set(json, 8);
    out.fill(0x20, 8 + json.length, 8 + headerSize);
    let pos = 8 + headerSize;
    for (const layout of layouts)
        pos = writeTensor(layout, out, view, pos);
    return out;
}
/** The safetensors name of each dtype. */
const SAFETENSORS_DTYPE = {
    float32: "F32",
    float64: "F64",
    float16: "F16",
    bfloat16: "BF16",
    int64: "I64",
};
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Write the elements of `layout` in row-major order at `pos`; return the end position. */
function writeTensor(layout, out, view, pos) {
    const { data, shape, strides, offset, numel } = layout;
    if (numel === 0)
        return pos;
    const es = data.BYTES_PER_ELEMENT;
    if (layout.contiguous && LITTLE_ENDIAN) {
        out.set(new Uint8Array(data.buffer, data.byteOffset + offset * es, numel * es), pos);
        return pos + numel * es;
    }
    if (es === 2) {
        // Half-precision bits, one 16-bit word each.
        const bits = data;
        const nd = shape.length;
        const index = new Array(nd).fill(0);
        let p = offset;
        for (let n = 0; n < numel; n++) {
            view.setUint16(pos, bits[p], true);
            pos += 2;
            for (let d = nd - 1; d >= 0; d--) {
                index[d]++;
                p += strides[d];
                if (index[d] < shape[d])
                    break;
                p -= strides[d] * shape[d];
                index[d] = 0;
            }
        }
        return pos;
    }
    // Copy 32-bit words so that NaN payloads survive; a float64 or an int64 is two words.
    const words = new Uint32Array(data.buffer, data.byteOffset, data.length * (es / 4));
    const w = es / 4;
    // Word order inside an 8-byte element as stored natively: the low word comes first on little-endian.
    const lo = LITTLE_ENDIAN || w === 1 ? 0 : 1;
    const nd = shape.length;
    const index = new Array(nd).fill(0);
    let p = offset;
    for (let n = 0; n < numel; n++) {
        const base = p * w;
        view.setUint32(pos, words[base + lo], true);
        if (w === 2)
            view.setUint32(pos + 4, words[base + 1 - lo], true);
        pos += es;
        for (let d = nd - 1; d >= 0; d--) {
            index[d]++;
            p += strides[d];
            if (index[d] < shape[d])
                break;
            p -= strides[d] * shape[d];
            index[d] = 0;
        }
    }
    return pos;
}
