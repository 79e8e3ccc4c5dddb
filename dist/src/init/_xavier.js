/* @ts-self-types="./_xavier.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The standard deviation both Xavier initializers start from.
 *
 * @module
 */
import { fansOfShape } from "./fan.js";
import { finite } from "./_validate.js";
/** `gain * math.sqrt(2.0 / float(fan_in + fan_out))`, after validating `gain`. */
export function xavierStd(shape, gain, what) {
    const g = finite(gain ?? 1, "gain", what);
    if (g < 0)
        throw new RangeError(`${what}: gain must be at least 0, received ${g}`);
    const [fanIn, fanOut] = fansOfShape(shape, what);
    if (fanIn + fanOut === 0) {
        throw new RangeError(`${what}: fanIn + fanOut must be positive, received shape [${shape.join(", ")}]`);
    }
    return g * Math.sqrt(2.0 / (fanIn + fanOut));
}
