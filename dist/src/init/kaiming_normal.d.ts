/**
 * `torch.nn.init.kaiming_normal_`.
 *
 * @module
 */
import type { HalfTensor, Tensor } from "../tensor.js";
import type { KaimingOptions } from "./kaiming_uniform.js";
/**
 * Fill `tensor` in place with He/Kaiming normal values, bit for bit as
 * `torch.nn.init.kaiming_normal_(tensor, a, mode, nonlinearity)`: N(0, std²)
 * with `std = gain / sqrt(fan)` and `gain = calculateGain(nonlinearity, a)`.
 * A zero-element tensor gets a warning and no draws, as in torch.
 *
 * @param tensor A tensor with at least 2 dimensions.
 * @param options `a`, `mode`, `nonlinearity` and `generator`.
 * @returns `tensor`, filled.
 * @throws {TypeError} If the tensor has fewer than 2 dimensions or an argument has the wrong type.
 * @throws {RangeError} If `mode` or `nonlinearity` is unknown, `a` is not finite, or the tensor's data is too short.
 *
 * @example A conv weight for a ReLU network, `mode: "fan_out"` as torchvision's ResNet uses
 * ```ts
 * import { empty, Generator, kaimingNormal } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * const w = kaimingNormal(empty([64, 3, 7, 7]), {
 *   mode: "fan_out",
 *   nonlinearity: "relu",
 *   generator: new Generator().manualSeed(0),
 * });
 * assert.equal(w.data.length, 9408);
 * ```
 */
export declare function kaimingNormal<T extends Tensor | HalfTensor>(tensor: T, options?: KaimingOptions): T;
