/**
 * Argument checks shared by the recurrent, attention and transformer modules.
 *
 * @module
 */
import type { DType, HalfDType } from "../tensor.js";
import type { Generator } from "../random/generator.js";
import { Module } from "./module.js";
/**
 * A dropout probability: a number in [0, 1] (torch's "dropout should be a
 * number in range [0, 1]" / "dropout probability has to be between 0 and 1").
 */
export declare function dropoutOf(value: unknown, what: string, name?: string): number;
/**
 * A transformer layer's activation: torch's legacy strings `"relu"` and
 * `"gelu"`, a module (registered as the child `activation`), or a function.
 */
export type TransformerActivation = "relu" | "gelu" | Module | ((...args: never[]) => unknown);
/** The options every transformer layer takes (torch's keyword arguments, camelCase). */
export interface TransformerLayerArgs {
    /** Width of the feed-forward block: an integer ≥ 0. Default: `2048`. */
    dimFeedforward?: number;
    /** Dropout probability, in [0, 1]. Default: `0.1`. */
    dropout?: number;
    /** `"relu"`, `"gelu"`, a module (e.g. `new GELU()`) or a function. Default: `"relu"`. */
    activation?: TransformerActivation;
    /** The `eps` of the layer norms. Default: `1e-5`. */
    layerNormEps?: number;
    /** Whether inputs are `[batch, seq, feature]` (kept as a property only). Default: `false`. */
    batchFirst?: boolean;
    /** Whether the layer norms come before attention and feed-forward. Default: `false`. */
    normFirst?: boolean;
    /**
     * Whether the attention blocks, the feed-forward `Linear`s and the layer
     * norms have biases; `false` sets `in_proj_bias`, `out_proj.bias`,
     * `linear1.bias`, `linear2.bias` and every `norm*.bias` to `null`.
     * Default: `true`. torch 2.1+: refused under `setTorchVersion("1.13")`.
     */
    bias?: boolean;
    /** Element type of the parameters. Default: `"float32"`. */
    dtype?: DType | HalfDType;
    /** The generator to draw the initial values from. Default: the default generator. */
    generator?: Generator;
}
/** {@linkcode TransformerLayerArgs} checked and with their defaults. */
export interface CheckedLayerArgs {
    dimFeedforward: number;
    dropout: number;
    activation: TransformerActivation;
    layerNormEps: number;
    batchFirst: boolean;
    normFirst: boolean;
    bias: boolean;
    dtype: DType | HalfDType;
    generator: Generator;
}
/** Check `dModel`, `nhead` and the layer options, all before the layer's first draw. */
export declare function layerArgs(dModel: unknown, nhead: unknown, o: TransformerLayerArgs, what: string): CheckedLayerArgs;
