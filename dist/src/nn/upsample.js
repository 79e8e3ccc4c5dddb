/* @ts-self-types="./upsample.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.Upsample`.
 *
 * @module
 */
import { Module } from "./module.js";
import { checkScaleFactor, UPSAMPLE_MODES } from "./_upsample_mode.js";
import { bool, intOrInts, oneOf, optional, options } from "./_options.js";
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
export class Upsample extends Module {
    /** The class name, as torch stores it. */
    name;
    /** The output spatial size. */
    size;
    /** Multiplier of the spatial size. */
    scaleFactor;
    /** The algorithm. */
    mode;
    /** Align the corner pixels (linear modes). */
    alignCorners;
    /** Recompute the scale factor from the output size. */
    recomputeScaleFactor;
    /**
     * Create a `Upsample`; see {@linkcode Upsample} for what it holds and how it is
     * initialised.
     *
     * @param opts `size`, `scaleFactor`, `mode`, `alignCorners`, `recomputeScaleFactor`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(opts) {
        super();
        const what = "Cannot create Upsample";
        const o = options(opts, what);
        const size = optional(o.size, (x) => intOrInts(x, "size", what, 1));
        const scaleFactor = optional(o.scaleFactor, (x) => checkScaleFactor(x, what));
        const mode = oneOf(o.mode ?? "nearest", UPSAMPLE_MODES, "mode", what);
        const alignCorners = optional(o.alignCorners, (x) => bool(x, "alignCorners", what));
        const recomputeScaleFactor = optional(o.recomputeScaleFactor, (x) => bool(x, "recomputeScaleFactor", what));
        this.name = this.constructor.name;
        this.size = size;
        this.scaleFactor = scaleFactor;
        this.mode = mode;
        this.alignCorners = alignCorners;
        this.recomputeScaleFactor = recomputeScaleFactor;
    }
}
