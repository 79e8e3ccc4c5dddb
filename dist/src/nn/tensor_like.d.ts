/**
 * The tensors a state dict may hold.
 *
 * @module
 */
import type { TensorData } from "../tensor.js";
/**
 * Any tensor a state dict may hold: one of this library's tensors, or a
 * tensor of another element type (for example read by `loadSafetensors`),
 * which {@linkcode Module.loadStateDict} converts.
 */
export interface TensorLike {
    /** Element storage. */
    readonly data: TensorData | BigUint64Array | Int32Array | Int16Array | Int8Array | Uint32Array | Uint16Array | Uint8Array;
    /** Size of each dimension. */
    readonly shape: readonly number[];
    /** Stride of each dimension in elements; contiguous when omitted. */
    readonly strides?: readonly number[];
    /** Storage offset in elements; 0 when omitted. */
    readonly offset?: number;
    /**
     * `"float16"` or `"bfloat16"` when `data` is a `Uint16Array` of half bits
     * (a {@linkcode HalfTensor}); a `Uint16Array` without it holds integers.
     */
    readonly dtype?: string;
}
