/**
 * Read and write the [safetensors](https://github.com/huggingface/safetensors)
 * format, so that tensors filled by this library can be loaded by PyTorch
 * (and the reverse) with every bit preserved.
 *
 * | PyTorch / safetensors | here |
 * | --- | --- |
 * | `safetensors.torch.save(tensors, metadata)` | `saveSafetensors(tensors, metadata)` |
 * | `safetensors.torch.load(data)` | `loadSafetensors(bytes)` |
 *
 * {@linkcode saveSafetensors} writes `float32` tensors as `F32`, `float64`
 * tensors as `F64` and int64 tensors (`BigInt64Array`) as `I64`;
 * {@linkcode loadSafetensors} also reads `F16`, `BF16`,
 * the integer dtypes and `BOOL`, and throws only {@linkcode SafetensorsError}
 * for malformed input.
 *
 * @example Round trip a filled tensor
 * ```ts
 * import { loadSafetensors, saveSafetensors } from "./mod.ts";
 * import { empty, kaimingUniform, manualSeed } from "../mod.ts";
 * import assert from "node:assert/strict";
 *
 * manualSeed(0);
 * const w = kaimingUniform(empty([4, 3]), { a: Math.sqrt(5) });
 * const loaded = loadSafetensors(saveSafetensors({ "fc.weight": w }));
 * assert.deepEqual(loaded.tensors["fc.weight"].data, w.data);
 * ```
 *
 * @module
 */
export { saveSafetensors } from "./save_safetensors.js";
export type { LoadedSafetensors, LoadedTensor, LoadedTensorOf, SafetensorsDType, } from "./load_safetensors.js";
export type { Tensor } from "../tensor.js";
export { loadSafetensors } from "./load_safetensors.js";
export { SafetensorsError } from "./safetensors_error.js";
