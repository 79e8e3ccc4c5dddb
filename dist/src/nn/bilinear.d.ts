/**
 * `torch.nn.Bilinear`.
 *
 * @module
 */
import { Module, type ResetOptions } from "./module.js";
import type { Parameter } from "./parameter.js";
import type { LinearOptions } from "./linear.js";
/**
 * `torch.nn.Bilinear(in1_features, in2_features, out_features, bias=True)`:
 * a `weight` of shape `[outFeatures, in1Features, in2Features]` and a `bias`
 * of shape `[outFeatures]`, both drawn from U(-1/√in1Features,
 * 1/√in1Features) in that order, as torch 1.13 does.
 *
 * @param in1Features Size of each first input sample: an integer ≥ 1.
 * @param in2Features Size of each second input sample: an integer ≥ 0.
 * @param outFeatures Size of each output sample: an integer ≥ 0.
 * @param opts `bias`, `dtype`, `generator` (as {@linkcode LinearOptions}).
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If a size is out of range (`in1Features` 0 divides by zero in torch).
 *
 * @example
 * ```ts
 * import { Bilinear } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new Bilinear(4, 3, 2);
 * assert.deepEqual(m.weight.shape, [2, 4, 3]);
 * assert.ok(m.weight.data.every((x) => Math.abs(x) <= 0.5));
 * ```
 */
export declare class Bilinear extends Module {
    /** Size of each first input sample. */
    in1Features: number;
    /** Size of each second input sample. */
    in2Features: number;
    /** Size of each output sample. */
    outFeatures: number;
    /** The weight, `[outFeatures, in1Features, in2Features]`. */
    weight: Parameter;
    /** The bias, `[outFeatures]`, or `null`. */
    bias: Parameter | null;
    /**
     * Create a `Bilinear`; see {@linkcode Bilinear} for what it holds and how it is
     * initialised.
     *
     * @param in1Features Size of each first input sample: an integer ≥ 1.
     * @param in2Features Size of each second input sample: an integer ≥ 0.
     * @param outFeatures Size of each output sample: an integer ≥ 0.
     * @param opts `bias`, `dtype`, `generator` (as {@linkcode LinearOptions}).
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If a size is out of range (`in1Features` 0 divides by zero in torch).
     */
    constructor(in1Features: number, in2Features: number, outFeatures: number, opts?: LinearOptions);
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
     * import { Bilinear } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const a = new Bilinear(2, 2, 2, { generator: new Generator().manualSeed(3) });
     * const b = new Bilinear(2, 2, 2);
     * b.resetParameters({ generator: new Generator().manualSeed(3) });
     * assert.deepEqual(b.bias?.data, a.bias?.data);
     * ```
     */
    resetParameters(opts?: ResetOptions): void;
}
