/* @ts-self-types="./upsampling_bilinear2d.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.UpsamplingBilinear2d`.
 *
 * @module
 */
import { Upsample } from "./upsample.js";
/**
 * `torch.nn.UpsamplingBilinear2d(size=None, scale_factor=None)`: bilinear 2-D
 * upsampling with aligned corners: an Upsample with mode "bilinear". It has no
 * parameters or buffers and draws nothing; its arguments are validated and
 * kept as fields, so a state dict walks through it with torch's key names.
 *
 * @param opts `size`, `scaleFactor`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { UpsamplingBilinear2d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new UpsamplingBilinear2d({ scaleFactor: 2 });
 * assert.equal(m.scaleFactor, 2);
 * assert.equal(m.name, "UpsamplingBilinear2d");
 * ```
 */
export class UpsamplingBilinear2d extends Upsample {
    /**
     * Create a `UpsamplingBilinear2d`; see {@linkcode UpsamplingBilinear2d} for what it holds and how it is
     * initialised.
     *
     * @param opts `size`, `scaleFactor`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(opts) {
        super({
            size: opts?.size,
            scaleFactor: opts?.scaleFactor,
            mode: "bilinear",
            alignCorners: true,
        });
    }
}
