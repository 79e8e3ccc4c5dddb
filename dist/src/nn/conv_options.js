/* @ts-self-types="./conv_options.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The constructor options of the convolution modules.
 *
 * @module
 */
export {};
