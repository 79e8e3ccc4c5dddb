/**
 * The C library whose math functions the kernels reproduce. Where ATen calls
 * libm (`erff` inside `erfinv_`'s Newton steps, and the default build's
 * `logf`/`sinf`/`cosf`), the bits are glibc's, and glibc changed: 2.41 made
 * `erff` correctly rounded (CORE-MATH), so torch 2.6 on Debian 13 gives other
 * `trunc_normal_` bits than torch 1.13 on Debian 12, with no change in torch.
 *
 * Each torch release follows the glibc of the Debian release that ships it
 * (`"auto"`, the default): torch 1.13 → glibc 2.36 (Debian 12), torch 2.6 →
 * glibc 2.41 (Debian 13), torch 2.14 → glibc 2.43 (Debian sid, 2026). Set one
 * explicitly to reproduce another pairing, e.g. a torch 2.6 wheel on a glibc
 * 2.36 system.
 *
 * @module
 */
import { type TorchVersion } from "./torch_version.js";
/** A C library whose math functions the kernels reproduce. */
export type Libm = "glibc-2.36" | "glibc-2.41" | "glibc-2.43";
/** The C library of the Debian release that ships each torch release. */
export declare const LIBM_OF_TORCH: Readonly<Record<TorchVersion, Libm>>;
/**
 * Choose the C library whose math functions the kernels reproduce,
 * process-wide. `"auto"` (the default) follows {@linkcode getTorchVersion}:
 * glibc 2.36 for torch 1.13, 2.41 for 2.6, 2.43 for 2.14.
 *
 * @param libm `"glibc-2.36"`, `"glibc-2.41"`, `"glibc-2.43"` or `"auto"`.
 * @throws {TypeError} If `libm` is not one of those strings.
 *
 * @example torch 2.6's kernels with glibc 2.36's math
 * ```ts
 * import { getLibm, setLibm, setTorchVersion } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * setTorchVersion("2.6");
 * assert.equal(getLibm(), "glibc-2.41");
 * setLibm("glibc-2.36");
 * assert.equal(getLibm(), "glibc-2.36");
 * setLibm("auto");
 * setTorchVersion("2.14");
 * ```
 */
export declare function setLibm(libm: Libm | "auto"): void;
/**
 * The C library currently reproduced: the one set with {@linkcode setLibm},
 * or the one that ships with the current torch release.
 *
 * @returns `"glibc-2.36"`, `"glibc-2.41"` or `"glibc-2.43"`.
 *
 * @example
 * ```ts
 * import { getLibm, setTorchVersion } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * setTorchVersion("1.13");
 * assert.equal(getLibm(), "glibc-2.36");
 * setTorchVersion("2.14");
 * ```
 */
export declare function getLibm(): Libm;
