/* @ts-self-types="./rnn.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.RNN`.
 *
 * @module
 */
import { oneOf, options } from "./_options.js";
import { RNNBase } from "./rnn_base.js";
/**
 * `torch.nn.RNN(input_size, hidden_size, num_layers=1, nonlinearity="tanh",
 * bias=True, batch_first=False, dropout=0.0, bidirectional=False,
 * dtype=None)`: an Elman RNN with torch 1.13's parameters and
 * initialisation, bit for bit: per layer and direction `weight_ih_l{k}`
 * (`[hiddenSize, layerInput]`), `weight_hh_l{k}` (`[hiddenSize,
 * hiddenSize]`), `bias_ih_l{k}`, `bias_hh_l{k}` (`[hiddenSize]`), each drawn
 * in that order from U(-1/√hiddenSize, 1/√hiddenSize). See
 * {@linkcode RNNBase}.
 *
 * @param inputSize Features of the input: an integer ≥ 0.
 * @param hiddenSize Features of the hidden state: an integer ≥ 1.
 * @param opts `nonlinearity`, `numLayers`, `bias`, `batchFirst`, `dropout`, `bidirectional`, `dtype`, `generator`.
 * @throws {TypeError} If an argument has the wrong type, or `projSize` is given (torch: only for LSTM).
 * @throws {RangeError} If `nonlinearity` is not `"tanh"` or `"relu"`, a size is out of range or `dropout` is outside [0, 1].
 *
 * @example torch.manual_seed(0); nn.RNN(4, 3)
 * ```ts
 * import { manualSeed } from "@torch-parity/init";
 * import { RNN } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * manualSeed(0);
 * const rnn = new RNN(4, 3);
 * assert.equal(rnn.mode, "RNN_TANH");
 * assert.deepEqual([...rnn.stateDict().keys()], [
 *   "weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0",
 * ]);
 * // torch: tensor([[-0.0043,  0.3097, -0.4752, -0.4249], ...
 * assert.equal(rnn.weight_ih_l0.data[2].toFixed(4), "-0.4752");
 * ```
 */
export class RNN extends RNNBase {
    /** The non-linearity: `"tanh"` or `"relu"`. */
    nonlinearity;
    /** Build the module and draw its initial values; see {@linkcode RNN}. */
    constructor(inputSize, hiddenSize, opts) {
        const what = "Cannot create RNN";
        const o = options(opts, what);
        if (o.projSize !== undefined) {
            throw new TypeError(`${what}: projSize is only supported for LSTM, not RNN or GRU, received projSize ${o.projSize}`);
        }
        const nonlinearity = oneOf(o.nonlinearity ?? "tanh", ["tanh", "relu"], "nonlinearity", what);
        super(nonlinearity === "tanh" ? "RNN_TANH" : "RNN_RELU", inputSize, hiddenSize, o);
        this.nonlinearity = nonlinearity;
    }
}
