/**
 * The constructor options of the convolution modules.
 *
 * @module
 */
import type { DType, HalfDType } from "../tensor.js";
import type { Generator } from "../random/generator.js";
import type { PaddingMode } from "./conv_nd.js";
/** Options for {@linkcode Conv1d}, {@linkcode Conv2d} and {@linkcode Conv3d}. */
export interface ConvOptions {
    /** Stride of the convolution: one integer or one per spatial dimension. Default: 1. */
    stride?: number | readonly number[];
    /** Padding: integers, `"same"` or `"valid"`. Default: 0. */
    padding?: number | readonly number[] | "same" | "valid";
    /** Spacing between kernel elements. Default: 1. */
    dilation?: number | readonly number[];
    /** Number of blocked connections from input to output channels. Default: 1. */
    groups?: number;
    /** Whether to add a learnable bias. Default: `true`. */
    bias?: boolean;
    /** `"zeros"`, `"reflect"`, `"replicate"` or `"circular"`. Default: `"zeros"`. */
    paddingMode?: PaddingMode;
    /** Element type of the parameters. Default: `"float32"`. */
    dtype?: DType | HalfDType;
    /** The generator to draw the initial values from. Default: the default generator. */
    generator?: Generator;
}
/** Options for {@linkcode ConvTranspose1d}, {@linkcode ConvTranspose2d} and {@linkcode ConvTranspose3d}. */
export interface ConvTransposeOptions {
    /** Stride: one integer or one per spatial dimension. Default: 1. */
    stride?: number | readonly number[];
    /** Implicit zero padding (`dilation * (kernelSize - 1) - padding` is added). Default: 0. */
    padding?: number | readonly number[];
    /** Additional size added to one side of the output. Default: 0. */
    outputPadding?: number | readonly number[];
    /** Number of blocked connections from input to output channels. Default: 1. */
    groups?: number;
    /** Whether to add a learnable bias. Default: `true`. */
    bias?: boolean;
    /** Spacing between kernel elements. Default: 1. */
    dilation?: number | readonly number[];
    /** Only `"zeros"` is supported, as in torch. Default: `"zeros"`. */
    paddingMode?: "zeros";
    /** Element type of the parameters. Default: `"float32"`. */
    dtype?: DType | HalfDType;
    /** The generator to draw the initial values from. Default: the default generator. */
    generator?: Generator;
}
