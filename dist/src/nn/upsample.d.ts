/**
 * `torch.nn.Upsample`.
 *
 * @module
 */
import { Module } from "./module.js";
import { type UpsampleMode } from "./_upsample_mode.js";
/** Options for {@linkcode Upsample}. */
export interface UpsampleOptions {
    /** The output spatial size. Default: `null`. */
    size?: number | readonly number[] | null;
    /** Multiplier of the spatial size. Default: `null`. */
    scaleFactor?: number | readonly number[] | null;
    /** The algorithm. Default: `"nearest"`. */
    mode?: UpsampleMode;
    /** Align the corner pixels (linear modes). Default: `null`. */
    alignCorners?: boolean | null;
    /** Recompute the scale factor from the output size. Default: `null`. */
    recomputeScaleFactor?: boolean | null;
}
/**
 * `torch.nn.Upsample(size=None, scale_factor=None, mode='nearest',
 * align_corners=None, recompute_scale_factor=None)`: upsampling by `size` or
 * `scaleFactor`. It has no parameters or buffers and draws nothing; its
 * arguments are validated and kept as fields, so a state dict walks through it
 * with torch's key names.
 *
 * @param opts `size`, `scaleFactor`, `mode`, `alignCorners`, `recomputeScaleFactor`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { Upsample } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new Upsample();
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.name, "Upsample");
 * ```
 */
export declare class Upsample extends Module {
    /** The class name, as torch stores it. */
    name: string;
    /** The output spatial size. */
    size: number | number[] | null;
    /** Multiplier of the spatial size. */
    scaleFactor: number | number[] | null;
    /** The algorithm. */
    mode: UpsampleMode;
    /** Align the corner pixels (linear modes). */
    alignCorners: boolean | null;
    /** Recompute the scale factor from the output size. */
    recomputeScaleFactor: boolean | null;
    /**
     * Create a `Upsample`; see {@linkcode Upsample} for what it holds and how it is
     * initialised.
     *
     * @param opts `size`, `scaleFactor`, `mode`, `alignCorners`, `recomputeScaleFactor`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(opts?: UpsampleOptions);
}
