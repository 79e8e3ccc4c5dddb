/**
 * `torch.nn.PReLU`.
 *
 * @module
 */
import type { DType, HalfDType } from "../tensor.js";
import { Module, type ResetOptions } from "./module.js";
import type { Parameter } from "./parameter.js";
/** Options for {@linkcode PReLU}. */
export interface PReLUOptions {
    /** The initial value of every slope. Default: 0.25. */
    init?: number;
    /** Element type of the weight. Default: `"float32"`. */
    dtype?: DType | HalfDType;
}
/**
 * `torch.nn.PReLU(num_parameters=1, init=0.25)`: a `weight` of shape
 * `[numParameters]` filled with `init` (rounded to the dtype, as torch's
 * `fill_`). Nothing is drawn.
 *
 * @param numParameters Number of slopes: 1 or the number of channels. Default: 1.
 * @param opts `init`, `dtype`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If `numParameters` is negative or fractional, or `init` is not finite.
 *
 * @example
 * ```ts
 * import { PReLU } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const act = new PReLU(3, { init: 0.1 });
 * assert.deepEqual(Array.from(act.weight.data), [0.1, 0.1, 0.1].map(Math.fround));
 * ```
 */
export declare class PReLU extends Module {
    /** Number of slopes. */
    numParameters: number;
    /** The initial value of the slopes. */
    init: number;
    /** The slopes, `[numParameters]`. */
    weight: Parameter;
    /**
     * Create a `PReLU`; see {@linkcode PReLU} for what it holds and how it is
     * initialised.
     *
     * @param numParameters Number of slopes: 1 or the number of channels. Default: 1.
     * @param opts `init`, `dtype`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If `numParameters` is negative or fractional, or `init` is not finite.
     */
    constructor(numParameters?: number, opts?: PReLUOptions);
    /**
     * Fill the weight with `init` again, as the constructor does. (torch 1.13's
     * PReLU has no `reset_parameters`; this is its constructor's `fill_`.)
     *
     * @param _opts Ignored: nothing is drawn.
     *
     * @example
     * ```ts
     * import { PReLU } from "@torch-parity/init/nn";
     * import assert from "node:assert/strict";
     *
     * const act = new PReLU();
     * act.weight.data[0] = 1;
     * act.resetParameters();
     * assert.equal(act.weight.data[0], 0.25);
     * ```
     */
    resetParameters(_opts?: ResetOptions): void;
}
