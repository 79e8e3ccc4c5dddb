/* @ts-self-types="./pixel_shuffle.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.PixelShuffle`.
 *
 * @module
 */
import { Module } from "./module.js";
import { int } from "./_options.js";
/**
 * `torch.nn.PixelShuffle(upscale_factor)`: rearranges (C·r², H, W) into (C,
 * H·r, W·r). It has no parameters or buffers and draws nothing; its arguments
 * are validated and kept as fields, so a state dict walks through it with
 * torch's key names.
 *
 * @param upscaleFactor The factor r.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { PixelShuffle } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new PixelShuffle(2);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.upscaleFactor, 2);
 * ```
 */
export class PixelShuffle extends Module {
    /** The factor r. */
    upscaleFactor;
    /**
     * Create a `PixelShuffle`; see {@linkcode PixelShuffle} for what it holds and how it is
     * initialised.
     *
     * @param upscaleFactor The factor r.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(upscaleFactor) {
        super();
        const what = "Cannot create PixelShuffle";
        const upscaleFactorValue = int(upscaleFactor, "upscaleFactor", what, 1);
        this.upscaleFactor = upscaleFactorValue;
    }
}
