/**
 * `torch.nn.PixelUnshuffle`.
 *
 * @module
 */
import { Module } from "./module.js";
/**
 * `torch.nn.PixelUnshuffle(downscale_factor)`: the inverse of PixelShuffle. It
 * has no parameters or buffers and draws nothing; its arguments are validated
 * and kept as fields, so a state dict walks through it with torch's key names.
 *
 * @param downscaleFactor The factor r.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { PixelUnshuffle } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new PixelUnshuffle(2);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.downscaleFactor, 2);
 * ```
 */
export declare class PixelUnshuffle extends Module {
    /** The factor r. */
    downscaleFactor: number;
    /**
     * Create a `PixelUnshuffle`; see {@linkcode PixelUnshuffle} for what it holds and how it is
     * initialised.
     *
     * @param downscaleFactor The factor r.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(downscaleFactor: number);
}
