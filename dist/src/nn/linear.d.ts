/**
 * `torch.nn.Linear`.
 *
 * @module
 */
import type { DType, HalfDType } from "../tensor.js";
import type { Generator } from "../random/generator.js";
import { Module, type ResetOptions } from "./module.js";
import type { Parameter } from "./parameter.js";
/** Options for {@linkcode Linear}. */
export interface LinearOptions {
    /** Whether to add a learnable bias. Default: `true`. */
    bias?: boolean;
    /** Element type of the parameters. Default: `"float32"`. */
    dtype?: DType | HalfDType;
    /** The generator to draw the initial values from. Default: the default generator. */
    generator?: Generator;
}
/**
 * `torch.nn.Linear(in_features, out_features, bias=True, dtype=None)`: a
 * `weight` of shape `[outFeatures, inFeatures]` and a `bias` of shape
 * `[outFeatures]` (`null` with `{ bias: false }`), initialised as torch 1.13
 * does, bit for bit: `kaimingUniform(weight, { a: Math.sqrt(5) })`, then the
 * bias from U(-1/√fanIn, 1/√fanIn) (U(0, 0) when fanIn is 0).
 *
 * @param inFeatures Size of each input sample: an integer ≥ 0.
 * @param outFeatures Size of each output sample: an integer ≥ 0.
 * @param opts `bias`, `dtype`, `generator`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If a size is negative or fractional.
 *
 * @example torch.manual_seed(0); nn.Linear(3, 2)
 * ```ts
 * import { manualSeed } from "@torch-parity/init";
 * import { Linear } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * manualSeed(0);
 * const fc = new Linear(3, 2);
 * assert.deepEqual(fc.weight.shape, [2, 3]);
 * // torch: tensor([[-0.0043,  0.3097, -0.4752], [-0.4249, -0.2224,  0.1548]])
 * assert.equal(fc.weight.data[1].toFixed(4), "0.3097");
 * assert.equal(new Linear(3, 2, { bias: false }).bias, null);
 * ```
 *
 * @example torch.manual_seed(0); nn.Linear(4, 3, dtype=torch.bfloat16)
 * ```ts
 * import { halfValue, manualSeed, setTorchVersion } from "@torch-parity/init";
 * import { Linear } from "@torch-parity/init/nn";
 * import { saveSafetensors } from "@torch-parity/init/safetensors";
 * import assert from "node:assert/strict";
 *
 * setTorchVersion("2.14");
 * manualSeed(0);
 * const fc = new Linear(4, 3, { dtype: "bfloat16" });
 * assert.equal(fc.weight.dtype, "bfloat16"); // data: a Uint16Array of bits, torch's storage bytes
 * assert.equal(fc.weight.data.BYTES_PER_ELEMENT, 2);
 * // torch 2.14.1: lin.weight[0] = tensor([-0.0037,  0.2676, -0.4121, -0.3672], dtype=torch.bfloat16)
 * assert.deepEqual(
 *   Array.from(fc.weight.data.subarray(0, 4), (b) => halfValue(b, "bfloat16")),
 *   [-0.0037384033203125, 0.267578125, -0.412109375, -0.3671875],
 * );
 * // a BF16 safetensors file that torch loads with load_state_dict(strict=True)
 * const bytes = saveSafetensors(Object.fromEntries(fc.stateDict()));
 * assert.ok(bytes.length > 0);
 * ```
 */
export declare class Linear extends Module {
    /** Size of each input sample. */
    inFeatures: number;
    /** Size of each output sample. */
    outFeatures: number;
    /** The weight, `[outFeatures, inFeatures]`. */
    weight: Parameter;
    /** The bias, `[outFeatures]`, or `null`. */
    bias: Parameter | null;
    /**
     * Create a `Linear`; see {@linkcode Linear} for what it holds and how it is
     * initialised.
     *
     * @param inFeatures Size of each input sample: an integer ≥ 0.
     * @param outFeatures Size of each output sample: an integer ≥ 0.
     * @param opts `bias`, `dtype`, `generator`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If a size is negative or fractional.
     */
    constructor(inFeatures: number, outFeatures: number, opts?: LinearOptions);
    /**
     * Draw the parameters again as the constructor does (torch's
     * `reset_parameters`).
     *
     * @param opts `generator`.
     * @throws {TypeError} If `generator` is not a Generator.
     *
     * @example
     * ```ts
     * import { Generator } from "@torch-parity/init";
     * import { Linear } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const a = new Linear(4, 4, { generator: new Generator().manualSeed(1) });
     * const b = new Linear(4, 4);
     * b.resetParameters({ generator: new Generator().manualSeed(1) });
     * assert.deepEqual(b.weight.data, a.weight.data);
     * ```
     */
    resetParameters(opts?: ResetOptions): void;
}
