/**
 * Constructor options that exist only in later torch releases (e.g. `bias` on
 * `LayerNorm`, torch 2.1+): accepted under a release that has them, refused
 * under an older one (see `setTorchVersion`), before anything is drawn.
 *
 * @module
 */
import { type TorchVersion } from "../random/torch_version.js";
/** Whether the current torch release is `since` or later. */
export declare function torchAtLeast(since: TorchVersion): boolean;
/**
 * Refuse option `name` (given: not `undefined`) when the current torch release
 * is older than `since`; `added` says when torch introduced it (e.g.
 * `"added in torch 2.1"`).
 *
 * @throws {TypeError} Under an older release, naming the option and its value.
 */
export declare function sinceTorch(value: unknown, name: string, what: string, since: TorchVersion, added: string): void;
