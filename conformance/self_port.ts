// Copyright 2026 the torch-parity authors. MIT license.
/**
 * This library as a {@linkcode Port}, so the harness grades it like any
 * other port (and so other ports are compared with it).
 *
 * @module
 */

import { buildModule, type ModuleSpec } from "../src/nn/build_module.ts";
import { anyLayoutOf, forEachRowMajor, halfLayoutOf } from "../src/_layout.ts";
import {
  getTorchVersion,
  setTorchVersion,
  type TorchVersion,
} from "../src/random/torch_version.ts";
import type { HalfTensor } from "../src/tensor.ts";
import {
  calculateFanInAndFanOut,
  calculateGain,
  constant,
  type CpuCapability,
  defaultGenerator,
  dirac,
  empty,
  eye,
  type FanMode,
  type Generator,
  kaimingNormal,
  kaimingUniform,
  type Nonlinearity,
  normal,
  ones,
  orthogonal,
  setCpuCapability,
  setWarningHandler,
  sparse,
  type Tensor,
  truncNormal,
  uniform,
  xavierNormal,
  xavierUniform,
  zeros,
} from "../src/mod.ts";
import { engineOf } from "../src/random/generator.ts";
import { fillUint32 } from "../src/random/_mt19937.ts";
import {
  type InitArgs,
  type ModuleStateEntry,
  type Port,
  TENSOR_OPS,
  type TensorOp,
} from "./port.ts";

const n = (args: InitArgs, k: string) => args[k] as number | undefined;

/** Apply torch op `op` with torch keyword `args` to `t` using this library. *
 * @example
 * ```ts
 * import { applyInit } from "./self_port.ts";
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

/** A tensor's elements in row-major order, as a new contiguous array. */
function contiguousCopy(
  t: Tensor<Float32Array | Float64Array | BigInt64Array> | HalfTensor,
): Float32Array | Float64Array | BigInt64Array | Uint16Array {
  const what = "Cannot read state_dict entry";
  const layout = t.data instanceof Uint16Array
    ? halfLayoutOf(t as HalfTensor, what)
    : anyLayoutOf(t as Tensor<Float32Array | Float64Array | BigInt64Array>, what);
  const out = new (t.data.constructor as new (n: number) => typeof t.data)(layout.numel);
  forEachRowMajor(layout, (i, k) => {
    out[k] = t.data[i];
  });
  return out;
}

/**
 * This library as a port reproducing `capability` (default `"avx2"`) of torch
 * `torchVersion` (default: {@linkcode getTorchVersion}), drawing from
 * `generator` (default: the default generator, as torch's nn.init does).
 *
 * @example
 * ```ts
 * import { selfPort } from "./self_port.ts";
 * import assert from "node:assert/strict";
 *
 * const port = selfPort("avx2");
 * port.manualSeed!(0n);
 * const data = await port.init!({ op: "uniform_", shape: [2], dtype: "float32", args: {} });
 * assert.equal(data[0], Math.fround(0.49625658988952637));
 * ```
 */
export function selfPort(
  capability: CpuCapability = "avx2",
  generator: Generator = defaultGenerator,
  torchVersion: TorchVersion = getTorchVersion(),
): Port {
  return {
    name: `torch-parity (${capability}, torch ${torchVersion})`,
    ops: [...TENSOR_OPS, "calculate_gain", "calculate_fan_in_and_fan_out"],
    capability,
    torchVersion,
    calculateGain: (nl, param) => calculateGain(nl as Nonlinearity, param),
    calculateFanInAndFanOut: (shape) => calculateFanInAndFanOut({ shape }),
    init(request) {
      setCpuCapability(capability);
      setTorchVersion(torchVersion);
      const t = empty(request.shape, { dtype: request.dtype });
      // Warnings are not part of the port protocol.
      const previous = setWarningHandler(() => {});
      try {
        applyInit(request.op, t, request.args, generator);
      } finally {
        setWarningHandler(previous);
      }
      return t.data;
    },
    initHalf(request) {
      setCpuCapability(capability);
      setTorchVersion(torchVersion);
      const t = empty(request.shape, { dtype: request.dtype });
      const previous = setWarningHandler(() => {});
      try {
        applyInit(request.op, t, request.args, generator);
      } finally {
        setWarningHandler(previous);
      }
      return t.data;
    },
    module(request) {
      setCpuCapability(capability);
      setTorchVersion(torchVersion);
      generator.manualSeed(request.seed);
      const previous = setWarningHandler(() => {});
      try {
        const net = buildModule(request.spec as ModuleSpec, { generator });
        const stateDict = [...net.stateDict()].map(([name, t]) => {
          const data = contiguousCopy(t);
          const dtype: ModuleStateEntry["dtype"] = data instanceof Uint16Array
            ? (t as HalfTensor).dtype
            : data instanceof Float32Array
            ? "float32"
            : data instanceof Float64Array
            ? "float64"
            : "int64";
          return { name, dtype, shape: [...t.shape], data };
        });
        return { stateDict, rngState: generator.getState() };
      } finally {
        setWarningHandler(previous);
      }
    },
    manualSeed(seed) {
      generator.manualSeed(seed);
    },
    random32(count) {
      const out = new Uint32Array(count);
      fillUint32(engineOf(generator).mt, out, count);
      return out;
    },
  };
}
