/* @ts-self-types="./_half.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * ATen's CPU `uniform_` and `normal_` kernels on float16 and bfloat16
 * tensors, per torch release (measured against real torch 1.13.1, 2.6.0 and
 * 2.14.1 on both capabilities, see golden/gen/half_cases.py).
 *
 * `uniform_` (`uniform_kernel`, `uniform_real_distribution<scalar_t>`):
 * - torch 1.13 and 2.6: one 32-bit draw per element, of which the low
 *   `numeric_limits<T>::digits` bits (11 for float16, 8 for bfloat16) give
 *   x in [0, 1); `from`, `to` and `to - from` are rounded to the dtype; the
 *   value `x * (to - from) + from` is computed in float (fused in the
 *   AVX2/AVX-512 builds) and rounded to the dtype.
 * - torch 2.14: the float32 kernel (24 random bits, bounds and range in
 *   float), then each value rounded to the dtype; one that rounds to `to`
 *   becomes `from` (both rounded to the dtype), so the range stays half-open.
 *
 * `normal_`, contiguous with at least 16 elements (`normal_fill`):
 * - torch 1.13 and 2.6: the generic `normal_fill<scalar_t>`: every element
 *   first receives a `uniform_(0, 1)` of the dtype (above), then each block of
 *   16 is Box–Muller transformed and a size that is not a multiple of 16
 *   redraws the last 16. The arithmetic is c10's: float16 in torch 1.13 has
 *   no `std::log`/`std::cos` overloads, so `log`, `sqrt`, `cos`, `sin` and
 *   `radius * cos * std + mean` run in float and only the named `scalar_t`
 *   temporaries are rounded; bfloat16 (1.13) and both types (2.6) have
 *   reduced-float overloads, so every function result and every product or
 *   sum of two half values is rounded to the dtype.
 * - torch 2.14: each full block of 16 takes 16 float32 uniforms and the
 *   float32 block transform (AVX2 or default build); a size that is not a
 *   multiple of 16 then takes 16 fresh uniforms, transforms them and writes
 *   the last 16 positions; every value is rounded to the dtype. So only
 *   `16 * ceil(n / 16)` words are drawn (float32 draws `n + 16`).
 *
 * `normal_` otherwise (scalar path): `normal_distribution<double>` per
 * element, then `static_cast<scalar_t>` (through float), in every release.
 *
 * @module
 */
import { usesFma } from "./capability.js";
import { fillUint32 } from "./_mt19937.js";
import { fma32 } from "./_fma.js";
import { cosf, logf, sinf } from "./_libm.js";
import { normalFill, normalScalar } from "./_normal.js";
import { uniformFill } from "./_uniform.js";
import { getTorchVersion } from "./torch_version.js";
import { forEachIndex } from "../_layout.js";
import { fromBits, HALF_DIGITS, roundTo, toBits } from "../_half.js";
const f = Math.fround;
const TWO_PI = 2.0 * Math.PI;
const BLOCK = 4096;
/** A contiguous float32 layout over `data` (a scratch buffer). */
function scratchLayout(data) {
    return {
        data,
        dtype: "float32",
        shape: [data.length],
        strides: [1],
        offset: 0,
        numel: data.length,
        contiguous: true,
    };
}
/** Write `values[k]` (float32 values) to the k-th element of `layout` in ATen's order. */
function storeInOrder(layout, values) {
    const bits = toBits(layout.dtype);
    const data = layout.data;
    if (layout.contiguous) {
        const o = layout.offset;
        for (let k = 0; k < layout.numel; k++)
            data[o + k] = bits(values[k]);
        return;
    }
    let k = 0;
    forEachIndex(layout, (i) => {
        data[i] = bits(values[k++]);
    });
}
/**
 * `count` uniforms of `uniform_real_distribution<scalar_t>(0, 1)`, the dtype's
 * digits of one word each, written to `out[start..start+count)` as values.
 */
function unitHalf(engine, digits, out, start, count) {
    const words = new Uint32Array(Math.min(count, BLOCK));
    const mask = (1 << digits) - 1;
    const scale = 2 ** -digits;
    for (let i = 0; i < count; i += words.length) {
        const m = Math.min(words.length, count - i);
        fillUint32(engine.mt, words, m);
        for (let k = 0; k < m; k++)
            out[start + i + k] = (words[k] & mask) * scale;
    }
}
/** Whether the torch release computes reduced-float fills in float32 (2.14). */
function floatFills() {
    return getTorchVersion() === "2.14";
}
/** Fill `layout` as `uniform_(from, to)` on a half tensor for the current release. */
export function uniformHalfFill(layout, from, to, engine, capability) {
    const n = layout.numel;
    if (n === 0)
        return;
    const r = roundTo(layout.dtype);
    if (floatFills()) {
        const values = new Float32Array(n);
        uniformFill(scratchLayout(values), from, to, engine, capability);
        // A value that rounds up to `to` is replaced by `from` (both in the dtype).
        const hi = r(to);
        const lo = r(from);
        for (let k = 0; k < n; k++)
            if (r(values[k]) === hi)
                values[k] = lo;
        storeInOrder(layout, values);
        return;
    }
    const lo = r(from);
    const range = r(f(r(to) - lo));
    const fused = usesFma(capability);
    const values = new Float64Array(n);
    unitHalf(engine, HALF_DIGITS[layout.dtype], values, 0, n);
    if (!(lo === 0 && range === 1)) {
        for (let k = 0; k < n; k++) {
            const x = values[k];
            values[k] = fused ? fma32(x, range, lo) : f(f(x * range) + lo);
        }
    }
    storeInOrder(layout, values);
}
/** `normal_fill_16<scalar_t>` on values[i..i+16) (half values stored as numbers). */
function block16(v, i, mean, std, r, reduced, fused) {
    for (let j = 0; j < 8; j++) {
        const u1 = r(1 - v[i + j]);
        const u2 = v[i + j + 8];
        const theta = r(TWO_PI * u2);
        if (reduced) {
            // Every std:: function and every half op returns the dtype.
            const radius = r(Math.sqrt(r(-2 * r(logf(u1)))));
            const c = r(cosf(theta));
            const s = r(sinf(theta));
            v[i + j] = r(r(r(radius * c) * std) + mean);
            v[i + j + 8] = r(r(r(radius * s) * std) + mean);
        }
        else {
            // float16 in torch 1.13: float functions, only the scalar_t temporaries rounded.
            const radius = r(Math.sqrt(f(-2 * logf(u1))));
            const c = f(radius * cosf(theta));
            const s = f(radius * sinf(theta));
            v[i + j] = r(fused ? fma32(c, std, mean) : f(f(c * std) + mean));
            v[i + j + 8] = r(fused ? fma32(s, std, mean) : f(f(s * std) + mean));
        }
    }
}
/** Fill `layout` as `normal_(mean, std)` on a half tensor for the current release. */
export function normalHalfFill(layout, mean, std, engine, capability) {
    const n = layout.numel;
    if (n === 0)
        return;
    const version = getTorchVersion();
    const fused = usesFma(capability);
    if (n >= 16 && layout.contiguous) {
        if (version === "2.14") {
            const full = n - (n % 16);
            const values = new Float32Array(n);
            normalFill(scratchLayout(values.subarray(0, full)), mean, std, engine, capability);
            if (full !== n) {
                const tail = new Float32Array(16);
                normalFill(scratchLayout(tail), mean, std, engine, capability);
                values.set(tail, n - 16);
            }
            storeInOrder(layout, values);
            return;
        }
        const r = roundTo(layout.dtype);
        const reduced = layout.dtype === "bfloat16" || version !== "1.13";
        const m = r(mean);
        const s = r(std);
        const digits = HALF_DIGITS[layout.dtype];
        const values = new Float64Array(n);
        unitHalf(engine, digits, values, 0, n);
        for (let i = 0; i + 16 <= n; i += 16)
            block16(values, i, m, s, r, reduced, fused);
        if (n % 16 !== 0) {
            unitHalf(engine, digits, values, n - 16, 16);
            block16(values, n - 16, m, s, r, reduced, fused);
        }
        storeInOrder(layout, values);
        return;
    }
    const bits = toBits(layout.dtype);
    const data = layout.data;
    const log1pRadius = version !== "1.13";
    forEachIndex(layout, (i) => {
        data[i] = bits(normalScalar(engine, mean, std, fused, log1pRadius));
    });
}
/** The values of a half layout in ATen's order (for tests). */
export function halfValues(layout) {
    const value = fromBits(layout.dtype);
    const out = [];
    forEachIndex(layout, (i) => out.push(value(layout.data[i])));
    return out;
}
