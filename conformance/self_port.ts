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
import {
  calculateFanInAndFanOut,
  calculateGain,
  type CpuCapability,
  defaultGenerator,
  empty,
  type Generator,
  type HalfTensor,
  type Nonlinearity,
  setCpuCapability,
  setWarningHandler,
  type Tensor,
} from "../src/mod.ts";
import { engineOf } from "../src/random/generator.ts";
import { fillUint32 } from "../src/random/_mt19937.ts";
import { type ModuleStateEntry, type Port, TENSOR_OPS } from "./port.ts";
import { applyInit } from "./_apply_init.ts";

export { applyInit };

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
