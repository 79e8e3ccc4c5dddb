/**
 * Private validation of {@linkcode Law} values.
 *
 * @module
 */
import type { Law } from "./law_types.js";
/** Validates `law`, returning it. */
export declare function checkLaw(law: Law, what: string): Law;
