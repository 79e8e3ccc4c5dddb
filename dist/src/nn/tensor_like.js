/* @ts-self-types="./tensor_like.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The tensors a state dict may hold.
 *
 * @module
 */
export {};
