/**
 * Serialize tensors to the safetensors format.
 *
 * @module
 */
import type { HalfTensor, Tensor, TensorData } from "../tensor.js";
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
export declare function saveSafetensors(tensors: Readonly<Record<string, Tensor<TensorData> | HalfTensor>>, metadata?: Record<string, string>): Uint8Array;
