/* @ts-self-types="./_kaiming.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The standard deviation both Kaiming initializers start from.
 *
 * @module
 */
import { calculateGain } from "./calculate_gain.js";
import { fansOfShape } from "./fan.js";
import { finite, show } from "./_validate.js";
import { warn } from "./warnings.js";
/**
 * `gain / math.sqrt(fan)` as torch computes it, or `null` for a zero-element
 * tensor (torch warns and returns without drawing). All arguments are
 * validated first.
 */
export function kaimingStd(layout, opts, what) {
    const a = finite(opts.a ?? 0, "a", what);
    const rawMode = opts.mode ?? "fan_in";
    if (typeof rawMode !== "string") {
        throw new TypeError(`${what}: mode must be a string, received ${show(rawMode)}`);
    }
    const nonlinearity = opts.nonlinearity ?? "leaky_relu";
    if (typeof nonlinearity !== "string") {
        throw new TypeError(`${what}: nonlinearity must be a string, received ${show(nonlinearity)}`);
    }
    // torch checks for a zero-element tensor before it looks at mode, the
    // nonlinearity or the rank: it warns and returns without drawing.
    if (layout.shape.includes(0)) {
        warn("Initializing zero-element tensors is a no-op");
        return null;
    }
    // torch lower-cases the mode before checking it.
    const mode = rawMode.toLowerCase();
    if (mode !== "fan_in" && mode !== "fan_out") {
        throw new RangeError(`${what}: mode ${show(mode)} not supported, please use one of "fan_in", "fan_out"`);
    }
    const [fanIn, fanOut] = fansOfShape(layout.shape, what);
    const fan = mode === "fan_in" ? fanIn : fanOut;
    const gain = calculateGain(nonlinearity, a);
    return gain / Math.sqrt(fan);
}
