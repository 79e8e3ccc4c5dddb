/* @ts-self-types="./gru.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.GRU`.
 *
 * @module
 */
import { options } from "./_options.js";
import { RNNBase } from "./rnn_base.js";
/**
 * `torch.nn.GRU(input_size, hidden_size, num_layers=1, bias=True,
 * batch_first=False, dropout=0.0, bidirectional=False, dtype=None)`: a gated
 * recurrent unit RNN with torch 1.13's parameters and initialisation, bit
 * for bit: per layer and direction `weight_ih_l{k}` (`[3·hiddenSize,
 * layerInput]`), `weight_hh_l{k}` (`[3·hiddenSize, hiddenSize]`),
 * `bias_ih_l{k}`, `bias_hh_l{k}` (`[3·hiddenSize]`), each drawn in that
 * order from U(-1/√hiddenSize, 1/√hiddenSize). See {@linkcode RNNBase}.
 *
 * @param inputSize Features of the input: an integer ≥ 0.
 * @param hiddenSize Features of the hidden state: an integer ≥ 1.
 * @param opts `numLayers`, `bias`, `batchFirst`, `dropout`, `bidirectional`, `dtype`, `generator`.
 * @throws {TypeError} If an argument has the wrong type, or `projSize` is given (torch: only for LSTM).
 * @throws {RangeError} If a size is out of range or `dropout` is outside [0, 1].
 *
 * @example torch.manual_seed(0); nn.GRU(4, 3, bias=False)
 * ```ts
 * import { manualSeed } from "@torch-parity/init";
 * import { GRU } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * manualSeed(0);
 * const gru = new GRU(4, 3, { bias: false });
 * assert.deepEqual([...gru.stateDict().keys()], ["weight_ih_l0", "weight_hh_l0"]);
 * assert.equal(gru.bias_ih_l0, undefined);
 * // torch: gru.weight_hh_l0.flatten()[:3] is tensor([-0.3370,  0.4963,  0.2576])
 * assert.equal(gru.weight_hh_l0.data[1].toFixed(4), "0.4963");
 * ```
 */
export class GRU extends RNNBase {
    /** Build the module and draw its initial values; see {@linkcode GRU}. */
    constructor(inputSize, hiddenSize, opts) {
        const what = "Cannot create GRU";
        const o = options(opts, what);
        if (o.projSize !== undefined) {
            throw new TypeError(`${what}: projSize is only supported for LSTM, not RNN or GRU, received projSize ${o.projSize}`);
        }
        super("GRU", inputSize, hiddenSize, o);
    }
}
