/* @ts-self-types="./linear.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.Linear`.
 *
 * @module
 */
import { kaimingUniform } from "../init/kaiming_uniform.js";
import { uniform } from "../init/uniform.js";
import { calculateFanInAndFanOut } from "../init/fan.js";
import { Module } from "./module.js";
import { bool, dtypeOf, generatorOf, int, neg, numelOf, options, parameter } from "./_options.js";
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
export class Linear extends Module {
    /** Size of each input sample. */
    inFeatures;
    /** Size of each output sample. */
    outFeatures;
    /** The weight, `[outFeatures, inFeatures]`. */
    weight;
    /** The bias, `[outFeatures]`, or `null`. */
    bias;
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
    constructor(inFeatures, outFeatures, opts) {
        super();
        const what = "Cannot create Linear";
        const o = options(opts, what);
        int(inFeatures, "inFeatures", what);
        int(outFeatures, "outFeatures", what);
        const bias = bool(o.bias ?? true, "bias", what);
        const dtype = dtypeOf(o.dtype, what);
        const generator = generatorOf(o.generator, what);
        numelOf([outFeatures, inFeatures], what);
        this.inFeatures = inFeatures;
        this.outFeatures = outFeatures;
        this.weight = parameter([outFeatures, inFeatures], dtype);
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
     * import { Linear } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const a = new Linear(4, 4, { generator: new Generator().manualSeed(1) });
     * const b = new Linear(4, 4);
     * b.resetParameters({ generator: new Generator().manualSeed(1) });
     * assert.deepEqual(b.weight.data, a.weight.data);
     * ```
     */
    resetParameters(opts) {
        const what = "Cannot reset Linear";
        const generator = generatorOf(options(opts, what).generator, what);
        kaimingUniform(this.weight, { a: Math.sqrt(5), generator });
        if (this.bias !== null) {
            const [fanIn] = calculateFanInAndFanOut(this.weight);
            const bound = fanIn > 0 ? 1 / Math.sqrt(fanIn) : 0;
            uniform(this.bias, { a: neg(bound), b: bound, generator });
        }
    }
}
