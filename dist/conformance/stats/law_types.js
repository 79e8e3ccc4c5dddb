/* @ts-self-types="./law_types.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The continuous laws `torch.nn.init` samples from, as plain data: the
 * argument of {@linkcode lawCdf} and of the tests built on it.
 *
 * @module
 */
export {};
