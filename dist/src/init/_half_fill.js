/* @ts-self-types="./_half_fill.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Every `torch.nn.init` function on float16 and bfloat16 tensors, as each
 * torch release computes it (see `src/random/_half.ts` for the kernels).
 * The public functions dispatch here when `tensor.data` is a `Uint16Array`;
 * validation follows the float path's order and messages, then torch's own
 * half-precision refusals follow, with the generator moved exactly as far as
 * torch moves it before it refuses:
 *
 * - `trunc_normal_` on float16 in torch 1.13: `uniform_` runs (draws, and
 *   writes its values into the tensor), then `erfinv_` refuses
 *   (`"erfinv_vml_cpu" not implemented for 'Half'`).
 * - `eye_` on bfloat16 in torch 1.13: `"eye" not implemented for 'BFloat16'`,
 *   nothing drawn or written.
 * - `orthogonal_` in every release: `normal_(0, 1)` on a fresh rows × cols
 *   half tensor (drawn), then LAPACK's `geqrf` refuses
 *   (`"geqrf_cpu" not implemented for 'Half'`); the tensor is untouched.
 * - `constant_` with a value beyond the dtype's largest finite value:
 *   `value cannot be converted to type at::Half without overflow`.
 *
 * @module
 */
import { halfLayoutOf } from "../_layout.js";
import { defaultGenerator, engineOf, resolveGenerator, } from "../random/generator.js";
import { getCpuCapability, usesFma } from "../random/capability.js";
import { getLibm } from "../random/libm.js";
import { getTorchVersion } from "../random/torch_version.js";
import { normalHalfFill, uniformHalfFill } from "../random/_half.js";
import { randpermPrefixes } from "../random/_randperm.js";
import { erf } from "../random/_libm.js";
import { fromBits, HALF_MAX, roundTo, toBits } from "../_half.js";
import { kaimingStd } from "./_kaiming.js";
import { xavierStd } from "./_xavier.js";
import { erfinv32 } from "./_erfinv.js";
import { finite, optionsObject, requireRank, show } from "./_validate.js";
import { warn } from "./warnings.js";
import { halfTruncNormalRejection } from "./_half_trunc_normal.js";
/** torch's name of a half dtype in its messages. */
const TORCH_NAME = { float16: "Half", bfloat16: "BFloat16" };
/** A refusal of torch's, quoted: `what: torch X refuses DTYPE: "MESSAGE"`. */
function refusal(what, dtype, message) {
    return new Error(`${what}: torch ${getTorchVersion()} refuses ${dtype} tensors (${message})`);
}
/** The shape-only view of a half layout, for the helpers that read only shape and strides. */
function shapeOnly(layout) {
    return layout;
}
/** Write the bit pattern `bits` to every element. */
function fillBits(layout, bits) {
    const data = layout.data;
    if (layout.contiguous)
        data.fill(bits, layout.offset, layout.offset + layout.numel);
    else
        forEachElement(layout, (i) => (data[i] = bits));
}
function at(layout, indices) {
    let p = layout.offset;
    for (let d = 0; d < indices.length; d++)
        p += indices[d] * layout.strides[d];
    return p;
}
function checkBound(x, name, dtype, what) {
    if (Math.abs(x) > HALF_MAX[dtype]) {
        throw new RangeError(`${what}: ${name} is out of bounds for ${dtype}, received ${x}`);
    }
}
/** `uniform_(a, b)` on a half tensor. */
export function halfUniform(tensor, options) {
    const what = "Cannot fill tensor with uniform values";
    const opts = optionsObject(options, what);
    const layout = halfLayoutOf(tensor, what);
    const a = finite(opts.a ?? 0, "a", what);
    const b = finite(opts.b ?? 1, "b", what);
    const generator = resolveGenerator(opts.generator, what);
    checkBound(a, "a", layout.dtype, what);
    checkBound(b, "b", layout.dtype, what);
    if (a > b)
        throw new RangeError(`${what}: a must not exceed b, received a=${a} > b=${b}`);
    if (b - a > HALF_MAX[layout.dtype]) {
        throw new RangeError(`${what}: b - a must not exceed the largest ${layout.dtype}, received b - a = ${b - a}`);
    }
    uniformHalfFill(layout, a, b, engineOf(generator), getCpuCapability());
}
/** `normal_(mean, std)` on a half tensor. */
export function halfNormal(tensor, options) {
    const what = "Cannot fill tensor with normal values";
    const opts = optionsObject(options, what);
    const layout = halfLayoutOf(tensor, what);
    const mean = finite(opts.mean ?? 0, "mean", what);
    const std = finite(opts.std ?? 1, "std", what);
    const generator = resolveGenerator(opts.generator, what);
    if (std < 0)
        throw new RangeError(`${what}: std must be at least 0, received ${std}`);
    normalHalfFill(layout, mean, std, engineOf(generator), getCpuCapability());
}
function normCdf(x) {
    return (1 + erf(x / Math.SQRT2)) / 2;
}
/** `trunc_normal_(mean, std, a, b)` on a half tensor. */
export function halfTruncNormal(tensor, options) {
    const what = "Cannot fill tensor with truncated normal values";
    const opts = optionsObject(options, what);
    const layout = halfLayoutOf(tensor, what);
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
    const engine = engineOf(generator);
    const version = getTorchVersion();
    const dtype = layout.dtype;
    if (version === "2.14") {
        const p = normCdf((b - mean) / std) - normCdf((a - mean) / std);
        halfTruncNormalRejection(layout, mean, std, a, b, p, engine, capability);
        return;
    }
    const l = normCdf((a - mean) / std);
    const u = normCdf((b - mean) / std);
    // tensor.uniform_(2l - 1, 2u - 1)
    uniformHalfFill(layout, 2 * l - 1, 2 * u - 1, engine, capability);
    if (version === "1.13" && dtype === "float16") {
        throw refusal(what, dtype, `"erfinv_vml_cpu" not implemented for 'Half'`);
    }
    // erfinv_ in float, then mul_(std * sqrt(2.)), add_(mean), clamp_(a, b), each rounded to
    // the dtype. torch 1.13 rounds the multiplier to the dtype, torch 2.x keeps it in float;
    // the added mean and the clamp bounds are rounded to the dtype in both.
    const r = roundTo(dtype);
    const value = fromBits(dtype);
    const bits = toBits(dtype);
    const f = Math.fround;
    const fused = usesFma(capability);
    const crErff = getLibm() !== "glibc-2.36";
    const scale = version === "1.13" ? r(std * Math.sqrt(2.0)) : f(std * Math.sqrt(2.0));
    const m = r(mean);
    const lo = r(a);
    const hi = r(b);
    const data = layout.data;
    const visit = (i) => {
        let x = r(erfinv32(value(data[i]), fused, crErff));
        x = r(x * scale);
        x = r(x + m);
        data[i] = bits(x < lo ? lo : hi < x ? hi : x);
    };
    if (layout.contiguous) {
        for (let i = layout.offset; i < layout.offset + layout.numel; i++)
            visit(i);
    }
    else
        forEachElement(layout, visit);
}
function forEachElement(layout, visit) {
    const shape = layout.shape;
    const idx = new Array(shape.length).fill(0);
    for (let k = 0; k < layout.numel; k++) {
        visit(at(layout, idx));
        for (let d = shape.length - 1; d >= 0; d--) {
            if (++idx[d] < shape[d])
                break;
            idx[d] = 0;
        }
    }
}
/** `constant_(val)` on a half tensor. */
export function halfConstant(tensor, val) {
    const what = "Cannot fill tensor with a constant";
    const layout = halfLayoutOf(tensor, what);
    const v = finite(val, "val", what);
    if (Math.abs(v) > HALF_MAX[layout.dtype]) {
        const prefix = getTorchVersion() === "2.14" ? "c10" : "at";
        throw new RangeError(`${what}: val is out of bounds for ${layout.dtype}, received ${v} (torch: value cannot be converted to type ${prefix}::${TORCH_NAME[layout.dtype]} without overflow)`);
    }
    fillBits(layout, toBits(layout.dtype)(v));
}
/** `ones_` / `zeros_` on a half tensor. */
export function halfFillValue(tensor, value, what) {
    const layout = halfLayoutOf(tensor, what);
    fillBits(layout, toBits(layout.dtype)(value));
}
/** `eye_` on a half tensor. */
export function halfEye(tensor) {
    const what = "Cannot fill tensor with the identity";
    const layout = halfLayoutOf(tensor, what);
    requireRank(shapeOnly(layout), [2], what, "exactly 2 dimensions");
    if (getTorchVersion() === "1.13" && layout.dtype === "bfloat16") {
        throw refusal(what, layout.dtype, `"eye" not implemented for 'BFloat16'`);
    }
    fillBits(layout, 0);
    const one = toBits(layout.dtype)(1);
    const n = Math.min(layout.shape[0], layout.shape[1]);
    for (let i = 0; i < n; i++)
        layout.data[at(layout, [i, i])] = one;
}
/** `dirac_(groups)` on a half tensor. */
export function halfDirac(tensor, options) {
    const what = "Cannot fill tensor with the Dirac delta";
    const opts = optionsObject(options, what);
    const layout = halfLayoutOf(tensor, what);
    const groups = opts.groups ?? 1;
    if (typeof groups !== "number") {
        throw new TypeError(`${what}: groups must be a number, received ${show(groups)}`);
    }
    if (!Number.isInteger(groups) || groups < 1) {
        throw new RangeError(`${what}: groups must be a positive integer, received ${groups}`);
    }
    requireRank(shapeOnly(layout), [3, 4, 5], what, "3, 4 or 5 dimensions");
    const shape = layout.shape;
    if (shape[0] % groups !== 0) {
        throw new RangeError(`${what}: dim 0 must be divisible by groups, received size ${shape[0]} and groups ${groups}`);
    }
    fillBits(layout, 0);
    if (layout.numel === 0)
        return;
    const one = toBits(layout.dtype)(1);
    const perGroup = shape[0] / groups;
    const k = Math.min(perGroup, shape[1]);
    const centre = shape.slice(2).map((s) => Math.floor(s / 2));
    for (let g = 0; g < groups; g++) {
        for (let d = 0; d < k; d++)
            layout.data[at(layout, [g * perGroup + d, d, ...centre])] = one;
    }
}
/** `xavier_uniform_` / `xavier_normal_` on a half tensor. */
export function halfXavier(tensor, options, normal) {
    const what = normal
        ? "Cannot fill tensor with Xavier normal values"
        : "Cannot fill tensor with Xavier uniform values";
    const opts = optionsObject(options, what);
    const layout = halfLayoutOf(tensor, what);
    const std = xavierStd(layout.shape, opts.gain, what);
    const generator = resolveGenerator(opts.generator, what);
    const engine = engineOf(generator);
    if (normal)
        normalHalfFill(layout, 0, std, engine, getCpuCapability());
    else {
        const a = Math.sqrt(3.0) * std;
        uniformHalfFill(layout, -a, a, engine, getCpuCapability());
    }
}
/** `kaiming_uniform_` / `kaiming_normal_` on a half tensor. */
export function halfKaiming(tensor, options, normal) {
    const what = normal
        ? "Cannot fill tensor with Kaiming normal values"
        : "Cannot fill tensor with Kaiming uniform values";
    const opts = optionsObject(options, what);
    const layout = halfLayoutOf(tensor, what);
    const generator = resolveGenerator(opts.generator, what);
    const std = kaimingStd(shapeOnly(layout), opts, what);
    if (std === null)
        return;
    const engine = engineOf(generator);
    if (normal)
        normalHalfFill(layout, 0, std, engine, getCpuCapability());
    else {
        const bound = Math.sqrt(3.0) * std;
        uniformHalfFill(layout, -bound, bound, engine, getCpuCapability());
    }
}
/** `orthogonal_(gain)` on a half tensor: the draws, then LAPACK's refusal. */
export function halfOrthogonal(tensor, options) {
    const what = "Cannot fill tensor with an orthogonal matrix";
    const opts = optionsObject(options, what);
    const layout = halfLayoutOf(tensor, what);
    finite(opts.gain ?? 1, "gain", what);
    const generator = resolveGenerator(opts.generator, what);
    if (layout.shape.length < 2) {
        throw new TypeError(`${what}: tensor must have at least 2 dimensions, received ${layout.shape.length}`);
    }
    if (layout.numel === 0)
        return;
    const rows = layout.shape[0];
    const cols = layout.numel / rows;
    const flat = halfLayoutOf({ data: new Uint16Array(layout.numel), dtype: layout.dtype, shape: [rows, cols] }, what);
    normalHalfFill(flat, 0, 1, engineOf(generator), getCpuCapability());
    throw refusal(what, layout.dtype, `"geqrf_cpu" not implemented for '${TORCH_NAME[layout.dtype]}'`);
}
/** `sparse_(sparsity, std)` on a half tensor. */
export function halfSparse(tensor, sparsity, options) {
    const what = "Cannot fill tensor with sparse values";
    const opts = optionsObject(options, what);
    const layout = halfLayoutOf(tensor, what);
    const s = finite(sparsity, "sparsity", what);
    const std = finite(opts.std ?? 0.01, "std", what);
    const generator = resolveGenerator(opts.generator, what);
    const ownPerms = opts.generatorForPermutations ?? false;
    if (typeof ownPerms !== "boolean") {
        throw new TypeError(`${what}: generatorForPermutations must be a boolean, received ${typeof ownPerms}`);
    }
    requireRank(shapeOnly(layout), [2], what, "exactly 2 dimensions");
    if (s < 0 || s > 1)
        throw new RangeError(`${what}: sparsity must be in [0, 1], received ${s}`);
    if (std < 0)
        throw new RangeError(`${what}: std must be at least 0, received ${std}`);
    const [rows, cols] = layout.shape;
    const numZeros = Math.ceil(s * rows);
    normalHalfFill(layout, 0, std, engineOf(generator), getCpuCapability());
    const permEngine = engineOf(ownPerms ? generator : defaultGenerator);
    // Only the first numZeros entries of each column's randperm(rows) are used.
    const { data, offset, strides } = layout;
    const [rowStride, colStride] = strides;
    randpermPrefixes(rows, numZeros, cols, permEngine, (perm, c) => {
        const base = offset + c * colStride;
        for (let k = 0; k < numZeros; k++)
            data[base + perm[k] * rowStride] = 0;
    });
}
