/**
 * `torch.nn.LeakyReLU`.
 *
 * @module
 */
import { Module } from "./module.js";
import type { InplaceOptions } from "./relu.js";
/**
 * `torch.nn.LeakyReLU(negative_slope=0.01, inplace=False)`: max(0, x) +
 * negativeSlope·min(0, x). It has no parameters or buffers and draws nothing;
 * its arguments are validated and kept as fields, so a state dict walks
 * through it with torch's key names.
 *
 * @param negativeSlope The slope for negative inputs. Default: `0.01`.
 * @param opts `inplace`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { LeakyReLU } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new LeakyReLU();
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.negativeSlope, 0.01);
 * ```
 */
export declare class LeakyReLU extends Module {
    /** The slope for negative inputs. */
    negativeSlope: number;
    /** Do the operation in place (accepted for parity; nothing is computed here). */
    inplace: boolean;
    /**
     * Create a `LeakyReLU`; see {@linkcode LeakyReLU} for what it holds and how it is
     * initialised.
     *
     * @param negativeSlope The slope for negative inputs. Default: `0.01`.
     * @param opts `inplace`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(negativeSlope?: number, opts?: InplaceOptions);
}
