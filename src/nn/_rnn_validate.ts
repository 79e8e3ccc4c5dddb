// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Argument checks shared by the recurrent, attention and transformer modules.
 *
 * @module
 */

import type { DType, HalfDType } from "../tensor.ts";
import type { Generator } from "../random/generator.ts";
import { Module } from "./module.ts";
import { bool, dtypeOf, generatorOf, int, num, numelOf, show } from "./_options.ts";
import { sinceTorch } from "./_torch_options.ts";

/**
 * A dropout probability: a number in [0, 1] (torch's "dropout should be a
 * number in range [0, 1]" / "dropout probability has to be between 0 and 1").
 */
export function dropoutOf(value: unknown, what: string, name = "dropout"): number {
  if (typeof value !== "number") {
    throw new TypeError(
      `${what}: ${name} must be a number, received ${typeof value} ${show(value)}`,
    );
  }
  if (!(value >= 0 && value <= 1)) {
    throw new RangeError(`${what}: ${name} must be in [0, 1], received ${value}`);
  }
  return value;
}

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
export function layerArgs(
  dModel: unknown,
  nhead: unknown,
  o: TransformerLayerArgs,
  what: string,
): CheckedLayerArgs {
  const d = int(dModel, "dModel", what, 1);
  const h = int(nhead, "nhead", what, 1);
  if (d % h !== 0) {
    throw new RangeError(
      `${what}: dModel must be divisible by nhead, received dModel ${d} and nhead ${h}`,
    );
  }
  const dimFeedforward = int(o.dimFeedforward ?? 2048, "dimFeedforward", what);
  const dropout = dropoutOf(o.dropout ?? 0.1, what);
  const activation = o.activation ?? "relu";
  if (typeof activation === "string") {
    if (activation !== "relu" && activation !== "gelu") {
      throw new RangeError(
        `${what}: activation should be "relu" or "gelu" (or a module or function), received ${
          JSON.stringify(activation)
        }`,
      );
    }
  } else if (!(activation instanceof Module) && typeof activation !== "function") {
    throw new TypeError(
      `${what}: activation must be "relu", "gelu", a Module or a function, received ${
        show(activation)
      }`,
    );
  }
  const layerNormEps = num(o.layerNormEps ?? 1e-5, "layerNormEps", what);
  const batchFirst = bool(o.batchFirst ?? false, "batchFirst", what);
  const normFirst = bool(o.normFirst ?? false, "normFirst", what);
  sinceTorch(o.bias, "bias", what, "2.6", "added in torch 2.1");
  const bias = bool(o.bias ?? true, "bias", what);
  const dtype = dtypeOf(o.dtype, what);
  const generator = generatorOf(o.generator, what);
  numelOf([3 * d, d], what);
  numelOf([dimFeedforward, d], what);
  return {
    dimFeedforward,
    dropout,
    activation,
    layerNormEps,
    batchFirst,
    normFirst,
    bias,
    dtype,
    generator,
  };
}
