/* @ts-self-types="./rnn_cell.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.RNNCell`.
 *
 * @module
 */
import { bool, oneOf, options } from "./_options.js";
import { RNNCellBase } from "./rnn_cell_base.js";
/**
 * `torch.nn.RNNCell(input_size, hidden_size, bias=True, nonlinearity="tanh",
 * dtype=None)`: one Elman RNN step, with torch 1.13's parameters and
 * initialisation, bit for bit: `weight_ih` (`[hiddenSize, inputSize]`),
 * `weight_hh` (`[hiddenSize, hiddenSize]`), `bias_ih`, `bias_hh`
 * (`[hiddenSize]`, `null` without `bias`), drawn in that order from
 * U(-1/√hiddenSize, 1/√hiddenSize). See {@linkcode RNNCellBase}.
 *
 * Unlike torch, which only fails in `forward`, an unknown `nonlinearity` is
 * refused here.
 *
 * @param inputSize Features of the input: an integer ≥ 0.
 * @param hiddenSize Features of the hidden state: an integer ≥ 0.
 * @param opts `bias`, `nonlinearity`, `dtype`, `generator`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If a size is negative or fractional, or `nonlinearity` is not `"tanh"` or `"relu"`.
 *
 * @example torch.manual_seed(0); nn.RNNCell(4, 3)
 * ```ts
 * import { manualSeed } from "@torch-parity/init";
 * import { RNNCell } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * manualSeed(0);
 * const cell = new RNNCell(4, 3);
 * assert.deepEqual([...cell.stateDict().keys()], ["weight_ih", "weight_hh", "bias_ih", "bias_hh"]);
 * // torch: cell.weight_hh.flatten()[:2] is tensor([-0.5516, -0.3824])
 * assert.equal(cell.weight_hh.data[0].toFixed(4), "-0.5516");
 * ```
 */
export class RNNCell extends RNNCellBase {
    /** The non-linearity: `"tanh"` or `"relu"`. */
    nonlinearity;
    /** Build the module and draw its initial values; see {@linkcode RNNCell}. */
    constructor(inputSize, hiddenSize, opts) {
        const what = "Cannot create RNNCell";
        const o = options(opts, what);
        const bias = bool(o.bias ?? true, "bias", what);
        const nonlinearity = oneOf(o.nonlinearity ?? "tanh", ["tanh", "relu"], "nonlinearity", what);
        super(inputSize, hiddenSize, bias, 1, o);
        this.nonlinearity = nonlinearity;
    }
}
