/**
 * `torch.nn.LSTM`.
 *
 * @module
 */
import { RNNBase, type RNNBaseOptions } from "./rnn_base.js";
/** Options for {@linkcode LSTM}: those of {@linkcode RNNBase}. */
export type LSTMOptions = RNNBaseOptions;
/**
 * `torch.nn.LSTM(input_size, hidden_size, num_layers=1, bias=True,
 * batch_first=False, dropout=0.0, bidirectional=False, proj_size=0,
 * dtype=None)`: a long short-term memory RNN with torch 1.13's parameters
 * and initialisation, bit for bit. Per layer `k` and direction (the second
 * direction's names end in `_reverse`): `weight_ih_l{k}` (`[4·hiddenSize,
 * layerInput]`), `weight_hh_l{k}` (`[4·hiddenSize, realHidden]`),
 * `bias_ih_l{k}`, `bias_hh_l{k}` (`[4·hiddenSize]`), and with `projSize > 0`
 * `weight_hr_l{k}` (`[projSize, hiddenSize]`; `realHidden` is then
 * `projSize`), all drawn in that order from U(-1/√hiddenSize,
 * 1/√hiddenSize). See {@linkcode RNNBase}.
 *
 * @param inputSize Features of the input: an integer ≥ 0.
 * @param hiddenSize Features of the hidden state: an integer ≥ 1.
 * @param opts `numLayers`, `bias`, `batchFirst`, `dropout`, `bidirectional`, `projSize`, `dtype`, `generator`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If a size is out of range, `dropout` is outside [0, 1] or `projSize` is not below `hiddenSize`.
 *
 * @example torch.manual_seed(0); nn.LSTM(10, 20, num_layers=2, bidirectional=True, proj_size=8)
 * ```ts
 * import { manualSeed } from "@torch-parity/init";
 * import { LSTM } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * manualSeed(0);
 * const lstm = new LSTM(10, 20, { numLayers: 2, bidirectional: true, projSize: 8 });
 * assert.deepEqual([...lstm.stateDict().keys()].slice(0, 6), [
 *   "weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0", "weight_hr_l0",
 *   "weight_ih_l0_reverse",
 * ]);
 * assert.deepEqual(lstm.weight_hr_l1_reverse?.shape, [8, 20]);
 * assert.deepEqual(lstm.weight_ih_l1?.shape, [80, 16]);
 * // torch: lstm.weight_ih_l0[0, :3] is tensor([-0.0017,  0.1200, -0.1840])
 * assert.equal(lstm.weight_ih_l0.data[1].toFixed(4), "0.1200");
 * ```
 */
export declare class LSTM extends RNNBase {
    /** Build the module and draw its initial values; see {@linkcode LSTM}. */
    constructor(inputSize: number, hiddenSize: number, opts?: LSTMOptions);
}
