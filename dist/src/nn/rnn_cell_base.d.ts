/**
 * `torch.nn.RNNCellBase`: the parameters and initialisation shared by
 * {@linkcode RNNCell}, {@linkcode LSTMCell} and {@linkcode GRUCell}.
 *
 * @module
 */
import type { DType, HalfDType } from "../tensor.js";
import type { Generator } from "../random/generator.js";
import { Module, type ResetOptions } from "./module.js";
import type { Parameter } from "./parameter.js";
/** Options for {@linkcode RNNCellBase}. */
export interface RNNCellBaseOptions {
    /** Element type of the parameters. Default: `"float32"`. */
    dtype?: DType | HalfDType;
    /** The generator to draw the initial values from. Default: the default generator. */
    generator?: Generator;
}
/**
 * `torch.nn.RNNCellBase(input_size, hidden_size, bias, num_chunks,
 * dtype=None)`: one recurrent step's parameters, with torch 1.13's
 * initialisation, bit for bit: `weight_ih` (`[numChunks·hiddenSize,
 * inputSize]`), `weight_hh` (`[numChunks·hiddenSize, hiddenSize]`), then
 * `bias_ih` and `bias_hh` (`[numChunks·hiddenSize]`, `null` without
 * `bias`), each drawn in that order from U(-1/√hiddenSize, 1/√hiddenSize)
 * (U(0, 0) when `hiddenSize` is 0).
 *
 * @param inputSize Features of the input: an integer ≥ 0.
 * @param hiddenSize Features of the hidden state: an integer ≥ 0.
 * @param bias Whether to add the biases.
 * @param numChunks Gate rows per hidden unit: 1 (RNN), 3 (GRU), 4 (LSTM); an integer ≥ 0.
 * @param opts `dtype`, `generator`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If a size is negative or fractional.
 *
 * @example
 * ```ts
 * import { RNNCellBase } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const cell = new RNNCellBase(3, 2, false, 2);
 * assert.deepEqual(cell.weight_hh.shape, [4, 2]);
 * assert.equal(cell.bias_hh, null);
 * ```
 */
export declare class RNNCellBase extends Module {
    /** Features of the input. */
    inputSize: number;
    /** Features of the hidden state. */
    hiddenSize: number;
    /** Whether the cell has biases. */
    bias: boolean;
    /** The input-hidden weight, `[numChunks·hiddenSize, inputSize]`. */
    weight_ih: Parameter;
    /** The hidden-hidden weight, `[numChunks·hiddenSize, hiddenSize]`. */
    weight_hh: Parameter;
    /** The input-hidden bias, `[numChunks·hiddenSize]`, or `null`. */
    bias_ih: Parameter | null;
    /** The hidden-hidden bias, `[numChunks·hiddenSize]`, or `null`. */
    bias_hh: Parameter | null;
    /** Build the module and draw its initial values; see {@linkcode RNNCellBase}. */
    constructor(inputSize: number, hiddenSize: number, bias: boolean, numChunks: number, opts?: RNNCellBaseOptions);
    /**
     * Re-draw every parameter from U(-stdv, stdv) with stdv = 1/√hiddenSize,
     * in `parameters()` order, as torch's `reset_parameters`.
     *
     * @param opts `generator`: the generator to draw from (default: the default generator).
     * @throws {TypeError} If `generator` is not a Generator.
     *
     * @example
     * ```ts
     * import { Generator } from "@torch-parity/init";
     * import { LSTMCell } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const cell = new LSTMCell(2, 4);
     * cell.resetParameters({ generator: new Generator().manualSeed(1) });
     * assert.ok(cell.weight_ih.data.every((x: number) => Math.abs(x) <= 0.5));
     * ```
     */
    resetParameters(opts?: ResetOptions): void;
}
