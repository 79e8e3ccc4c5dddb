// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `applyInit`: a torch `torch.nn.init` call (op name and keyword arguments,
 * as the golden files and the port protocol write them) made with this
 * library's public API only (`src/mod.ts`), so the golden replay can run
 * against any build of the library, the shipped browser bundle included.
 *
 * @module
 */

import {
  constant,
  defaultGenerator,
  dirac,
  eye,
  type FanMode,
  type Generator,
  type HalfTensor,
  kaimingNormal,
  kaimingUniform,
  type Nonlinearity,
  normal,
  ones,
  orthogonal,
  sparse,
  type Tensor,
  truncNormal,
  uniform,
  xavierNormal,
  xavierUniform,
  zeros,
} from "../src/mod.ts";
import type { InitArgs, TensorOp } from "./port.ts";

const n = (args: InitArgs, k: string) => args[k] as number | undefined;

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
export function applyInit(
  op: TensorOp,
  t: Tensor | HalfTensor,
  args: InitArgs,
  generator: Generator = defaultGenerator,
): void {
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
      constant(t, n(args, "val") as number);
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
        mode: args.mode as FanMode | undefined,
        nonlinearity: args.nonlinearity as Nonlinearity | undefined,
        generator,
      };
      if (op === "kaiming_uniform_") kaimingUniform(t, o);
      else kaimingNormal(t, o);
      return;
    }
    case "orthogonal_":
      orthogonal(t, { gain: n(args, "gain"), generator });
      return;
    case "sparse_":
      // torch 1.13 draws everything from one (the default) generator.
      sparse(t, n(args, "sparsity") as number, {
        std: n(args, "std"),
        generator,
        generatorForPermutations: true,
      });
      return;
  }
  throw new TypeError(`Unknown op ${op}`);
}
