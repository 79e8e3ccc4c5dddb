// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.RNNCellBase`: the parameters and initialisation shared by
 * {@linkcode RNNCell}, {@linkcode LSTMCell} and {@linkcode GRUCell}.
 *
 * @module
 */

import type { DType, HalfDType } from "../tensor.ts";
import type { Generator } from "../random/generator.ts";
import { uniform } from "../init/uniform.ts";
import { Module, type ResetOptions } from "./module.ts";
import type { Parameter } from "./parameter.ts";
import { bool, dtypeOf, generatorOf, int, neg, numelOf, options, parameter } from "./_options.ts";

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
export class RNNCellBase extends Module {
  /** Features of the input. */
  inputSize: number;
  /** Features of the hidden state. */
  hiddenSize: number;
  /** Whether the cell has biases. */
  bias: boolean;
  /** The input-hidden weight, `[numChunks·hiddenSize, inputSize]`. */
  declare weight_ih: Parameter;
  /** The hidden-hidden weight, `[numChunks·hiddenSize, hiddenSize]`. */
  declare weight_hh: Parameter;
  /** The input-hidden bias, `[numChunks·hiddenSize]`, or `null`. */
  declare bias_ih: Parameter | null;
  /** The hidden-hidden bias, `[numChunks·hiddenSize]`, or `null`. */
  declare bias_hh: Parameter | null;

  /** Build the module and draw its initial values; see {@linkcode RNNCellBase}. */
  constructor(
    inputSize: number,
    hiddenSize: number,
    bias: boolean,
    numChunks: number,
    opts?: RNNCellBaseOptions,
  ) {
    super();
    const what = `Cannot create ${new.target.name}`;
    const o = options(opts, what);
    int(inputSize, "inputSize", what);
    int(hiddenSize, "hiddenSize", what);
    bool(bias, "bias", what);
    int(numChunks, "numChunks", what);
    const dtype = dtypeOf(o.dtype, what);
    const generator = generatorOf(o.generator, what);
    numelOf([numChunks * hiddenSize, inputSize], what);
    numelOf([numChunks * hiddenSize, hiddenSize], what);

    this.inputSize = inputSize;
    this.hiddenSize = hiddenSize;
    this.bias = bias;
    this.weight_ih = parameter([numChunks * hiddenSize, inputSize], dtype);
    this.weight_hh = parameter([numChunks * hiddenSize, hiddenSize], dtype);
    if (bias) {
      this.bias_ih = parameter([numChunks * hiddenSize], dtype);
      this.bias_hh = parameter([numChunks * hiddenSize], dtype);
    } else {
      this.registerParameter("bias_ih", null);
      this.registerParameter("bias_hh", null);
    }
    this.resetParameters({ generator });
  }

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
  resetParameters(opts?: ResetOptions): void {
    const what = `Cannot reset ${this.constructor.name}`;
    const generator = generatorOf(options(opts, what).generator, what);
    const stdv = this.hiddenSize > 0 ? 1.0 / Math.sqrt(this.hiddenSize) : 0;
    for (const weight of this.parameters()) uniform(weight, { a: neg(stdv), b: stdv, generator });
  }
}
