/* @ts-self-types="./self_port.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * This library as a {@linkcode Port}, so the harness grades it like any
 * other port (and so other ports are compared with it).
 *
 * @module
 */
import { buildModule } from "../src/nn/build_module.js";
import { anyLayoutOf, forEachRowMajor, halfLayoutOf } from "../src/_layout.js";
import { getTorchVersion, setTorchVersion, } from "../src/random/torch_version.js";
import { calculateFanInAndFanOut, calculateGain, defaultGenerator, empty, setCpuCapability, setWarningHandler, } from "../src/mod.js";
import { engineOf } from "../src/random/generator.js";
import { fillUint32 } from "../src/random/_mt19937.js";
import { TENSOR_OPS } from "./port.js";
import { applyInit } from "./_apply_init.js";
export { applyInit };
/** A tensor's elements in row-major order, as a new contiguous array. */
function contiguousCopy(t) {
    const what = "Cannot read state_dict entry";
    const layout = t.data instanceof Uint16Array
        ? halfLayoutOf(t, what)
        : anyLayoutOf(t, what);
    const out = new t.data.constructor(layout.numel);
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
export function selfPort(capability = "avx2", generator = defaultGenerator, torchVersion = getTorchVersion()) {
    return {
        name: `torch-parity (${capability}, torch ${torchVersion})`,
        ops: [...TENSOR_OPS, "calculate_gain", "calculate_fan_in_and_fan_out"],
        capability,
        torchVersion,
        calculateGain: (nl, param) => calculateGain(nl, param),
        calculateFanInAndFanOut: (shape) => calculateFanInAndFanOut({ shape }),
        init(request) {
            setCpuCapability(capability);
            setTorchVersion(torchVersion);
            const t = empty(request.shape, { dtype: request.dtype });
            // Warnings are not part of the port protocol.
            const previous = setWarningHandler(() => { });
            try {
                applyInit(request.op, t, request.args, generator);
            }
            finally {
                setWarningHandler(previous);
            }
            return t.data;
        },
        initHalf(request) {
            setCpuCapability(capability);
            setTorchVersion(torchVersion);
            const t = empty(request.shape, { dtype: request.dtype });
            const previous = setWarningHandler(() => { });
            try {
                applyInit(request.op, t, request.args, generator);
            }
            finally {
                setWarningHandler(previous);
            }
            return t.data;
        },
        module(request) {
            setCpuCapability(capability);
            setTorchVersion(torchVersion);
            generator.manualSeed(request.seed);
            const previous = setWarningHandler(() => { });
            try {
                const net = buildModule(request.spec, { generator });
                const stateDict = [...net.stateDict()].map(([name, t]) => {
                    const data = contiguousCopy(t);
                    const dtype = data instanceof Uint16Array
                        ? t.dtype
                        : data instanceof Float32Array
                            ? "float32"
                            : data instanceof Float64Array
                                ? "float64"
                                : "int64";
                    return { name, dtype, shape: [...t.shape], data };
                });
                return { stateDict, rngState: generator.getState() };
            }
            finally {
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
