/* @ts-self-types="./multihead_attention_out_proj.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.modules.linear.NonDynamicallyQuantizableLinear`: the class of
 * {@linkcode MultiheadAttention}'s `out_proj`.
 *
 * @module
 */
import { Linear } from "./linear.js";
/**
 * `torch.nn.modules.linear.NonDynamicallyQuantizableLinear(in_features,
 * out_features, bias=True, dtype=None)`: a {@linkcode Linear} under another
 * class name (torch uses it for `MultiheadAttention.out_proj` so that
 * dynamic quantization leaves it alone). Same parameters and the same draws
 * as `Linear`; `instanceof Linear` holds, as torch's `isinstance`.
 *
 * @param inFeatures Size of each input sample: an integer ≥ 0.
 * @param outFeatures Size of each output sample: an integer ≥ 0.
 * @param opts `bias`, `dtype`, `generator`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If a size is negative or fractional.
 *
 * @example
 * ```ts
 * import { Linear, MultiheadAttention, NonDynamicallyQuantizableLinear } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const attn = new MultiheadAttention(8, 2);
 * assert.ok(attn.out_proj instanceof NonDynamicallyQuantizableLinear);
 * assert.ok(attn.out_proj instanceof Linear);
 * ```
 */
export class NonDynamicallyQuantizableLinear extends Linear {
    /** Build the module and draw its initial values; see {@linkcode NonDynamicallyQuantizableLinear}. */
    constructor(inFeatures, outFeatures, opts) {
        super(inFeatures, outFeatures, opts);
    }
}
