/* @ts-self-types="./_rnn_validate.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Argument checks shared by the recurrent, attention and transformer modules.
 *
 * @module
 */
import { Module } from "./module.js";
import { bool, dtypeOf, generatorOf, int, num, numelOf, show } from "./_options.js";
import { sinceTorch } from "./_torch_options.js";
/**
 * A dropout probability: a number in [0, 1] (torch's "dropout should be a
 * number in range [0, 1]" / "dropout probability has to be between 0 and 1").
 */
export function dropoutOf(value, what, name = "dropout") {
    if (typeof value !== "number") {
        throw new TypeError(`${what}: ${name} must be a number, received ${typeof value} ${show(value)}`);
    }
    if (!(value >= 0 && value <= 1)) {
        throw new RangeError(`${what}: ${name} must be in [0, 1], received ${value}`);
    }
    return value;
}
/** Check `dModel`, `nhead` and the layer options, all before the layer's first draw. */
export function layerArgs(dModel, nhead, o, what) {
    const d = int(dModel, "dModel", what, 1);
    const h = int(nhead, "nhead", what, 1);
    if (d % h !== 0) {
        throw new RangeError(`${what}: dModel must be divisible by nhead, received dModel ${d} and nhead ${h}`);
    }
    const dimFeedforward = int(o.dimFeedforward ?? 2048, "dimFeedforward", what);
    const dropout = dropoutOf(o.dropout ?? 0.1, what);
    const activation = o.activation ?? "relu";
    if (typeof activation === "string") {
        if (activation !== "relu" && activation !== "gelu") {
            throw new RangeError(`${what}: activation should be "relu" or "gelu" (or a module or function), received ${JSON.stringify(activation)}`);
        }
    }
    else if (!(activation instanceof Module) && typeof activation !== "function") {
        throw new TypeError(`${what}: activation must be "relu", "gelu", a Module or a function, received ${show(activation)}`);
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
