/**
 * Argument normalisation shared by Conv1d … ConvTranspose3d.
 *
 * @module
 */
import type { ConvNdSettings } from "./conv_nd.js";
import type { ConvOptions, ConvTransposeOptions } from "./conv_options.js";
/** Settings of a Conv{n}d from its options. */
export declare function convSettings(n: number, opts: ConvOptions | undefined, what: string): ConvNdSettings;
/** Settings of a ConvTranspose{n}d from its options. */
export declare function convTransposeSettings(n: number, opts: ConvTransposeOptions | undefined, what: string): ConvNdSettings;
