/**
 * Mirror of ATen's CPU `uniform_` kernel (`uniform_kernel` with
 * `uniform_real_distribution`): one 32-bit draw per float32 element (24 random
 * bits), one 64-bit draw per float64 element (53 random bits, high word first),
 * then `x * (to - from) + from` in the tensor's dtype — fused into one FMA by
 * the AVX2/AVX-512 builds, two roundings in the default build.
 *
 * Contiguous tensors take a fast path that tempers the engine's words and
 * converts them in the same loop, one twist block (624 words) at a time,
 * writing straight into the output: no scratch proportional to the tensor.
 *
 * @module
 */
import { type CpuCapability } from "./capability.js";
import type { Engine } from "./generator.js";
import { type Layout } from "../_layout.js";
/**
 * Write `count` fresh [0, 1) uniforms of the given dtype at
 * data[start .. start+count), as `uniform_(0, 1)` on a contiguous tensor.
 */
export declare function fillUnit(engine: Engine, data: Float32Array | Float64Array, start: number, count: number, float32: boolean): void;
/** How `uniform_(from, to)` computes each element: the form and its operands. */
export interface UniformForm {
    /** 0: x; 1: fma(x, range, from); 2: x * range + from with two roundings. */
    mode: number;
    /** `to - from` in the tensor's dtype. */
    range: number;
    /** `from` in the tensor's dtype. */
    lo: number;
}
/** The form of the `uniform_` kernel for these bounds, dtype and capability. */
export declare function uniformForm(from: number, to: number, float32: boolean, capability: CpuCapability): UniformForm;
/**
 * Fill `layout` with uniform values in [from, to) exactly as torch's CPU
 * `uniform_` does for `capability`. `from`/`to` are the Python doubles passed
 * to torch; validation is the caller's job.
 */
export declare function uniformFill(layout: Layout, from: number, to: number, engine: Engine, capability: CpuCapability): void;
