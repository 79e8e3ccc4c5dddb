/* @ts-self-types="./_embedding.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Argument checks and initialisation shared by Embedding and EmbeddingBag.
 *
 * @module
 */
import { halfLayoutOf, layoutOf } from "../_layout.js";
import { isHalf } from "./_copy.js";
import { normal } from "../init/normal.js";
import { zeros } from "../init/zeros.js";
import { Parameter } from "./parameter.js";
import { anyInt, int, num, numelOf, parameter, show } from "./_options.js";
/** torch's padding_idx check and normalisation (negative counts from the end). */
export function paddingIndex(paddingIdx, numEmbeddings, what) {
    if (paddingIdx === undefined || paddingIdx === null)
        return null;
    const p = anyInt(paddingIdx, "paddingIdx", what);
    if (p >= numEmbeddings || p < -numEmbeddings) {
        throw new RangeError(`${what}: paddingIdx must be within numEmbeddings ${numEmbeddings}, received ${p}`);
    }
    return p < 0 ? numEmbeddings + p : p;
}
/** An optional number (`maxNorm`). */
export function optionalNumber(value, name, what) {
    if (value === undefined || value === null)
        return null;
    return num(value, name, what);
}
/** The weight: a copy-free Parameter over `given`, or a new one (drawn later). */
export function embeddingWeight(given, numEmbeddings, embeddingDim, dtype, what) {
    int(numEmbeddings, "numEmbeddings", what);
    int(embeddingDim, "embeddingDim", what);
    if (given === undefined) {
        numelOf([numEmbeddings, embeddingDim], what);
        return parameter([numEmbeddings, embeddingDim], dtype);
    }
    const layout = isHalf(given) ? halfLayoutOf(given, what) : layoutOf(given, what);
    if (layout.shape.length !== 2 || layout.shape[0] !== numEmbeddings ||
        layout.shape[1] !== embeddingDim) {
        throw new RangeError(`${what}: the shape of weight must be [numEmbeddings, embeddingDim] = [${numEmbeddings}, ${embeddingDim}], received ${show(layout.shape)}`);
    }
    return given instanceof Parameter ? given : new Parameter(given);
}
/** torch's `Embedding.reset_parameters`: `normal_(weight)`, then the padding row zeroed. */
export function resetEmbedding(weight, paddingIdx, generator) {
    normal(weight, { generator });
    if (paddingIdx !== null) {
        const row = {
            data: weight.data,
            shape: [weight.shape[1]],
            strides: [weight.strides[1]],
            offset: weight.offset + paddingIdx * weight.strides[0],
        };
        // A half weight's row keeps its dtype: torch's fill_(0) writes +0 bits in every dtype.
        zeros(weight.dtype === undefined ? row : { ...row, dtype: weight.dtype });
    }
}
