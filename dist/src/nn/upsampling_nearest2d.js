/* @ts-self-types="./upsampling_nearest2d.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.UpsamplingNearest2d`.
 *
 * @module
 */
import { Upsample } from "./upsample.js";
/**
 * `torch.nn.UpsamplingNearest2d(size=None, scale_factor=None)`:
 * nearest-neighbour 2-D upsampling: an Upsample with mode "nearest". It has no
 * parameters or buffers and draws nothing; its arguments are validated and
 * kept as fields, so a state dict walks through it with torch's key names.
 *
 * @param opts `size`, `scaleFactor`.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { UpsamplingNearest2d } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new UpsamplingNearest2d({ scaleFactor: 2 });
 * assert.equal(m.scaleFactor, 2);
 * assert.equal(m.name, "UpsamplingNearest2d");
 * ```
 */
export class UpsamplingNearest2d extends Upsample {
    /**
     * Create a `UpsamplingNearest2d`; see {@linkcode UpsamplingNearest2d} for what it holds and how it is
     * initialised.
     *
     * @param opts `size`, `scaleFactor`.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(opts) {
        super({ size: opts?.size, scaleFactor: opts?.scaleFactor, mode: "nearest" });
    }
}
