/**
 * `torch.nn.GRUCell`.
 *
 * @module
 */
import { RNNCellBase, type RNNCellBaseOptions } from "./rnn_cell_base.js";
/** Options for {@linkcode GRUCell}. */
export interface GRUCellOptions extends RNNCellBaseOptions {
    /** Whether to add the biases `bias_ih` and `bias_hh`. Default: `true`. */
    bias?: boolean;
}
/**
 * `torch.nn.GRUCell(input_size, hidden_size, bias=True, dtype=None)`: one
 * GRU step, with torch 1.13's parameters and initialisation, bit for bit:
 * `weight_ih` (`[3·hiddenSize, inputSize]`), `weight_hh` (`[3·hiddenSize,
 * hiddenSize]`), `bias_ih`, `bias_hh` (`[3·hiddenSize]`, `null` without
 * `bias`), drawn in that order from U(-1/√hiddenSize, 1/√hiddenSize). See
 * {@linkcode RNNCellBase}.
 *
 * @param inputSize Features of the input: an integer ≥ 0.
 * @param hiddenSize Features of the hidden state: an integer ≥ 0.
 * @param opts `bias`, `dtype`, `generator`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If a size is negative or fractional.
 *
 * @example torch.manual_seed(0); nn.GRUCell(4, 3, bias=False)
 * ```ts
 * import { manualSeed } from "@torch-parity/init";
 * import { GRUCell } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * manualSeed(0);
 * const cell = new GRUCell(4, 3, { bias: false });
 * assert.deepEqual([...cell.stateDict().keys()], ["weight_ih", "weight_hh"]);
 * assert.equal(cell.bias_ih, null);
 * // torch: cell.weight_hh.flatten()[:2] is tensor([-0.3370,  0.4963])
 * assert.equal(cell.weight_hh.data[1].toFixed(4), "0.4963");
 * ```
 */
export declare class GRUCell extends RNNCellBase {
    /** Build the module and draw its initial values; see {@linkcode GRUCell}. */
    constructor(inputSize: number, hiddenSize: number, opts?: GRUCellOptions);
}
