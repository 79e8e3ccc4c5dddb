/**
 * The standard deviation both Kaiming initializers start from.
 *
 * @module
 */
import { type Nonlinearity } from "./calculate_gain.js";
import type { Layout } from "../_layout.js";
/** `"fan_in"` keeps the variance of the forward pass, `"fan_out"` of the backward pass. */
export type FanMode = "fan_in" | "fan_out";
/** Options shared by {@linkcode kaimingUniform} and {@linkcode kaimingNormal}. */
export interface KaimingSettings {
    a?: number;
    mode?: FanMode;
    nonlinearity?: Nonlinearity;
}
/**
 * `gain / math.sqrt(fan)` as torch computes it, or `null` for a zero-element
 * tensor (torch warns and returns without drawing). All arguments are
 * validated first.
 */
export declare function kaimingStd(layout: Layout, opts: KaimingSettings, what: string): number | null;
