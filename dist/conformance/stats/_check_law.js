/* @ts-self-types="./_check_law.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Private validation of {@linkcode Law} values.
 *
 * @module
 */
import { requireFinite, requireInterval, requireStd } from "./_validate.js";
/** Validates `law`, returning it. */
export function checkLaw(law, what) {
    if (typeof law !== "object" || law === null) {
        throw new TypeError(`${what}: law must be an object, received ${law}`);
    }
    switch (law.kind) {
        case "uniform":
            requireInterval(law.a, law.b, ["a", "b"], what);
            return law;
        case "normal":
            requireFinite(law.mean, "mean", what);
            requireStd(law.std, what);
            return law;
        case "truncNormal":
            requireFinite(law.mean, "mean", what);
            requireStd(law.std, what);
            requireInterval(law.a, law.b, ["a", "b"], what, true);
            return law;
        default:
            throw new TypeError(`${what}: law.kind must be "uniform", "normal" or "truncNormal", received ${law.kind}`);
    }
}
