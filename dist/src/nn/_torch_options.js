/* @ts-self-types="./_torch_options.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Constructor options that exist only in later torch releases (e.g. `bias` on
 * `LayerNorm`, torch 2.1+): accepted under a release that has them, refused
 * under an older one (see `setTorchVersion`), before anything is drawn.
 *
 * @module
 */
import { getTorchVersion, TORCH_VERSIONS } from "../random/torch_version.js";
import { show } from "./_options.js";
/** Whether the current torch release is `since` or later. */
export function torchAtLeast(since) {
    return TORCH_VERSIONS.indexOf(getTorchVersion()) >= TORCH_VERSIONS.indexOf(since);
}
/**
 * Refuse option `name` (given: not `undefined`) when the current torch release
 * is older than `since`; `added` says when torch introduced it (e.g.
 * `"added in torch 2.1"`).
 *
 * @throws {TypeError} Under an older release, naming the option and its value.
 */
export function sinceTorch(value, name, what, since, added) {
    if (value === undefined || torchAtLeast(since))
        return;
    const version = getTorchVersion();
    throw new TypeError(`${what}: ${name} is not an option in torch ${version} (${added}), received ${name} ${show(value)} under setTorchVersion(${JSON.stringify(version)})`);
}
