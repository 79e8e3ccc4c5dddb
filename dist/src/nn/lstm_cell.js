/* @ts-self-types="./lstm_cell.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.LSTMCell`.
 *
 * @module
 */
import { bool, options } from "./_options.js";
import { RNNCellBase } from "./rnn_cell_base.js";
/**
 * `torch.nn.LSTMCell(input_size, hidden_size, bias=True, dtype=None)`: one
 * LSTM step, with torch 1.13's parameters and initialisation, bit for bit:
 * `weight_ih` (`[4·hiddenSize, inputSize]`), `weight_hh` (`[4·hiddenSize,
 * hiddenSize]`), `bias_ih`, `bias_hh` (`[4·hiddenSize]`, `null` without
 * `bias`), drawn in that order from U(-1/√hiddenSize, 1/√hiddenSize). See
 * {@linkcode RNNCellBase}.
 *
 * @param inputSize Features of the input: an integer ≥ 0.
 * @param hiddenSize Features of the hidden state: an integer ≥ 0.
 * @param opts `bias`, `dtype`, `generator`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If a size is negative or fractional.
 *
 * @example torch.manual_seed(0); nn.LSTMCell(4, 3)
 * ```ts
 * import { manualSeed } from "@torch-parity/init";
 * import { LSTMCell } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * manualSeed(0);
 * const cell = new LSTMCell(4, 3);
 * assert.deepEqual(cell.weight_ih.shape, [12, 4]);
 * // torch: cell.weight_hh.flatten()[:2] is tensor([-0.2561, -0.0208])
 * assert.equal(cell.weight_hh.data[0].toFixed(4), "-0.2561");
 * ```
 */
export class LSTMCell extends RNNCellBase {
    /** Build the module and draw its initial values; see {@linkcode LSTMCell}. */
    constructor(inputSize, hiddenSize, opts) {
        const what = "Cannot create LSTMCell";
        const o = options(opts, what);
        super(inputSize, hiddenSize, bool(o.bias ?? true, "bias", what), 4, o);
    }
}
