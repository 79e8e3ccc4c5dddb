/* @ts-self-types="./_conv.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Argument normalisation shared by Conv1d … ConvTranspose3d.
 *
 * @module
 */
import { options, show, tuple } from "./_options.js";
/** Settings of a Conv{n}d from its options. */
export function convSettings(n, opts, what) {
    const o = options(opts, what);
    const stride = tuple(o.stride ?? 1, n, "stride", what, 1);
    const p = o.padding ?? 0;
    let padding;
    if (typeof p === "string") {
        if (p !== "same" && p !== "valid") {
            throw new RangeError(`${what}: padding must be "same", "valid" or integers, received ${show(p)}`);
        }
        padding = p;
    }
    else
        padding = tuple(p, n, "padding", what);
    const dilation = tuple(o.dilation ?? 1, n, "dilation", what, 1);
    return {
        stride,
        padding,
        dilation,
        transposed: false,
        outputPadding: new Array(n).fill(0),
        groups: o.groups ?? 1,
        bias: o.bias ?? true,
        paddingMode: o.paddingMode ?? "zeros",
        dtype: o.dtype,
        generator: o.generator,
        what,
    };
}
/** Settings of a ConvTranspose{n}d from its options. */
export function convTransposeSettings(n, opts, what) {
    const o = options(opts, what);
    const paddingMode = o.paddingMode ?? "zeros";
    if (paddingMode !== "zeros") {
        throw new RangeError(`${what}: only paddingMode "zeros" is supported, received ${show(paddingMode)}`);
    }
    return {
        stride: tuple(o.stride ?? 1, n, "stride", what, 1),
        padding: tuple(o.padding ?? 0, n, "padding", what),
        dilation: tuple(o.dilation ?? 1, n, "dilation", what, 1),
        transposed: true,
        outputPadding: tuple(o.outputPadding ?? 0, n, "outputPadding", what),
        groups: o.groups ?? 1,
        bias: o.bias ?? true,
        paddingMode,
        dtype: o.dtype,
        generator: o.generator,
        what,
    };
}
