/* @ts-self-types="./trunc_normal.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `torch.nn.init.trunc_normal_`.
 *
 * @module
 */
import { forEachIndex, isHalfTensor, layoutOf } from "../_layout.js";
import { halfTruncNormal } from "./_half_fill.js";
import { engineOf, resolveGenerator } from "../random/generator.js";
import { getCpuCapability, usesFma } from "../random/capability.js";
import { getLibm } from "../random/libm.js";
import { getTorchVersion } from "../random/torch_version.js";
import { truncNormalRejection } from "./_trunc_normal_rejection.js";
import { uniformFill, uniformForm } from "../random/_uniform.js";
import { moderateForWasm, wasmKernels } from "../random/_wasm.js";
import { parallelFill } from "../random/_worker_hook.js";
import { erf } from "../random/_libm.js";
import { erfinv32, erfinv64 } from "./_erfinv.js";
import { finite, optionsObject } from "./_validate.js";
import { warn } from "./warnings.js";
/** `(1 + math.erf(x / math.sqrt(2.))) / 2` with glibc's `erf`. */
function normCdf(x) {
    return (1 + erf(x / Math.SQRT2)) / 2;
}
/**
 * Fill `tensor` in place with values from a normal distribution truncated to
 * [a, b], bit for bit as `torch.nn.init.trunc_normal_(tensor, mean, std, a, b)`
 * in torch 1.7 – 2.11: the inverse-CDF method (uniform in
 * [2·cdf(α) − 1, 2·cdf(β) − 1), `erfinv`, scale by std·√2, add the mean,
 * clamp to [a, b]), one draw per element. `a` and `b` are absolute bounds, not
 * multiples of `std` (TensorFlow's ±2σ truncation is a different law). When
 * the mean is more than 2 std outside [a, b], torch's warning goes to the
 * warning handler ({@linkcode setWarningHandler}) and the fill proceeds.
 *
 * @param tensor The tensor to fill.
 * @param options `mean`, `std`, `a`, `b` and `generator`.
 * @returns `tensor`, filled.
 * @throws {TypeError} If the tensor or an option has the wrong type.
 * @throws {RangeError} If `std <= 0`, `a > b`, a parameter is not finite, or the tensor's data is too short.
 *
 * @example The ViT/timm call `trunc_normal_(w, std=0.02)` keeps every value in [-2, 2]
 * ```ts
 * import { empty, Generator, truncNormal } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * const w = truncNormal(empty([768]), { std: 0.02, generator: new Generator().manualSeed(1) });
 * assert.ok(w.data.every((x) => Math.abs(x) < 0.2));
 * ```
 */
export function truncNormal(tensor, options) {
    if (isHalfTensor(tensor)) {
        halfTruncNormal(tensor, options);
        return tensor;
    }
    const what = "Cannot fill tensor with truncated normal values";
    const opts = optionsObject(options, what);
    const layout = layoutOf(tensor, what);
    const mean = finite(opts.mean ?? 0, "mean", what);
    const std = finite(opts.std ?? 1, "std", what);
    const a = finite(opts.a ?? -2, "a", what);
    const b = finite(opts.b ?? 2, "b", what);
    const generator = resolveGenerator(opts.generator, what);
    if (std <= 0)
        throw new RangeError(`${what}: std must be greater than 0, received ${std}`);
    if (a > b)
        throw new RangeError(`${what}: a must not exceed b, received a=${a} > b=${b}`);
    if (mean < a - 2 * std || mean > b + 2 * std) {
        warn("mean is more than 2 std from [a, b] in nn.init.trunc_normal_. " +
            "The distribution of values may be incorrect.");
    }
    const capability = getCpuCapability();
    if (getTorchVersion() === "2.14") {
        const p = normCdf((b - mean) / std) - normCdf((a - mean) / std);
        truncNormalRejection(layout, mean, std, a, b, p, engineOf(generator), capability);
        return tensor;
    }
    if (getLibm() === "glibc-2.43") {
        // Only torch 2.14 ships with glibc 2.43 (Debian sid), and its rejection sampler above needs
        // erf only for the branch choice; the inverse CDF needs glibc 2.43's double erf throughout.
        throw new Error(`${what}: the inverse-CDF trunc_normal_ of torch ${getTorchVersion()} with glibc 2.43's ` +
            `erf (1 ulp from glibc 2.36/2.41's on about 8% of inputs) is not reproduced; ` +
            `use setLibm("glibc-2.41") or "glibc-2.36", or torch version "2.14"`);
    }
    if (parallelFill("trunc_normal", layout, [mean, std, a, b], engineOf(generator), capability)) {
        return tensor;
    }
    const l = normCdf((a - mean) / std);
    const u = normCdf((b - mean) / std);
    const fused = usesFma(capability);
    const data = layout.data;
    const float32 = layout.dtype === "float32";
    // glibc 2.41+'s erff is correctly rounded: its own WebAssembly float32 kernel.
    const crErff = getLibm() !== "glibc-2.36";
    const k = layout.contiguous && layout.numel >= 256 &&
        (float32 || (moderateForWasm(std) && moderateForWasm(mean)))
        ? wasmKernels()
        : null;
    if (k !== null && !float32) {
        // float64: the same two passes in WebAssembly, a chunk at a time.
        const form = uniformForm(2 * l - 1, 2 * u - 1, false, capability);
        const scale = std * Math.sqrt(2.0);
        const engine = engineOf(generator);
        const chunk = k.chunk / 2;
        k.load(engine.mt);
        for (let i = 0; i < layout.numel; i += chunk) {
            const count = Math.min(chunk, layout.numel - i);
            k.truncNormalF64(count, form.mode, form.range, form.lo, fused, scale, mean, a, b);
            data.set(k.out64.subarray(0, count), layout.offset + i);
        }
        k.store(engine.mt);
        return tensor;
    }
    if (k !== null) {
        // The same two passes, a chunk at a time in WebAssembly: uniforms, then
        // erfinv, scale, shift and clamp in float32.
        const f = Math.fround;
        const form = uniformForm(2 * l - 1, 2 * u - 1, true, capability);
        const scale = f(std * Math.sqrt(2.0));
        const engine = engineOf(generator);
        k.load(engine.mt);
        const kernel = crErff ? k.truncNormalF32Cr : k.truncNormalF32;
        for (let i = 0; i < layout.numel; i += k.chunk) {
            const count = Math.min(k.chunk, layout.numel - i);
            kernel(count, form.mode, form.range, form.lo, fused, scale, f(mean), f(a), f(b));
            data.set(k.out.subarray(0, count), layout.offset + i);
        }
        k.store(engine.mt);
        return tensor;
    }
    uniformFill(layout, 2 * l - 1, 2 * u - 1, engineOf(generator), capability);
    let visit;
    if (layout.dtype === "float32") {
        const f = Math.fround;
        const scale = f(std * Math.sqrt(2.0));
        const m = f(mean);
        const lo = f(a);
        const hi = f(b);
        visit = (i) => {
            const x = f(f(erfinv32(data[i], fused, crErff) * scale) + m);
            // ATen's clamp: a value is replaced only when strictly outside.
            data[i] = x < lo ? lo : hi < x ? hi : x;
        };
    }
    else {
        const scale = std * Math.sqrt(2.0);
        visit = (i) => {
            const x = erfinv64(data[i], fused) * scale + mean;
            data[i] = x < a ? a : b < x ? b : x;
        };
    }
    if (layout.contiguous) {
        for (let i = layout.offset; i < layout.offset + layout.numel; i++)
            visit(i);
    }
    else
        forEachIndex(layout, visit);
    return tensor;
}
