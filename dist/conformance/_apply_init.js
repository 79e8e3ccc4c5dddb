/* @ts-self-types="./_apply_init.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `applyInit`: a torch `torch.nn.init` call (op name and keyword arguments,
 * as the golden files and the port protocol write them) made with this
 * library's public API only (`src/mod.ts`), so the golden replay can run
 * against any build of the library, the shipped browser bundle included.
 *
 * @module
 */
import { constant, defaultGenerator, dirac, eye, kaimingNormal, kaimingUniform, normal, ones, orthogonal, sparse, truncNormal, uniform, xavierNormal, xavierUniform, zeros, } from "../src/mod.js";
const n = (args, k) => args[k];
/** Apply torch op `op` with torch keyword `args` to `t` using this library. *
 * @example
 * ```ts
 * import { applyInit } from "./_apply_init.ts";
 * import { empty } from "../src/mod.ts";
 * import assert from "node:assert/strict";
 *
 * const t = empty([2, 2]);
 * applyInit("eye_", t, {});
 * assert.deepEqual(Array.from(t.data), [1, 0, 0, 1]);
 * ```
 */
export function applyInit(op, t, args, generator = defaultGenerator) {
    switch (op) {
        case "uniform_":
            uniform(t, {
                a: n(args, "a") ?? n(args, "from"),
                b: n(args, "b") ?? n(args, "to"),
                generator,
            });
            return;
        case "normal_":
            normal(t, { mean: n(args, "mean"), std: n(args, "std"), generator });
            return;
        case "trunc_normal_":
            truncNormal(t, {
                mean: n(args, "mean"),
                std: n(args, "std"),
                a: n(args, "a"),
                b: n(args, "b"),
                generator,
            });
            return;
        case "constant_":
            constant(t, n(args, "val"));
            return;
        case "ones_":
            ones(t);
            return;
        case "zeros_":
            zeros(t);
            return;
        case "eye_":
            eye(t);
            return;
        case "dirac_":
            dirac(t, { groups: n(args, "groups") });
            return;
        case "xavier_uniform_":
            xavierUniform(t, { gain: n(args, "gain"), generator });
            return;
        case "xavier_normal_":
            xavierNormal(t, { gain: n(args, "gain"), generator });
            return;
        case "kaiming_uniform_":
        case "kaiming_normal_": {
            const o = {
                a: n(args, "a"),
                mode: args.mode,
                nonlinearity: args.nonlinearity,
                generator,
            };
            if (op === "kaiming_uniform_")
                kaimingUniform(t, o);
            else
                kaimingNormal(t, o);
            return;
        }
        case "orthogonal_":
            orthogonal(t, { gain: n(args, "gain"), generator });
            return;
        case "sparse_":
            // torch 1.13 draws everything from one (the default) generator.
            sparse(t, n(args, "sparsity"), {
                std: n(args, "std"),
                generator,
                generatorForPermutations: true,
            });
            return;
    }
    throw new TypeError(`Unknown op ${op}`);
}
