/**
 * `torch.nn.RNNBase`: the parameters and initialisation shared by
 * {@linkcode RNN}, {@linkcode LSTM} and {@linkcode GRU}.
 *
 * @module
 */
import type { DType, HalfDType } from "../tensor.js";
import type { Generator } from "../random/generator.js";
import { Module, type ResetOptions } from "./module.js";
import type { Parameter } from "./parameter.js";
/** The recurrence of an {@linkcode RNNBase}, spelled as torch's `mode`. */
export type RNNMode = "LSTM" | "GRU" | "RNN_TANH" | "RNN_RELU";
/** Options for {@linkcode RNNBase} (torch's keyword arguments, camelCase). */
export interface RNNBaseOptions {
    /** Number of stacked recurrent layers: an integer ≥ 1. Default: `1`. */
    numLayers?: number;
    /** Whether the layers have the biases `bias_ih_l{k}` and `bias_hh_l{k}`. Default: `true`. */
    bias?: boolean;
    /** Whether inputs are `[batch, seq, feature]` (kept as a property only). Default: `false`. */
    batchFirst?: boolean;
    /** Dropout probability between layers, in [0, 1]. Default: `0`. */
    dropout?: number;
    /** Whether each layer also runs backwards (`..._reverse` parameters). Default: `false`. */
    bidirectional?: boolean;
    /** Size of the LSTM projection `weight_hr_l{k}`, `0` for none; below `hiddenSize`. Default: `0`. */
    projSize?: number;
    /** Element type of the parameters. Default: `"float32"`. */
    dtype?: DType | HalfDType;
    /** The generator to draw the initial values from. Default: the default generator. */
    generator?: Generator;
}
/**
 * `torch.nn.RNNBase(mode, input_size, hidden_size, num_layers=1, bias=True,
 * batch_first=False, dropout=0.0, bidirectional=False, proj_size=0,
 * dtype=None)`: the stacked recurrent layers behind {@linkcode RNN},
 * {@linkcode LSTM} and {@linkcode GRU}, with torch 1.13's parameters and
 * initialisation, bit for bit.
 *
 * For each layer `k` and direction (suffix `""`, then `"_reverse"` when
 * bidirectional) it registers, in this order, `weight_ih_l{k}`
 * (`[gates·hiddenSize, layerInput]`), `weight_hh_l{k}`
 * (`[gates·hiddenSize, realHidden]`), then with `bias` `bias_ih_l{k}` and
 * `bias_hh_l{k}` (`[gates·hiddenSize]`), then with `projSize > 0`
 * `weight_hr_l{k}` (`[projSize, hiddenSize]`); gates is 4 for LSTM, 3 for
 * GRU and 1 for RNN, `realHidden` is `projSize` or `hiddenSize`, and the
 * input of layer `k > 0` is `realHidden` times the number of directions.
 * Then {@linkcode RNNBase.resetParameters} fills every parameter, in that
 * order, from U(-1/√hiddenSize, 1/√hiddenSize).
 *
 * A non-zero `dropout` with one layer is accepted with torch's warning
 * (through `setWarningHandler`).
 *
 * @param mode `"LSTM"`, `"GRU"`, `"RNN_TANH"` or `"RNN_RELU"`.
 * @param inputSize Features of the input: an integer ≥ 0 (≥ 1 under torch 2.14, which refuses 0).
 * @param hiddenSize Features of the hidden state: an integer ≥ 1.
 * @param opts `numLayers`, `bias`, `batchFirst`, `dropout`, `bidirectional`, `projSize`, `dtype`, `generator`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If `mode` is unknown, a size is out of range, `dropout` is outside [0, 1] or `projSize` is not below `hiddenSize`.
 *
 * @example torch.manual_seed(0); nn.RNNBase("GRU", 4, 3)
 * ```ts
 * import { manualSeed } from "@torch-parity/init";
 * import { RNNBase } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * manualSeed(0);
 * const gru = new RNNBase("GRU", 4, 3);
 * assert.deepEqual(gru.flatWeightsNames, ["weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0"]);
 * assert.deepEqual(gru.weight_ih_l0.shape, [9, 4]);
 * // torch: tensor([-0.0043,  0.3097, -0.4752, ...
 * assert.equal(gru.weight_ih_l0.data[1].toFixed(4), "0.3097");
 * ```
 */
export declare class RNNBase extends Module {
    /** `weight_ih_l{k}`, `weight_hh_l{k}`, `weight_hr_l{k}` and their `_reverse` twins. */
    [name: `weight_${string}`]: Parameter | undefined;
    /** `bias_ih_l{k}`, `bias_hh_l{k}` and their `_reverse` twins (absent without `bias`). */
    [name: `bias_${string}`]: Parameter | undefined;
    /** The recurrence: `"LSTM"`, `"GRU"`, `"RNN_TANH"` or `"RNN_RELU"`. */
    mode: RNNMode;
    /** Features of the input. */
    inputSize: number;
    /** Features of the hidden state. */
    hiddenSize: number;
    /** Number of stacked layers. */
    numLayers: number;
    /** Whether the layers have biases. */
    bias: boolean;
    /** Whether inputs are batch-first. */
    batchFirst: boolean;
    /** Dropout probability between layers. */
    dropout: number;
    /** Whether each layer also runs backwards. */
    bidirectional: boolean;
    /** Size of the LSTM projection, `0` for none. */
    projSize: number;
    /** The parameter names in registration order (torch's `_flat_weights_names`). */
    readonly flatWeightsNames: string[];
    /** The parameter names per layer and direction (torch's `_all_weights`). */
    readonly allWeightsNames: string[][];
    /** The input-hidden weight of layer 0. */
    weight_ih_l0: Parameter;
    /** The hidden-hidden weight of layer 0. */
    weight_hh_l0: Parameter;
    /** Build the module and draw its initial values; see {@linkcode RNNBase}. */
    constructor(mode: RNNMode, inputSize: number, hiddenSize: number, opts?: RNNBaseOptions);
    /**
     * The parameters per layer and direction, in registration order (torch's
     * `all_weights`).
     *
     * @returns One array of parameters per layer and direction.
     *
     * @example
     * ```ts
     * import { LSTM } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const lstm = new LSTM(3, 4, { bidirectional: true });
     * assert.equal(lstm.allWeights.length, 2);
     * assert.equal(lstm.allWeights[1][0], lstm.weight_ih_l0_reverse);
     * ```
     */
    get allWeights(): Parameter[][];
    /**
     * Re-draw every parameter from U(-stdv, stdv) with stdv = 1/√hiddenSize,
     * in `parameters()` order, as torch's `reset_parameters`.
     *
     * @param opts `generator`: the generator to draw from (default: the default generator).
     * @throws {TypeError} If `generator` is not a Generator.
     *
     * @example Re-initialise with a generator of its own
     * ```ts
     * import { Generator } from "@torch-parity/init";
     * import { GRU } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const gru = new GRU(2, 2);
     * gru.resetParameters({ generator: new Generator().manualSeed(0) });
     * assert.ok(gru.weight_ih_l0.data.every((x: number) => Math.abs(x) <= Math.SQRT1_2));
     * ```
     */
    resetParameters(opts?: ResetOptions): void;
}
