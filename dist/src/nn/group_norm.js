/* @ts-self-types="./group_norm.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.GroupNorm`.
 *
 * @module
 */
import { ones } from "../init/ones.js";
import { zeros } from "../init/zeros.js";
import { Module } from "./module.js";
import { bool, dtypeOf, int, num, options, parameter } from "./_options.js";
import { sinceTorch } from "./_torch_options.js";
/**
 * `torch.nn.GroupNorm(num_groups, num_channels, eps=1e-05, affine=True)`:
 * `weight` (ones) and `bias` (zeros) of shape `[numChannels]`, or both `null`
 * with `{ affine: false }`. Nothing is drawn.
 *
 * @param numGroups Number of groups: a positive integer dividing `numChannels`.
 * @param numChannels Number of channels: an integer ≥ 0.
 * @param opts `eps`, `affine`, `dtype`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If `numChannels` is not divisible by `numGroups`.
 *
 * @example
 * ```ts
 * import { GroupNorm } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const gn = new GroupNorm(2, 6);
 * assert.deepEqual(gn.bias!.shape, [6]);
 * assert.throws(() => new GroupNorm(4, 6), /divisible/);
 * ```
 */
export class GroupNorm extends Module {
    /** Number of groups. */
    numGroups;
    /** Number of channels. */
    numChannels;
    /** Added to the variance for numerical stability. */
    eps;
    /** Whether `weight` and `bias` are learnt. */
    affine;
    /** The scale (ones), or `null`. */
    weight;
    /** The shift (zeros), or `null`. */
    bias;
    /**
     * Create a `GroupNorm`; see {@linkcode GroupNorm} for what it holds and how it is
     * initialised.
     *
     * @param numGroups Number of groups: a positive integer dividing `numChannels`.
     * @param numChannels Number of channels: an integer ≥ 0.
     * @param opts `eps`, `affine`, `dtype`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If `numChannels` is not divisible by `numGroups`.
     */
    constructor(numGroups, numChannels, opts) {
        super();
        const what = "Cannot create GroupNorm";
        const o = options(opts, what);
        int(numGroups, "numGroups", what, 1);
        int(numChannels, "numChannels", what);
        if (numChannels % numGroups !== 0) {
            throw new RangeError(`${what}: numChannels must be divisible by numGroups, received numChannels ${numChannels} and numGroups ${numGroups}`);
        }
        const eps = num(o.eps ?? 1e-5, "eps", what);
        const affine = bool(o.affine ?? true, "affine", what);
        sinceTorch(o.bias, "bias", what, "2.14", "added after torch 2.6");
        const bias = bool(o.bias ?? true, "bias", what);
        const dtype = dtypeOf(o.dtype, what);
        this.numGroups = numGroups;
        this.numChannels = numChannels;
        this.eps = eps;
        this.affine = affine;
        if (affine) {
            this.weight = parameter([numChannels], dtype);
            if (bias)
                this.bias = parameter([numChannels], dtype);
            else
                this.registerParameter("bias", null);
        }
        else {
            this.registerParameter("weight", null);
            this.registerParameter("bias", null);
        }
        this.resetParameters();
    }
    /**
     * Set `weight` to ones and `bias` to zeros (torch's `reset_parameters`).
     * Nothing is drawn.
     *
     * @param _opts Ignored.
     *
     * @example
     * ```ts
     * import { GroupNorm } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const gn = new GroupNorm(1, 2);
     * gn.bias!.data.fill(3);
     * gn.resetParameters();
     * assert.deepEqual(Array.from(gn.bias!.data), [0, 0]);
     * ```
     */
    resetParameters(_opts) {
        if (this.weight !== null)
            ones(this.weight);
        if (this.bias !== null)
            zeros(this.bias);
    }
}
