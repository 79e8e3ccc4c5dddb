/* @ts-self-types="./bilinear.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.Bilinear`.
 *
 * @module
 */
import { uniform } from "../init/uniform.js";
import { Module } from "./module.js";
import { bool, dtypeOf, generatorOf, int, numelOf, options, parameter } from "./_options.js";
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
export class Bilinear extends Module {
    /** Size of each first input sample. */
    in1Features;
    /** Size of each second input sample. */
    in2Features;
    /** Size of each output sample. */
    outFeatures;
    /** The weight, `[outFeatures, in1Features, in2Features]`. */
    weight;
    /** The bias, `[outFeatures]`, or `null`. */
    bias;
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
    constructor(in1Features, in2Features, outFeatures, opts) {
        super();
        const what = "Cannot create Bilinear";
        const o = options(opts, what);
        int(in1Features, "in1Features", what, 1);
        int(in2Features, "in2Features", what);
        int(outFeatures, "outFeatures", what);
        const bias = bool(o.bias ?? true, "bias", what);
        const dtype = dtypeOf(o.dtype, what);
        const generator = generatorOf(o.generator, what);
        numelOf([outFeatures, in1Features, in2Features], what);
        this.in1Features = in1Features;
        this.in2Features = in2Features;
        this.outFeatures = outFeatures;
        this.weight = parameter([outFeatures, in1Features, in2Features], dtype);
        if (bias)
            this.bias = parameter([outFeatures], dtype);
        else
            this.registerParameter("bias", null);
        this.resetParameters({ generator });
    }
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
    resetParameters(opts) {
        const what = "Cannot reset Bilinear";
        const generator = generatorOf(options(opts, what).generator, what);
        const bound = 1 / Math.sqrt(this.weight.shape[1]);
        uniform(this.weight, { a: -bound, b: bound, generator });
        if (this.bias !== null)
            uniform(this.bias, { a: -bound, b: bound, generator });
    }
}
