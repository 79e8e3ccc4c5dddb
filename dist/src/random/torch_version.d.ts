/**
 * The PyTorch release whose CPU numbers the fills reproduce. Most kernels give
 * the same bits in every supported release; the ones that changed follow this
 * setting (see the README's fidelity matrix):
 *
 * - `normal_`'s scalar path (fewer than 16 elements, or a strided view):
 *   torch 1.13 computes Box–Muller's radius from `log(1 - u2)`, torch 2.x from
 *   `log1p(-u2)` (`aten/src/ATen/core/DistributionsHelper.h`).
 * - The default build's 16-element `normal_` block: torch 2.14 fuses
 *   `radius * cos * std + mean` into one `std::fma`
 *   (`aten/src/ATen/native/cpu/DistributionTemplates.h`).
 * - `trunc_normal_`: torch 2.14 samples by rejection (`torch/nn/init.py`),
 *   1.13 and 2.6 by the inverse CDF.
 * - The C library torch was linked with (see {@linkcode setLibm}) follows the
 *   release unless set explicitly.
 *
 * @module
 */
/** A PyTorch release this library reproduces, as `"major.minor"`. */
export type TorchVersion = "1.13" | "2.6" | "2.14";
/** Every supported release, oldest first. */
export declare const TORCH_VERSIONS: readonly TorchVersion[];
/**
 * The default: the newest release verified bit for bit against real torch on
 * every capability (every golden case and module case of torch 2.14.1).
 */
export declare const NEWEST_TORCH_VERSION: TorchVersion;
/**
 * Choose which PyTorch release's numbers to reproduce, process-wide (like
 * {@linkcode setCpuCapability}). The default is `"2.14"`, the newest release,
 * verified bit for bit on every capability like the other two.
 *
 * @param version `"1.13"`, `"2.6"` or `"2.14"`.
 * @throws {TypeError} If `version` is not one of those strings.
 *
 * @example Reproduce torch 1.13.1
 * ```ts
 * import { getTorchVersion, setTorchVersion } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * setTorchVersion("1.13");
 * assert.equal(getTorchVersion(), "1.13");
 * setTorchVersion("2.14");
 * ```
 */
export declare function setTorchVersion(version: TorchVersion): void;
/**
 * The PyTorch release currently reproduced (see {@linkcode setTorchVersion}).
 *
 * @returns `"1.13"`, `"2.6"` or `"2.14"`; `"2.14"` unless changed.
 *
 * @example
 * ```ts
 * import { getTorchVersion } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * assert.equal(getTorchVersion(), "2.14");
 * ```
 */
export declare function getTorchVersion(): TorchVersion;
