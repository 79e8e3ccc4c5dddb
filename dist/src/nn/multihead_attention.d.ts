/**
 * `torch.nn.MultiheadAttention`.
 *
 * @module
 */
import type { DType, HalfDType } from "../tensor.js";
import type { Generator } from "../random/generator.js";
import { Module, type ResetOptions } from "./module.js";
import type { Parameter } from "./parameter.js";
import { NonDynamicallyQuantizableLinear } from "./multihead_attention_out_proj.js";
/** Options for {@linkcode MultiheadAttention} (torch's keyword arguments, camelCase). */
export interface MultiheadAttentionOptions {
    /** Dropout probability on the attention weights, in [0, 1]. Default: `0`. */
    dropout?: number;
    /** Whether the input and output projections have biases. Default: `true`. */
    bias?: boolean;
    /** Whether to learn `bias_k` and `bias_v` (`[1, 1, embedDim]`). Default: `false`. */
    addBiasKv?: boolean;
    /** Whether to append a zero batch to keys and values (kept as a property only). Default: `false`. */
    addZeroAttn?: boolean;
    /** Features of the keys: an integer ≥ 0. Default (`undefined` or `null`): `embedDim`. */
    kdim?: number | null;
    /** Features of the values: an integer ≥ 0. Default (`undefined` or `null`): `embedDim`. */
    vdim?: number | null;
    /** Whether inputs are `[batch, seq, feature]` (kept as a property only). Default: `false`. */
    batchFirst?: boolean;
    /** Element type of the parameters. Default: `"float32"`. */
    dtype?: DType | HalfDType;
    /** The generator to draw the initial values from. Default: the default generator. */
    generator?: Generator;
}
/**
 * `torch.nn.MultiheadAttention(embed_dim, num_heads, dropout=0.0, bias=True,
 * add_bias_kv=False, add_zero_attn=False, kdim=None, vdim=None,
 * batch_first=False, dtype=None)` with torch 1.13's parameters and
 * initialisation, bit for bit.
 *
 * Registration order: when `kdim` and `vdim` equal `embedDim`,
 * `in_proj_weight` (`[3·embedDim, embedDim]`) and the empty slots
 * `q_proj_weight`, `k_proj_weight`, `v_proj_weight`; otherwise
 * `q_proj_weight` (`[embedDim, embedDim]`), `k_proj_weight` (`[embedDim,
 * kdim]`), `v_proj_weight` (`[embedDim, vdim]`) and the empty slot
 * `in_proj_weight`. Then `in_proj_bias` (`[3·embedDim]`, or an empty slot
 * without `bias`), the child `out_proj` (a
 * {@linkcode NonDynamicallyQuantizableLinear}`(embedDim, embedDim)`), and
 * with `addBiasKv` `bias_k`, `bias_v` (`[1, 1, embedDim]`; otherwise plain
 * `null` properties, as torch's `None` attributes).
 *
 * Draws: `out_proj` first runs its own Linear initialisation in its
 * constructor (kaiming-uniform weight, then bias); then
 * {@linkcode MultiheadAttention._resetParameters} runs `xavierUniform` on
 * `in_proj_weight` (or on `q_proj_weight`, `k_proj_weight`,
 * `v_proj_weight`), zeroes `in_proj_bias` and `out_proj.bias`, and draws
 * `bias_k` then `bias_v` with `xavierNormal`. `out_proj.weight` keeps its
 * Linear values.
 *
 * @param embedDim Features of the model: an integer ≥ 1, divisible by `numHeads`.
 * @param numHeads Number of attention heads: an integer ≥ 1.
 * @param opts `dropout`, `bias`, `addBiasKv`, `addZeroAttn`, `kdim`, `vdim`, `batchFirst`, `dtype`, `generator`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If a size is out of range, `embedDim` is not divisible by `numHeads` or `dropout` is outside [0, 1].
 *
 * @example torch.manual_seed(0); nn.MultiheadAttention(64, 4, kdim=16, vdim=24, add_bias_kv=True, bias=False)
 * ```ts
 * import { manualSeed } from "@torch-parity/init";
 * import { MultiheadAttention } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * manualSeed(0);
 * const attn = new MultiheadAttention(64, 4, { kdim: 16, vdim: 24, addBiasKv: true, bias: false });
 * assert.deepEqual([...attn.stateDict().keys()], [
 *   "q_proj_weight", "k_proj_weight", "v_proj_weight", "bias_k", "bias_v", "out_proj.weight",
 * ]);
 * assert.equal(attn.in_proj_weight, null);
 * // torch: attn.q_proj_weight.flatten()[:2] is tensor([ 0.1575, -0.0229])
 * assert.equal(attn.q_proj_weight?.data[0].toFixed(4), "0.1575");
 * // torch: attn.bias_k.flatten()[:2] is tensor([0.0817, 0.0390])
 * assert.equal(attn.bias_k?.data[1].toFixed(4), "0.0390");
 * ```
 */
export declare class MultiheadAttention extends Module {
    /** Features of the model (queries and output). */
    embedDim: number;
    /** Features of the keys. */
    kdim: number;
    /** Features of the values. */
    vdim: number;
    /** Whether `kdim` and `vdim` equal `embedDim` (torch's `_qkv_same_embed_dim`): one `in_proj_weight`. */
    qkvSameEmbedDim: boolean;
    /** Number of attention heads. */
    numHeads: number;
    /** Dropout probability on the attention weights. */
    dropout: number;
    /** Whether inputs are batch-first. */
    batchFirst: boolean;
    /** Features per head: `embedDim / numHeads`. */
    headDim: number;
    /** Whether a zero batch is appended to keys and values. */
    addZeroAttn: boolean;
    /** The packed query, key and value projection, `[3·embedDim, embedDim]`, or `null`. */
    in_proj_weight: Parameter | null;
    /** The query projection `[embedDim, embedDim]` when `kdim`/`vdim` differ, else `null`. */
    q_proj_weight: Parameter | null;
    /** The key projection `[embedDim, kdim]` when `kdim`/`vdim` differ, else `null`. */
    k_proj_weight: Parameter | null;
    /** The value projection `[embedDim, vdim]` when `kdim`/`vdim` differ, else `null`. */
    v_proj_weight: Parameter | null;
    /** The packed input bias `[3·embedDim]`, or `null`. */
    in_proj_bias: Parameter | null;
    /** The output projection. */
    out_proj: NonDynamicallyQuantizableLinear;
    /** The key bias `[1, 1, embedDim]` with `addBiasKv`, else `null`. */
    bias_k: Parameter | null;
    /** The value bias `[1, 1, embedDim]` with `addBiasKv`, else `null`. */
    bias_v: Parameter | null;
    /** Build the module and draw its initial values; see {@linkcode MultiheadAttention}. */
    constructor(embedDim: number, numHeads: number, opts?: MultiheadAttentionOptions);
    /**
     * torch's `MultiheadAttention._reset_parameters`: `xavierUniform` on
     * `in_proj_weight` (or `q_proj_weight`, `k_proj_weight`, `v_proj_weight`),
     * zeros in `in_proj_bias` and `out_proj.bias` (when `in_proj_bias` exists),
     * then `xavierNormal` on `bias_k` and `bias_v` (when present).
     * `out_proj.weight` is left alone. (torch has no public
     * `reset_parameters` here, so `"resetParameters" in m` loops skip this
     * module as they skip torch's.)
     *
     * @param opts `generator`: the generator to draw from (default: the default generator).
     * @throws {TypeError} If `generator` is not a Generator.
     *
     * @example
     * ```ts
     * import { MultiheadAttention } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const attn = new MultiheadAttention(4, 2);
     * const outWeight = [...attn.out_proj.weight.data];
     * attn._resetParameters();
     * assert.deepEqual([...attn.out_proj.weight.data], outWeight);
     * assert.ok(attn.in_proj_bias?.data.every((x: number) => x === 0));
     * ```
     */
    _resetParameters(opts?: ResetOptions): void;
}
