/* @ts-self-types="./_normal.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Mirror of ATen's CPU `normal_` kernel (`normal_kernel` in
 * `aten/src/ATen/native/cpu/DistributionTemplates.h`, torch 1.13).
 *
 * Path selection:
 * - contiguous with at least 16 elements: the *fill* path. Every element first
 *   receives a uniform in [0, 1); each full block of 16 is then turned into 16
 *   normals by Box–Muller (first 8 uniforms give the radius, last 8 the angle);
 *   if the size is not a multiple of 16, 16 fresh uniforms overwrite the last
 *   16 positions and are transformed again. float32 uses the AVX2 block
 *   transform (`log256_ps`/`sincos256_ps`) in the AVX2/AVX-512 builds and
 *   libm's `logf`/`cosf`/`sinf` in the default build; float64 uses libm's
 *   `log`/`cos`/`sin` in double.
 * - otherwise: the *scalar* path. Each element, in TensorIterator order, draws a
 *   double normal with `normal_distribution<double>`, which keeps the second
 *   Box–Muller sample cached in the generator across calls.
 *
 * @module
 */
import { usesFma } from "./capability.js";
import { getTorchVersion } from "./torch_version.js";
import { fillUint32 } from "./_mt19937.js";
import { fillUnit } from "./_uniform.js";
import { moderateForWasm, wasmKernels } from "./_wasm.js";
import { fma32, fma64 } from "./_fma.js";
import { parallelFill } from "./_worker_hook.js";
import { cos, cosf, log, log1p, logf, sin, sinf } from "./_libm.js";
import { forEachIndex } from "../_layout.js";
const TWO_M53 = 2 ** -53;
const TWO_32 = 2 ** 32;
/** `2.0 * c10::pi<double>` */
const TWO_PI = 2.0 * Math.PI;
/** `_mm256_set1_ps(2.0f * c10::pi<double>)`: 2π rounded to float32. */
const TWO_PI_F = Math.fround(2.0 * Math.PI);
const pair = new Uint32Array(2);
/** One 53-bit uniform in [0, 1) from two 32-bit draws (high word first). */
function uniform53(engine) {
    fillUint32(engine.mt, pair, 2);
    return ((pair[0] & 0x1fffff) * TWO_32 + pair[1]) * TWO_M53;
}
/**
 * One sample of `at::normal_distribution<double>(mean, std)` on `engine`:
 * the cached sine sample if there is one, else a fresh Box–Muller pair whose
 * radius is `sqrt(-2 log(1 - u2))` (torch 1.13) or `sqrt(-2 log1p(-u2))`
 * (torch 2.x, `log1p` true).
 */
export function normalScalar(engine, mean, std, fused, log1pRadius = false) {
    let ret;
    if (engine.normalValid) {
        engine.normalValid = false;
        ret = engine.normalY;
    }
    else {
        const u1 = uniform53(engine);
        const u2 = uniform53(engine);
        const r = Math.sqrt(-2.0 * (log1pRadius ? log1p(-u2) : log(1.0 - u2)));
        const theta = TWO_PI * u1;
        engine.normalY = r * sin(theta);
        engine.normalValid = true;
        ret = r * cos(theta);
    }
    return fused ? fma64(ret, std, mean) : ret * std + mean;
}
// --- float32 AVX2 block transform (avx_mathfun.h, as GCC 12 compiles it) ----
const f = Math.fround;
const SQRTHF = f(0.707106781186547524);
const LOG_P = [
    7.0376836292e-2,
    -1.1514610310e-1,
    1.1676998740e-1,
    -1.2420140846e-1,
    1.4249322787e-1,
    -1.6668057665e-1,
    2.0000714765e-1,
    -2.4999993993e-1,
    3.3333331174e-1,
].map(f);
const LOG_Q1 = f(-2.12194440e-4);
const LOG_Q2 = f(0.693359375);
const FOPI = f(1.27323954473516);
const DP1 = f(-0.78515625);
const DP2 = f(-2.4187564849853515625e-4);
const DP3 = f(-3.77489497744594108e-8);
const COS_C0 = f(2.443315711809948e-5);
const COS_C1 = f(-1.388731625493765e-3);
const COS_C2 = f(4.166664568298827e-2);
const SIN_S0 = f(-1.9515295891e-4);
const SIN_S1 = f(8.3321608736e-3);
const SIN_S2 = f(-1.6666654611e-1);
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
/** `log256_ps` for one positive normal float32 lane. */
function log256(x) {
    f32[0] = x;
    const bits = u32[0];
    const e = (bits >>> 23) - 127;
    u32[0] = (bits & ~0x7f800000) | 0x3f000000;
    const m = f32[0];
    let E = f(e + 1);
    let t;
    if (m < SQRTHF) {
        E = f(E - 1);
        t = f(f(m - 1) + m);
    }
    else {
        t = f(m - 1);
    }
    const z = f(t * t);
    let y = LOG_P[0];
    for (let k = 1; k < 9; k++)
        y = fma32(y, t, LOG_P[k]);
    y = f(y * t);
    y = fma32(y, z, f(E * LOG_Q1));
    y = f(y - f(z * 0.5));
    return fma32(E, LOG_Q2, f(t + y));
}
let sinOut = 0;
let cosOut = 0;
/** `sincos256_ps` for one lane with x >= 0; results in sinOut/cosOut. */
function sincos256(x0) {
    const negative = x0 < 0 || Object.is(x0, -0);
    let x = Math.abs(x0);
    let j = Math.trunc(f(x * FOPI));
    j = (j + 1) & ~1;
    const y = j;
    const swapSin = (j & 4) !== 0;
    const polySin = (j & 2) === 0;
    const negCos = ((j - 2) & 4) === 0;
    x = fma32(y, DP1, x);
    x = fma32(y, DP2, x);
    x = fma32(y, DP3, x);
    const z = f(x * x);
    let yc = fma32(COS_C0, z, COS_C1);
    yc = fma32(yc, z, COS_C2);
    yc = f(yc * z);
    yc = fma32(yc, z, -f(z * 0.5));
    yc = f(yc + 1);
    let ys = fma32(SIN_S0, z, SIN_S1);
    ys = fma32(ys, z, SIN_S2);
    ys = f(ys * z);
    ys = fma32(ys, x, x);
    // Selection by masking then adding zero, as the intrinsics do.
    let s;
    let c;
    if (polySin) {
        s = 0 + ys;
        c = yc + 0;
    }
    else {
        s = yc + 0;
        c = 0 + ys;
    }
    sinOut = negative !== swapSin ? -s : s;
    cosOut = negCos ? -c : c;
}
/** `normal_fill_16_AVX2`: transform data[i..i+16) in place. */
function block16Avx2(data, i, mean, std) {
    for (let j = 0; j < 8; j++) {
        const u1 = f(1 - data[i + j]);
        const u2 = data[i + j + 8];
        const radius = f(Math.sqrt(f(-2 * log256(u1))));
        const theta = f(TWO_PI_F * u2);
        sincos256(theta);
        data[i + j] = fma32(f(radius * cosOut), std, mean);
        data[i + j + 8] = fma32(f(radius * sinOut), std, mean);
    }
}
/**
 * `normal_fill_16<float>` in the default build (libm float functions): no FMA
 * before torch 2.14, `std::fma(radius * cos, std, mean)` from 2.14 on
 * (`fused`).
 */
function block16ScalarF32(data, i, mean, std, fused) {
    for (let j = 0; j < 8; j++) {
        const u1 = f(1 - data[i + j]);
        const u2 = data[i + j + 8];
        const radius = f(Math.sqrt(f(-2 * logf(u1))));
        const theta = f(TWO_PI * u2);
        const c = f(radius * cosf(theta));
        const s = f(radius * sinf(theta));
        data[i + j] = fused ? fma32(c, std, mean) : f(f(c * std) + mean);
        data[i + j + 8] = fused ? fma32(s, std, mean) : f(f(s * std) + mean);
    }
}
function block16ScalarF64(data, i, mean, std, fused) {
    for (let j = 0; j < 8; j++) {
        const u1 = 1 - data[i + j];
        const u2 = data[i + j + 8];
        const radius = Math.sqrt(-2 * log(u1));
        const theta = TWO_PI * u2;
        const c = radius * cos(theta);
        const s = radius * sin(theta);
        data[i + j] = fused ? fma64(c, std, mean) : c * std + mean;
        data[i + j + 8] = fused ? fma64(s, std, mean) : s * std + mean;
    }
}
/**
 * The float32 fill path with the WebAssembly kernels: `fill16` is the AVX2
 * block transform or the default build's.
 */
function normalWasm(k, fill16, data, o, n, mean, std, engine) {
    const full = n - (n % 16);
    k.load(engine.mt);
    // Blocks only read their own 16 uniforms, so drawing and transforming a
    // chunk at a time (chunk is a multiple of 16) gives the same values.
    for (let i = 0; i < full; i += k.chunk) {
        const count = Math.min(k.chunk, full - i);
        fill16(count, mean, std);
        data.set(k.out.subarray(0, count), o + i);
    }
    if (full !== n) {
        // The last n % 16 uniforms are drawn, then overwritten by 16 fresh ones.
        k.uniformF32(n - full, 0, 1, 0);
        fill16(16, mean, std);
        data.set(k.out.subarray(0, 16), o + n - 16);
    }
    k.store(engine.mt);
}
/** The float64 fill path with the WebAssembly kernels. */
function normalWasm64(k, data, o, n, mean, std, fused, engine) {
    const full = n - (n % 16);
    const chunk = k.chunk / 2;
    k.load(engine.mt);
    for (let i = 0; i < full; i += chunk) {
        const count = Math.min(chunk, full - i);
        k.normalF64(count, mean, std, fused);
        data.set(k.out64.subarray(0, count), o + i);
    }
    if (full !== n) {
        k.uniformF64(n - full, 0, 1, 0);
        k.normalF64(16, mean, std, fused);
        data.set(k.out64.subarray(0, 16), o + n - 16);
    }
    k.store(engine.mt);
}
/**
 * Fill `layout` with normal values exactly as torch's CPU `normal_` does for
 * `capability`. `mean`/`std` are the Python doubles passed to torch.
 */
export function normalFill(layout, mean, std, engine, capability) {
    const n = layout.numel;
    if (n === 0)
        return;
    const data = layout.data;
    const fused = usesFma(capability);
    const version = getTorchVersion();
    const float32 = layout.dtype === "float32";
    if (n >= 16 && layout.contiguous) {
        if (parallelFill("normal", layout, [mean, std], engine, capability))
            return;
        // torch 2.14's block writes std::fma(x, std, mean) in every build.
        const blockFma = fused || version === "2.14";
        const o = layout.offset;
        const m = float32 ? f(mean) : mean;
        const s = float32 ? f(std) : std;
        const wasmOk = float32 || (moderateForWasm(m) && moderateForWasm(s));
        const k = wasmOk ? wasmKernels() : null;
        if (k !== null && float32) {
            const fill16 = fused
                ? k.normalF32Avx2
                : (count, mean, std) => k.normalF32Default(count, mean, std, blockFma);
            normalWasm(k, fill16, data, o, n, m, s, engine);
            return;
        }
        if (k !== null) {
            normalWasm64(k, data, o, n, m, s, blockFma, engine);
            return;
        }
        const block = (at) => {
            if (!float32)
                block16ScalarF64(data, at, m, s, blockFma);
            else if (fused)
                block16Avx2(data, at, m, s);
            else
                block16ScalarF32(data, at, m, s, blockFma);
        };
        fillUnit(engine, data, o, n, float32);
        for (let i = 0; i + 16 <= n; i += 16)
            block(o + i);
        if (n % 16 !== 0) {
            fillUnit(engine, data, o + n - 16, 16, float32);
            block(o + n - 16);
        }
        return;
    }
    // The typed array's store rounds the double to float32 (static_cast).
    const log1pRadius = version !== "1.13";
    forEachIndex(layout, (i) => {
        data[i] = normalScalar(engine, mean, std, fused, log1pRadius);
    });
}
