// Copyright 2026 the torch-parity authors. MIT license.
/**
 * TensorFlow.js's initializers (`npm:@tensorflow/tfjs@4.22.0`, CPU backend)
 * presented as a {@linkcode Port}, so the conformance harness can measure how
 * far TF.js is from PyTorch. The adapter translates each torch call into the
 * TF.js call that denotes the same thing and adds no corrections of its own:
 * every difference the harness finds is TF.js's.
 *
 * ## Mapping rules
 *
 * **Layout.** A torch weight is `[out, in, ...kernel]`; Keras/TF.js compute
 * fans channels-last (`[in, out]` for 2-D, `[...kernel, in, out]` for conv).
 * For a torch request of shape `S` the adapter asks TF.js for the same layer,
 * `[...S[2..], S[1], S[0]]` (see {@linkcode tfjsShape}), and transposes the
 * result back into torch's row-major `[out, in, ...kernel]`. Fans therefore
 * agree in meaning. Shapes of rank 0 and 1 are passed unchanged. TF.js's fan
 * rule differs from torch's for rank 1 and rank > 5 (it uses √numel for both
 * fans instead of refusing or using `S[1]·receptive`, `S[0]·receptive`), and
 * divides by `max(1, fan)` where torch divides by `fan`.
 *
 * **Ops.**
 * - `uniform_(a=0, b=1)` → `randomUniform({minval: a, maxval: b})`. TF.js
 *   reads `args.minval || -0.05` and `args.maxval || 0.05`, so `a = 0` (torch's
 *   default) becomes -0.05 and `b = 0` becomes 0.05.
 * - `normal_(mean=0, std=1)` → `randomNormal({mean, stddev: std})` (Marsaglia
 *   polar). `std = 0` becomes 0.05 by the same `||`.
 * - `trunc_normal_(mean=0, std=1, a=-2, b=2)` → `truncatedNormal({mean,
 *   stddev: std})`. TF.js always truncates at `mean ± 2·std` by rejection and
 *   has no absolute `[a, b]`: `a` and `b` are ignored. With torch's defaults
 *   the two laws coincide; otherwise they differ.
 * - `constant_(val)` → `constant({value: val})`; `ones_` → `ones()`;
 *   `zeros_` → `zeros()`.
 * - `eye_` → `identity({gain: 1})`. TF.js supports square 2-D shapes only:
 *   a 2-D non-square shape (which torch accepts) is refused as
 *   `NotImplemented`, any other rank (which torch refuses too) as
 *   `ValueError`.
 * - `xavier_uniform_(gain=1)` / `xavier_normal_(gain=1)` → `glorotUniform()`
 *   / `glorotNormal()`; for `gain ≠ 1`, `varianceScaling({scale: gain², mode:
 *   "fanAvg", distribution})`. TF.js's `"normal"` distribution is a normal
 *   TRUNCATED at ±2σ without rescaling, so its standard deviation is about
 *   0.88 of the requested one.
 * - `kaiming_uniform_` / `kaiming_normal_(a=0, mode="fan_in",
 *   nonlinearity="leaky_relu")` → `varianceScaling({scale: gain², mode:
 *   "fanIn" | "fanOut", distribution: "uniform" | "normal"})` with `gain =
 *   calculate_gain(nonlinearity, a)` computed by this library (TF.js has no
 *   such function; torch's default `a = 0` gives √2). An unknown nonlinearity
 *   is therefore refused by this library's `calculateGain`; a mode other than
 *   `fan_in`/`fan_out` is passed through unchanged for TF.js to judge. The
 *   `"normal"` case is truncated as above.
 * - `orthogonal_(gain=1)` → `orthogonal({gain})`. TF.js flattens its shape to
 *   `[prod(shape[:-1]), shape[-1]]`, which for `[...kernel, in, out]` is the
 *   transpose of torch's `[out, in·kernel]` flattening up to the order of the
 *   `in·kernel` index; orthogonality (`W Wᵀ = gain² I` or `Wᵀ W = gain² I`)
 *   survives that permutation. TF.js warns on the console for every matrix
 *   of more than `ELEMENTS_WARN_SLOW = 2000` elements, and its QR runs in
 *   float32 with tensor ops, which is slow for large matrices.
 * - `dirac_` and `sparse_`: TF.js has no equivalent; they are not in `ops`
 *   and are refused as `NotImplemented`.
 *
 * **Formulas.** TF.js has no public `calculate_gain`, and its fan rule
 * (`computeFans` in tfjs-layers `initializers.ts`) is module-private: neither
 * `tf.initializers` nor the package exports it. Both formula ops are omitted
 * rather than imitated.
 *
 * **dtype.** TF.js has no float64 tensors. float64 requests are refused as
 * `NotImplemented` instead of widening float32 values, which would pass
 * distribution checks while hiding that the values have float32 resolution.
 *
 * **Seeding.** TF.js initializers take a numeric `seed` (seedrandom's alea).
 * {@linkcode Port.manualSeed} stores the seed; the k-th `init` call after it
 * (counting every call, refused or not) passes a seed derived from (seed, k)
 * by splitmix64, never 0 (TF.js treats a normal's seed 0 as "unseeded").
 * Reruns therefore repeat, but TF.js cannot reproduce torch's MT19937
 * streams: the port sets no `capability` and has no `random32`. Without
 * `options.seed` and before `manualSeed`, TF.js seeds itself from
 * `Math.random()`.
 *
 * **Modules (level 5).** {@linkcode Port.module} maps torch's `Linear`,
 * `Conv2d`, `Embedding`, single-layer `LSTM`, `LayerNorm` and `Sequential`
 * of those (plus stateless activations, `Flatten`, `Dropout`) to Keras'
 * `dense`, `conv2d`, `embedding`, `lstm` and `layerNormalization`, built with
 * Keras' default initializers, each seeded from (request seed, k) as above,
 * and returns their weights under torch's names and layouts (see
 * `_tfjs_module.ts`). It refuses (`NotImplemented`) what Keras cannot express:
 * float64, `MultiheadAttention` (tfjs 4.22.0 exports none), groups, padding
 * modes, `padding_idx`, stacked, bidirectional or projected LSTMs, re-init
 * steps, every other module type.
 *
 * **Validation** is TF.js's: it accepts several calls torch refuses (fan-based
 * ops on rank-1 shapes, `uniform_` with `a > b`, `normal_` with `std < 0`),
 * and the adapter does not add torch's checks.
 *
 * **Console.** TF.js prints a one-time "running TensorFlow.js in Node.js"
 * banner on its first tensor write, and orthogonal's slowness warning; the
 * adapter leaves both alone.
 *
 * Every tensor is created and disposed inside `tf.tidy`.
 *
 * @module
 */

import * as tf from "npm:@tensorflow/tfjs@4.22.0";
import { calculateGain, type Nonlinearity } from "../../src/mod.ts";
import { PortRefusal } from "../process_port.ts";
import type {
  InitArgs,
  InitRequest,
  ModuleRequest,
  ModuleResult,
  Port,
  PortOp,
  TensorOp,
} from "../port.ts";
import { tfjsModule } from "./_tfjs_module.ts";
import { TENSOR_OPS } from "../port.ts";

/** The TF.js version the adapter is pinned to. */
export const TFJS_VERSION = "4.22.0";

/** The torch ops TF.js has an equivalent for (no `dirac_`, `sparse_`, formulas). */
const OPS: readonly PortOp[] = TENSOR_OPS.filter((op) => op !== "dirac_" && op !== "sparse_");

type Initializer = ReturnType<typeof tf.initializers.ones>;

/**
 * The TF.js shape that denotes the same layer as the torch shape `shape`:
 * torch's `[out, in, ...kernel]` becomes channels-last `[...kernel, in, out]`
 * (so `[out, in]` becomes `[in, out]`). Shapes of rank 0 and 1 are unchanged.
 *
 * @param shape A torch weight shape.
 * @returns The channels-last shape TF.js's initializers expect.
 *
 * @example
 * ```ts
 * import { tfjsShape } from "./tfjs_port.ts";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(tfjsShape([64, 32]), [32, 64]);
 * assert.deepEqual(tfjsShape([16, 3, 5, 7]), [5, 7, 3, 16]);
 * ```
 */
export function tfjsShape(shape: readonly number[]): number[] {
  if (shape.length < 2) return [...shape];
  return [...shape.slice(2), shape[1], shape[0]];
}

/** The permutation taking a `[...kernel, in, out]` tensor to `[out, in, ...kernel]`. */
function toTorchPermutation(rank: number): number[] {
  if (rank < 2) return [...Array(rank).keys()];
  const k = rank - 2;
  return [k + 1, k, ...Array(k).keys()];
}

/** splitmix64 of (seed, counter), as a 32-bit seed in [1, 2³² − 1]. */
function deriveSeed(seed: bigint, counter: number): number {
  let z = BigInt.asUintN(64, seed + BigInt(counter + 1) * 0x9e3779b97f4a7c15n);
  z = BigInt.asUintN(64, (z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n);
  z = BigInt.asUintN(64, (z ^ (z >> 27n)) * 0x94d049bb133111ebn);
  z ^= z >> 31n;
  return Number(z >> 32n) || 1;
}

const num = (args: InitArgs, key: string, fallback: number): number =>
  (args[key] ?? fallback) as number;

/** torch's fan mode name → TF.js's; anything else is passed through for TF.js to judge. */
function fanMode(mode: unknown): "fanIn" | "fanOut" {
  if (mode === undefined || mode === null || mode === "fan_in") return "fanIn";
  if (mode === "fan_out") return "fanOut";
  return mode as "fanIn";
}

/** The TF.js initializer for torch op `op` with torch keyword `args`. */
function initializerFor(
  op: TensorOp,
  shape: readonly number[],
  args: InitArgs,
  seed: number | undefined,
): Initializer {
  const init = tf.initializers;
  switch (op) {
    case "uniform_":
      return init.randomUniform({
        minval: (args.a ?? args.from ?? 0) as number,
        maxval: (args.b ?? args.to ?? 1) as number,
        seed,
      });
    case "normal_":
      return init.randomNormal({ mean: num(args, "mean", 0), stddev: num(args, "std", 1), seed });
    case "trunc_normal_":
      // torch's absolute bounds a, b have no TF.js counterpart (TF.js cuts at mean ± 2·std).
      return init.truncatedNormal({
        mean: num(args, "mean", 0),
        stddev: num(args, "std", 1),
        seed,
      });
    case "constant_":
      return init.constant({ value: args.val as number });
    case "ones_":
      return init.ones();
    case "zeros_":
      return init.zeros();
    case "eye_": {
      const message = `TF.js identity supports square 2-D shapes only, received shape [${shape}]`;
      if (shape.length !== 2) throw new PortRefusal("ValueError", message);
      if (shape[0] !== shape[1]) throw new PortRefusal("NotImplemented", message);
      return init.identity({ gain: 1 });
    }
    case "xavier_uniform_":
    case "xavier_normal_": {
      const gain = num(args, "gain", 1);
      const distribution = op === "xavier_uniform_" ? "uniform" : "normal";
      if (gain === 1) {
        return distribution === "uniform"
          ? init.glorotUniform({ seed })
          : init.glorotNormal({ seed });
      }
      return init.varianceScaling({ scale: gain * gain, mode: "fanAvg", distribution, seed });
    }
    case "kaiming_uniform_":
    case "kaiming_normal_": {
      const gain = calculateGain(
        (args.nonlinearity ?? "leaky_relu") as Nonlinearity,
        num(args, "a", 0),
      );
      return init.varianceScaling({
        scale: gain * gain,
        mode: fanMode(args.mode),
        distribution: op === "kaiming_uniform_" ? "uniform" : "normal",
        seed,
      });
    }
    case "orthogonal_":
      return init.orthogonal({ gain: num(args, "gain", 1), seed });
    case "dirac_":
    case "sparse_":
      throw new PortRefusal("NotImplemented", `TF.js has no equivalent of ${op}`);
  }
  throw new PortRefusal("NotImplemented", `Unknown op ${JSON.stringify(op)}`);
}

/** Options for {@linkcode tfjsPort}. */
export interface TfjsPortOptions {
  /** Seed as if `manualSeed(seed)` had been called first. Default: unseeded (`Math.random`). */
  seed?: number;
}

/**
 * TensorFlow.js's initializers as a conformance {@linkcode Port}, following
 * the mapping rules of this module's documentation: torch shapes are mapped
 * to the same layer in TF.js's channels-last layout and results transposed
 * back to torch's row-major `[out, in, ...kernel]`; `dirac_`, `sparse_`,
 * `calculate_gain` and `calculate_fan_in_and_fan_out` are not offered;
 * float64 is refused; seeding is deterministic but no torch stream is
 * claimed (no `capability`, no `random32`). Switches TF.js to its CPU backend.
 *
 * @param options `seed`: an integer to seed with, as `manualSeed(BigInt(seed))`.
 * @returns The port.
 * @throws {RangeError} If `seed` is not a safe integer.
 *
 * @example
 * ```ts
 * import { tfjsPort } from "./tfjs_port.ts";
 * import assert from "node:assert/strict";
 *
 * const port = await tfjsPort({ seed: 1 });
 * const w = await port.init!({
 *   op: "kaiming_uniform_",
 *   shape: [8, 100],
 *   dtype: "float32",
 *   args: {},
 * });
 * assert.equal(w.length, 800);
 * assert.ok(w.every((x) => Math.abs(x) <= Math.sqrt(6 / 100) * (1 + 1e-6)));
 * ```
 */
export async function tfjsPort(options?: TfjsPortOptions): Promise<Port> {
  const initial = options?.seed;
  if (initial !== undefined && !Number.isSafeInteger(initial)) {
    throw new RangeError(
      `Cannot create TF.js port: seed must be a safe integer, received ${initial}`,
    );
  }
  if (!(await tf.setBackend("cpu"))) {
    throw new Error("Cannot create TF.js port: the TF.js CPU backend failed to initialize");
  }
  await tf.ready();
  let seed: bigint | undefined = initial === undefined ? undefined : BigInt(initial);
  let calls = 0;

  return {
    name: `TensorFlow.js ${TFJS_VERSION} (cpu)`,
    ops: OPS,
    init(request: InitRequest): Float32Array {
      const { op, shape, dtype, args } = request;
      const callSeed = seed === undefined ? undefined : deriveSeed(seed, calls++);
      if (dtype !== "float32") {
        throw new PortRefusal(
          "NotImplemented",
          `TF.js has no float64 tensors: dtype must be float32, received ${dtype}`,
        );
      }
      const initializer = initializerFor(op, shape, args, callSeed);
      return tf.tidy(() => {
        const made = initializer.apply(tfjsShape(shape), "float32");
        const torchLayout = shape.length < 2
          ? made
          : tf.transpose(made, toTorchPermutation(shape.length));
        return (torchLayout.dataSync() as Float32Array).slice();
      });
    },
    module(request: ModuleRequest): ModuleResult {
      // Keras' default initializers, each seeded from (request.seed, k) for the k-th one built.
      let k = 0;
      return tfjsModule(request.spec, () => deriveSeed(request.seed, k++));
    },
    manualSeed(s: bigint): void {
      seed = s;
      calls = 0;
    },
  };
}

/** The CLI's entry point: `cli.ts --port conformance/adapters/tfjs_port.ts`. */
export default tfjsPort;
