/**
 * Argument checks and initialisation shared by Embedding and EmbeddingBag.
 *
 * @module
 */
import type { DType, HalfDType, HalfTensor, Tensor } from "../tensor.js";
import type { Generator } from "../random/generator.js";
import { Parameter } from "./parameter.js";
/** torch's padding_idx check and normalisation (negative counts from the end). */
export declare function paddingIndex(paddingIdx: unknown, numEmbeddings: number, what: string): number | null;
/** An optional number (`maxNorm`). */
export declare function optionalNumber(value: unknown, name: string, what: string): number | null;
/** The weight: a copy-free Parameter over `given`, or a new one (drawn later). */
export declare function embeddingWeight(given: Tensor | HalfTensor | undefined, numEmbeddings: number, embeddingDim: number, dtype: DType | HalfDType, what: string): Parameter;
/** torch's `Embedding.reset_parameters`: `normal_(weight)`, then the padding row zeroed. */
export declare function resetEmbedding(weight: Parameter, paddingIdx: number | null, generator: Generator): void;
