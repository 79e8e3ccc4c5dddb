/**
 * The standard deviation both Xavier initializers start from.
 *
 * @module
 */
/** `gain * math.sqrt(2.0 / float(fan_in + fan_out))`, after validating `gain`. */
export declare function xavierStd(shape: readonly number[], gain: unknown, what: string): number;
