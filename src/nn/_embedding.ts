// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Argument checks and initialisation shared by Embedding and EmbeddingBag.
 *
 * @module
 */

import type { DType, HalfDType, HalfTensor, Tensor } from "../tensor.ts";
import { halfLayoutOf, layoutOf } from "../_layout.ts";
import { isHalf } from "./_copy.ts";
import { normal } from "../init/normal.ts";
import { zeros } from "../init/zeros.ts";
import type { Generator } from "../random/generator.ts";
import { Parameter } from "./parameter.ts";
import { anyInt, int, num, numelOf, parameter, show } from "./_options.ts";

/** torch's padding_idx check and normalisation (negative counts from the end). */
export function paddingIndex(
  paddingIdx: unknown,
  numEmbeddings: number,
  what: string,
): number | null {
  if (paddingIdx === undefined || paddingIdx === null) return null;
  const p = anyInt(paddingIdx, "paddingIdx", what);
  if (p >= numEmbeddings || p < -numEmbeddings) {
    throw new RangeError(
      `${what}: paddingIdx must be within numEmbeddings ${numEmbeddings}, received ${p}`,
    );
  }
  return p < 0 ? numEmbeddings + p : p;
}

/** An optional number (`maxNorm`). */
export function optionalNumber(value: unknown, name: string, what: string): number | null {
  if (value === undefined || value === null) return null;
  return num(value, name, what);
}

/** The weight: a copy-free Parameter over `given`, or a new one (drawn later). */
export function embeddingWeight(
  given: Tensor | HalfTensor | undefined,
  numEmbeddings: number,
  embeddingDim: number,
  dtype: DType | HalfDType,
  what: string,
): Parameter {
  int(numEmbeddings, "numEmbeddings", what);
  int(embeddingDim, "embeddingDim", what);
  if (given === undefined) {
    numelOf([numEmbeddings, embeddingDim], what);
    return parameter([numEmbeddings, embeddingDim], dtype);
  }
  const layout = isHalf(given) ? halfLayoutOf(given, what) : layoutOf(given, what);
  if (
    layout.shape.length !== 2 || layout.shape[0] !== numEmbeddings ||
    layout.shape[1] !== embeddingDim
  ) {
    throw new RangeError(
      `${what}: the shape of weight must be [numEmbeddings, embeddingDim] = [${numEmbeddings}, ${embeddingDim}], received ${
        show(layout.shape)
      }`,
    );
  }
  return given instanceof Parameter ? given : new Parameter(given as Tensor);
}

/** torch's `Embedding.reset_parameters`: `normal_(weight)`, then the padding row zeroed. */
export function resetEmbedding(
  weight: Parameter,
  paddingIdx: number | null,
  generator: Generator,
): void {
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
