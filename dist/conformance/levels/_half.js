/* @ts-self-types="./_half.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Half precision (float16, bfloat16) at levels 1–3, for ports that take half
 * requests (`Port.initHalf`; protocol: `hello` lists both in `dtypes`); the
 * others get one skipped check per level. What torch refuses in half depends
 * on the release the port reproduces (`torch` in `hello`, default 1.13):
 * 1.13 refuses `trunc_normal_` on float16 (after its `uniform_` draws) and
 * `eye_` on bfloat16 (drawing nothing); every release refuses `orthogonal_`
 * (after drawing its `normal_` buffer) and values beyond the dtype's range.
 * A refusal's effect on the generator is checked against the port itself:
 * after the refused call the next raw words must be those after the draws
 * torch makes before refusing (an equivalent accepted call, or none).
 *
 * @module
 */
import { PortFailure } from "../process_port.js";
import { fromBits, toBits } from "../../src/_half.js";
import { ask, describe, has } from "./_common.js";
/** The two half dtypes. */
export const HALF_DTYPES = ["float16", "bfloat16"];
/** Whether the port takes half requests; if not, record one skipped check for `level`. */
export function halfApplies(ctx, level) {
    if (ctx.port.initHalf)
        return true;
    ctx.add({
        level,
        op: "half precision",
        name: "float16 and bfloat16 requests",
        status: "skip",
        detail: "the port declares no half dtypes (protocol: hello's dtypes; Port.initHalf)",
    });
    return false;
}
/** The torch release whose half refusals the port must reproduce. */
export function releaseOf(ctx) {
    return ctx.torchVersion ?? ctx.port.torchVersion ?? "1.13";
}
/** Whether `release` refuses `op` on `dtype` (beyond invalid arguments). */
export function refusesHalf(release, op, dtype) {
    if (op === "orthogonal_")
        return true;
    if (release !== "1.13")
        return false;
    return (op === "trunc_normal_" && dtype === "float16") || (op === "eye_" && dtype === "bfloat16");
}
/**
 * The half requests levels 1 and 3 sample: per dtype the core laws on two shapes (fewer values
 * than the float requests: half outputs are tested with a discretisation allowance, so large
 * samples buy little), plus Kaiming modes and nonlinearities, `sparse_` and `trunc_normal_`
 * with far bounds, alternating dtypes; without what `release` refuses.
 */
export function halfSamplingRequests(release) {
    const out = [];
    const shapes = [[256, 256], [64, 16, 3, 3]];
    for (const dtype of HALF_DTYPES) {
        for (const shape of shapes) {
            out.push({ op: "uniform_", shape, dtype, args: { a: -0.3, b: 0.7 } }, { op: "normal_", shape, dtype, args: { mean: 0.5, std: 2 } }, { op: "trunc_normal_", shape, dtype, args: { std: 0.5 } }, { op: "trunc_normal_", shape, dtype, args: { mean: 0.2, std: 1, a: -0.5, b: 1.5 } }, { op: "xavier_uniform_", shape, dtype, args: {} }, { op: "xavier_normal_", shape, dtype, args: { gain: 5 / 3 } }, { op: "kaiming_uniform_", shape, dtype, args: {} }, { op: "kaiming_uniform_", shape, dtype, args: { a: Math.sqrt(5) } }, { op: "kaiming_normal_", shape, dtype, args: { mode: "fan_out", nonlinearity: "relu" } }, { op: "kaiming_normal_", shape, dtype, args: {} });
        }
    }
    const kaiming = [
        { nonlinearity: "tanh" },
        { mode: "fan_out", a: 0.2 },
        { mode: "Fan_Out", nonlinearity: "selu" },
        { nonlinearity: "relu", a: 0.5 },
    ];
    let i = 0;
    for (const op of ["kaiming_uniform_", "kaiming_normal_"]) {
        for (const args of kaiming) {
            out.push({ op, shape: [128, 512], dtype: HALF_DTYPES[i++ % 2], args });
        }
    }
    out.push({ op: "sparse_", shape: [512, 128], dtype: "float16", args: { sparsity: 0.1 } }, { op: "sparse_", shape: [256, 256], dtype: "bfloat16", args: { sparsity: 0.3, std: 0.5 } }, 
    // Bounds far from the mean: small, as torch 2.14's rejection sampler needs many draws.
    { op: "trunc_normal_", shape: [64, 64], dtype: "bfloat16", args: { a: 2, b: 4 } }, { op: "trunc_normal_", shape: [64, 64], dtype: "float16", args: { mean: 3, a: -1, b: 0.5 } });
    return out.filter((r) => !refusesHalf(release, r.op, r.dtype));
}
/** Decode a port's half reply (bit patterns) to numbers. */
export function halfValues(bits, dtype) {
    const value = fromBits(dtype);
    const out = new Float64Array(bits.length);
    for (let i = 0; i < bits.length; i++)
        out[i] = value(bits[i]);
    return out;
}
/** Seed the port (when it can be seeded) and run the half `request`. */
export async function initHalfSeeded(port, request, seed) {
    if (port.manualSeed && seed !== null) {
        const s = await ask(() => port.manualSeed(seed));
        if (s.kind === "failure")
            return s;
    }
    const out = await ask(() => port.initHalf(request));
    if (out.kind === "value") {
        const n = request.shape.reduce((a, b) => a * b, 1);
        if (!(out.value instanceof Uint16Array) || out.value.length !== n) {
            return {
                kind: "failure",
                error: new PortFailure("protocol", `returned ${out.value?.constructor?.name} of length ${out.value?.length}, expected Uint16Array of ${n}`),
            };
        }
    }
    return out;
}
/** Invalid arguments, refused in half as in float (nothing drawn), for `ops` of level `level`. */
function invalidArguments(level) {
    const base = level === 1
        ? [
            ["uniform_", [4, 4], { a: 1, b: 0 }, "a > b"],
            ["uniform_", [4, 4], { a: -1e5, b: 0 }, "from out of range"],
            ["normal_", [4, 4], { std: -1 }, "std < 0"],
            ["uniform_", [4, 4], { a: -40000, b: 40000 }, "to - from beyond the range"],
            ["xavier_uniform_", [7], {}, "fewer than 2 dimensions"],
            ["xavier_normal_", [7], {}, "fewer than 2 dimensions"],
            ["kaiming_uniform_", [4, 6], { mode: "fan_avg" }, "unknown mode"],
            ["kaiming_normal_", [4, 6], { nonlinearity: "ReLU" }, "nonlinearity in another case"],
        ]
        : [
            ["eye_", [2, 3, 4], {}, "not 2-D"],
            ["dirac_", [3, 3], {}, "not 3-, 4- or 5-D"],
            ["dirac_", [6, 3, 3], { groups: 4 }, "groups do not divide dim 0"],
            ["sparse_", [3, 4, 5], { sparsity: 0.1 }, "not 2-D"],
            ["orthogonal_", [5], {}, "fewer than 2 dimensions"],
        ];
    const out = [];
    for (const dtype of HALF_DTYPES) {
        for (const [op, shape, args, why] of base) {
            // float16's range ends at 65504; bfloat16's reaches 3.4e38.
            if (op === "uniform_" && args.a < -1 && dtype === "bfloat16")
                continue;
            out.push({ request: { op, shape, dtype, args }, why, draws: null });
        }
    }
    return out;
}
/** The half refusals level 1 (random-law ops) or level 2 (structural ops) checks. */
export function halfRefusals(release, level) {
    const out = invalidArguments(level);
    for (const dtype of HALF_DTYPES) {
        if (level === 1 && refusesHalf(release, "trunc_normal_", dtype)) {
            for (const shape of [[5, 7], [64, 64]]) {
                out.push({
                    request: { op: "trunc_normal_", shape, dtype, args: {} },
                    why: `torch ${release}: "erfinv_vml_cpu" not implemented for 'Half', after uniform_`,
                    draws: { op: "uniform_", shape, dtype, args: {} },
                });
            }
        }
        if (level === 2) {
            if (refusesHalf(release, "eye_", dtype)) {
                out.push({
                    request: { op: "eye_", shape: [3, 5], dtype, args: {} },
                    why: `torch ${release}: "eye" not implemented for 'BFloat16', nothing drawn`,
                    draws: null,
                });
            }
            for (const shape of [[6, 4], [3, 2, 4], [4, 20]]) {
                const cols = shape.slice(1).reduce((a, b) => a * b, 1);
                out.push({
                    request: { op: "orthogonal_", shape, dtype, args: {} },
                    why: "LAPACK's geqrf_cpu takes no half dtype, after normal_ of rows × cols",
                    draws: { op: "normal_", shape: [shape[0], cols], dtype, args: {} },
                });
            }
            const beyond = dtype === "float16" ? 1e5 : 1e39;
            out.push({
                request: { op: "constant_", shape: [3, 4], dtype, args: { val: beyond } },
                why: "value cannot be converted without overflow",
                draws: null,
            });
        }
    }
    return out;
}
/**
 * Check the refusals of `cases`: each must be refused, and where the port can be seeded and
 * report raw words, leave its generator where the equivalent accepted call (or no call) does.
 */
export async function checkHalfRefusals(ctx, level, cases) {
    const { port } = ctx;
    const words = port.manualSeed && port.random32;
    let seed = level === 1 ? 51000n : 52000n;
    for (const { request, why, draws } of cases) {
        if (!has(port, request.op) || (draws && !has(port, draws.op)))
            continue;
        const name = `${describe(request)} is refused (${why})`;
        ctx.progress(`level ${level}: ${name}`);
        const s = seed++;
        const out = await initHalfSeeded(port, request, s);
        const check = {
            level,
            op: request.op,
            name,
            status: out.kind === "refused" ? "pass" : out.kind === "failure" ? "error" : "fail",
            detail: out.kind === "value"
                ? "returned data instead of refusing"
                : out.kind === "failure"
                    ? out.error.message
                    : undefined,
        };
        if (check.status === "pass" && words) {
            const after = await ask(() => port.random32(4));
            const ref = draws
                ? await initHalfSeeded(port, draws, s)
                : await ask(() => port.manualSeed(s));
            const want = ref.kind === "value" ? await ask(() => port.random32(4)) : ref;
            if (after.kind !== "value" || want.kind !== "value") {
                check.status = "error";
                check.detail = `generator check: ${String(after.kind !== "value" ? after.error : want.error)}`;
            }
            else if (after.value.some((w, k) => w !== want.value[k])) {
                check.status = "fail";
                check.detail = draws
                    ? `the generator is not where ${describe(draws)} leaves it (torch draws that before refusing)`
                    : "the refusal moved the generator (torch draws nothing before refusing)";
            }
        }
        ctx.add(check);
    }
}
/** The bits torch stores for `value` in `dtype`. */
export function halfBitsOf(value, dtype) {
    return toBits(dtype)(value);
}
