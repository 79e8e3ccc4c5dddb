/* @ts-self-types="./formulas.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Level 1, formulas: `calculate_gain` for every nonlinearity and slope, fans
 * for arbitrary shapes, and the bound or std each random initializer implies
 * (all values inside the implied support, the spread and the sample std
 * consistent with it) — Kaiming with every nonlinearity torch lists, `a`,
 * `mode="fan_out"` on non-square shapes and the mode spellings torch accepts
 * (it lower-cases the mode), `sparse_`'s non-zero values for several `std`,
 * `trunc_normal_` with bounds far from the mean or a mean outside [a, b] —
 * plus the refusals torch makes for invalid arguments (modes that are not
 * "fan_in"/"fan_out" once lower-cased, nonlinearities in another case).
 * Thresholds are deterministic and loose enough that a correct port fails
 * with probability below 1e-15 per check.
 *
 * @module
 */
import { calculateFanInAndFanOut, calculateGain } from "../../src/mod.js";
import { NONLINEARITIES } from "../../src/init/calculate_gain.js";
import { ask, describe, has, initSeeded, lawOf, lawSample, outcomeCheck, statsLawOf, } from "./_common.js";
import { checkHalfRefusals, halfApplies, halfRefusals, halfSamplingRequests, halfValues, initHalfSeeded, releaseOf, } from "./_half.js";
import { halfAllowance } from "../stats/half_allowance.js";
const SLOPES = [null, 0, 0.2, 3, Math.sqrt(5), -0.5];
const FAN_SHAPES = [[3, 5], [16, 3, 3, 3], [8, 4, 5], [2, 3, 4, 5, 6], [5, 0], [1, 1]];
/** Kaiming arguments beyond the defaults: every nonlinearity torch lists, `a`, modes. */
function kaimingVariants() {
    const out = NONLINEARITIES.filter((nl) => nl !== "leaky_relu").map((nonlinearity) => ({ nonlinearity }));
    out.push({ nonlinearity: "leaky_relu", a: 0.2 }, { a: -0.5 }, { nonlinearity: "leaky_relu", a: 3 }, 
    // torch ignores `a` unless the nonlinearity is leaky_relu.
    { nonlinearity: "relu", a: 0.5 }, { nonlinearity: "tanh", a: 1 }, { mode: "fan_out" }, { mode: "fan_out", nonlinearity: "tanh" }, { mode: "fan_out", a: 0.2 }, 
    // torch lower-cases the mode: these spellings are accepted.
    { mode: "Fan_Out", nonlinearity: "selu" }, { mode: "FAN_IN", nonlinearity: "relu" });
    return out;
}
/**
 * Requests beyond the dtype × shape product of {@linkcode samplingRequests}: each Kaiming
 * variant on a non-square shape (fan_in ≠ fan_out), `sparse_` with several `std`, and
 * `trunc_normal_` with bounds far from the mean or a mean outside [a, b]; one dtype and shape
 * each (alternating), so levels 1 and 3 stay fast.
 */
export function coverageRequests() {
    const out = [];
    const shapes = [[128, 512], [96, 48, 3, 3]];
    const dtypes = ["float32", "float64"];
    let i = 0;
    for (const op of ["kaiming_uniform_", "kaiming_normal_"]) {
        for (const args of kaimingVariants()) {
            out.push({ op, shape: shapes[i % 2], dtype: dtypes[(i >> 1) % 2], args });
            i++;
        }
    }
    out.push({ op: "sparse_", shape: [512, 128], dtype: "float32", args: { sparsity: 0.1 } }, { op: "sparse_", shape: [256, 256], dtype: "float64", args: { sparsity: 0.3, std: 0.5 } }, { op: "sparse_", shape: [300, 200], dtype: "float32", args: { sparsity: 0.05, std: 2 } }, { op: "sparse_", shape: [200, 300], dtype: "float64", args: { sparsity: 0.5, std: 1e-3 } });
    const truncs = [
        { mean: 0, std: 1, a: 2, b: 4 }, // both bounds far above the mean
        { mean: 0, std: 1, a: -4.5, b: -3 }, // both far below
        { mean: 3, std: 1, a: -1, b: 0.5 }, // mean above b (torch warns: more than 2 std away)
        { mean: -1, std: 0.5, a: 0, b: 2 }, // mean below a
        { mean: 2, std: 0.5, a: -1, b: 1 }, // mean above b, bounds 2 and 6 std away
    ];
    truncs.forEach((args, k) => out.push({ op: "trunc_normal_", shape: [256, 256], dtype: dtypes[k % 2], args }));
    return out;
}
/** The random initializer requests level 1 (and 3) sample. */
export function samplingRequests() {
    const out = [];
    const shapes = [[256, 1024], [64, 16, 3, 3]];
    for (const dtype of ["float32", "float64"]) {
        for (const shape of shapes) {
            out.push({ op: "uniform_", shape, dtype, args: { a: -0.3, b: 0.7 } }, { op: "normal_", shape, dtype, args: { mean: 0.5, std: 2 } }, { op: "trunc_normal_", shape, dtype, args: { std: 0.5 } }, { op: "trunc_normal_", shape, dtype, args: { mean: 0.2, std: 1, a: -0.5, b: 1.5 } }, { op: "xavier_uniform_", shape, dtype, args: {} }, { op: "xavier_normal_", shape, dtype, args: { gain: 5 / 3 } }, { op: "kaiming_uniform_", shape, dtype, args: {} }, { op: "kaiming_uniform_", shape, dtype, args: { a: Math.sqrt(5) } }, { op: "kaiming_normal_", shape, dtype, args: { mode: "fan_out", nonlinearity: "relu" } }, { op: "kaiming_normal_", shape, dtype, args: {} });
        }
    }
    return [...out, ...coverageRequests()];
}
/** Invalid calls torch refuses; a conforming port refuses them too. */
const INVALID = [
    { op: "uniform_", shape: [4, 4], dtype: "float32", args: { a: 1, b: 0 } },
    { op: "normal_", shape: [4, 4], dtype: "float32", args: { std: -1 } },
    { op: "xavier_uniform_", shape: [7], dtype: "float32", args: {} },
    { op: "xavier_normal_", shape: [7], dtype: "float32", args: {} },
    { op: "kaiming_uniform_", shape: [7], dtype: "float32", args: {} },
    { op: "kaiming_uniform_", shape: [4, 4], dtype: "float32", args: { mode: "fan_avg" } },
    { op: "kaiming_normal_", shape: [4, 4], dtype: "float32", args: { nonlinearity: "gelu" } },
    // torch lower-cases the mode and compares it exactly; nonlinearities are compared as given.
    ...["FAN_AVG", "fanin", "FAN-IN", " fan_in", "fan_out ", ""].map((mode) => ({
        op: "kaiming_uniform_",
        shape: [4, 6],
        dtype: "float32",
        args: { mode },
    })),
    { op: "kaiming_normal_", shape: [4, 6], dtype: "float64", args: { mode: 1 } },
    ...["ReLU", "Tanh", "SELU", "Linear", "relu ", "leakyrelu"].map((nl) => ({
        op: "kaiming_normal_",
        shape: [4, 6],
        dtype: "float32",
        args: { nonlinearity: nl },
    })),
    // leaky_relu's slope must be a number (torch: "negative_slope True not a valid number").
    { op: "kaiming_uniform_", shape: [4, 6], dtype: "float32", args: { a: true } },
    { op: "kaiming_normal_", shape: [4, 6], dtype: "float32", args: { a: "0.1" } },
];
function sampleStats(data) {
    let min = Infinity;
    let max = -Infinity;
    let mean = 0;
    let m2 = 0;
    for (let i = 0; i < data.length; i++) {
        const x = data[i];
        if (x < min)
            min = x;
        if (x > max)
            max = x;
        const d = x - mean;
        mean += d / (i + 1);
        m2 += d * (x - mean);
    }
    return { min, max, mean, std: Math.sqrt(m2 / (data.length - 1)) };
}
/** Standard deviation of N(mean, std²) truncated to [a, b] (numerically, by quadrature). */
export function truncatedStd(mean, std, a, b) {
    const n = 20000;
    const lo = Math.max(a, mean - 12 * std);
    const hi = Math.min(b, mean + 12 * std);
    let w = 0;
    let m1 = 0;
    let m2 = 0;
    for (let i = 0; i < n; i++) {
        const x = lo + ((i + 0.5) / n) * (hi - lo);
        const p = Math.exp(-0.5 * ((x - mean) / std) ** 2);
        w += p;
        m1 += p * x;
        m2 += p * x * x;
    }
    const mu = m1 / w;
    return Math.sqrt(m2 / w - mu * mu);
}
/**
 * What is wrong with a sample's statistics `s` for `law`: values beyond the support widened by
 * `slack`, extremes short of a uniform's bounds by 5% of the range, std off by 20%, mean off by
 * 0.2 std.
 */
function lawProblems(law, s, slack, stdRange) {
    const problems = [];
    if (law.kind === "uniform") {
        const span = law.hi - law.lo;
        if (s.min < law.lo - slack || s.max > law.hi + slack) {
            problems.push(`values outside [${law.lo}, ${law.hi}]: min ${s.min}, max ${s.max}`);
        }
        if (s.max < law.hi - 0.05 * span || s.min > law.lo + 0.05 * span) {
            problems.push(`values do not reach the implied bounds [${law.lo}, ${law.hi}]: min ${s.min}, max ${s.max}`);
        }
    }
    else {
        const { mean, std } = law;
        let sd = std;
        if (law.kind === "truncnormal") {
            sd = truncatedStd(mean, std, law.a, law.b);
            if (s.min < law.a - slack || s.max > law.b + slack) {
                problems.push(`values outside [${law.a}, ${law.b}]: min ${s.min}, max ${s.max}`);
            }
        }
        const [sdLo, sdHi] = stdRange ?? [sd, sd];
        if (s.std < 0.8 * sdLo || s.std > 1.2 * sdHi) {
            problems.push(`sample std ${s.std}, implied ${stdRange ? `[${sdLo}, ${sdHi}]` : sd}`);
        }
        if (law.kind === "normal" && Math.abs(s.mean - mean) > 0.2 * sd) {
            problems.push(`sample mean ${s.mean}, implied ${mean}`);
        }
    }
    return problems;
}
/** Run level 1 on `ctx.port`. */
export async function runFormulas(ctx) {
    const { port } = ctx;
    if (has(port, "calculate_gain") && port.calculateGain) {
        ctx.progress("level 1: calculate_gain");
        for (const nl of NONLINEARITIES) {
            for (const slope of nl === "leaky_relu" ? SLOPES : [null]) {
                const name = `calculate_gain(${nl}, ${slope})`;
                const want = calculateGain(nl, slope);
                const got = await ask(() => port.calculateGain(nl, slope));
                const bad = outcomeCheck(1, "calculate_gain", name, got);
                if (bad)
                    ctx.add(bad);
                else {
                    const v = got.value;
                    const ok = typeof v === "number" && Math.abs(v - want) <= 1e-12 * Math.abs(want);
                    ctx.add({
                        level: 1,
                        op: "calculate_gain",
                        name,
                        status: ok ? "pass" : "fail",
                        detail: ok ? undefined : `got ${v}, torch ${want}`,
                    });
                }
            }
        }
        const refused = await ask(() => port.calculateGain("gelu", null));
        ctx.add({
            level: 1,
            op: "calculate_gain",
            name: "calculate_gain(gelu) is refused",
            status: refused.kind === "refused" ? "pass" : refused.kind === "failure" ? "error" : "fail",
            detail: refused.kind === "value" ? `returned ${refused.value}` : undefined,
        });
    }
    if (has(port, "calculate_fan_in_and_fan_out") && port.calculateFanInAndFanOut) {
        ctx.progress("level 1: fans");
        for (const shape of FAN_SHAPES) {
            const name = `fans [${shape.join(",")}]`;
            const want = calculateFanInAndFanOut({ shape });
            const got = await ask(() => port.calculateFanInAndFanOut(shape));
            const bad = outcomeCheck(1, "calculate_fan_in_and_fan_out", name, got);
            if (bad)
                ctx.add(bad);
            else {
                const v = got.value;
                const ok = v[0] === want[0] && v[1] === want[1];
                ctx.add({
                    level: 1,
                    op: "calculate_fan_in_and_fan_out",
                    name,
                    status: ok ? "pass" : "fail",
                    detail: ok ? undefined : `got [${v}], torch [${want}]`,
                });
            }
        }
        for (const shape of [[7], []]) {
            const got = await ask(() => port.calculateFanInAndFanOut(shape));
            ctx.add({
                level: 1,
                op: "calculate_fan_in_and_fan_out",
                name: `fans of a ${shape.length}-D tensor are refused`,
                status: got.kind === "refused" ? "pass" : got.kind === "failure" ? "error" : "fail",
            });
        }
    }
    if (!port.init)
        return await runHalfFormulas(ctx);
    let seed = 1000n;
    for (const request of samplingRequests()) {
        if (!has(port, request.op))
            continue;
        const law = lawOf(request);
        const name = describe(request);
        ctx.progress(`level 1: ${name}`);
        const out = await initSeeded(port, request, seed++);
        const bad = outcomeCheck(1, request.op, name, out);
        if (bad) {
            ctx.add(bad);
            continue;
        }
        const data = lawSample(request, out.value);
        const eps = request.dtype === "float32" ? 2 ** -22 : 2 ** -50;
        const edge = law.kind === "uniform"
            ? Math.max(Math.abs(law.lo), Math.abs(law.hi))
            : law.kind === "truncnormal"
                ? Math.max(Math.abs(law.a), Math.abs(law.b))
                : 0;
        const problems = lawProblems(law, sampleStats(data), eps * edge);
        ctx.add({
            level: 1,
            op: request.op,
            name: `${name}: implied ${law.kind === "uniform" ? "bound" : "std"}`,
            status: problems.length ? "fail" : "pass",
            detail: problems.join("; ") || undefined,
        });
    }
    for (const request of INVALID) {
        if (!has(port, request.op))
            continue;
        const out = await ask(() => port.init(request));
        ctx.add({
            level: 1,
            op: request.op,
            name: `${describe(request)} is refused`,
            status: out.kind === "refused" ? "pass" : out.kind === "failure" ? "error" : "fail",
            detail: out.kind === "value"
                ? "returned data instead of refusing"
                : out.kind === "failure"
                    ? out.error.message
                    : undefined,
        });
    }
    await runHalfFormulas(ctx);
}
/**
 * Level 1 in half precision: the implied bound or std of every half sampling request, with the
 * support widened by the half allowance (the dtype's rounding of the bounds and the values:
 * {@linkcode halfAllowance}), and torch's half refusals with their effect on the generator.
 */
async function runHalfFormulas(ctx) {
    const { port } = ctx;
    if (!halfApplies(ctx, 1))
        return;
    const release = releaseOf(ctx);
    let seed = 41000n;
    for (const request of halfSamplingRequests(release)) {
        if (!has(port, request.op))
            continue;
        const law = lawOf(request);
        const name = describe(request);
        ctx.progress(`level 1: ${name}`);
        const out = await initHalfSeeded(port, request, seed++);
        const bad = outcomeCheck(1, request.op, name, out);
        if (bad) {
            ctx.add(bad);
            continue;
        }
        const bits = out.value;
        const data = lawSample(request, halfValues(bits, request.dtype));
        // The support widened by the dtype's rounding; the implied std by the half allowance of
        // the second moment (torch's trunc_normal_ in bfloat16 has about 12 distinct values on
        // [2, 4], whose std is 26% above the law's).
        const allowance = halfAllowance(statsLawOf(law), request.dtype);
        let slack = 0;
        if (law.kind !== "normal") {
            const [lo, hi] = allowance.support;
            const [a, b] = law.kind === "uniform" ? [law.lo, law.hi] : [law.a, law.b];
            slack = Math.max(a - lo, hi - b);
        }
        const m2 = allowance.secondMoment;
        const problems = lawProblems(law, sampleStats(data), slack, [
            Math.sqrt(m2[0]),
            Math.sqrt(m2[1]),
        ]);
        ctx.add({
            level: 1,
            op: request.op,
            name: `${name}: implied ${law.kind === "uniform" ? "bound" : "std"}`,
            status: problems.length ? "fail" : "pass",
            detail: problems.join("; ") || undefined,
        });
    }
    await checkHalfRefusals(ctx, 1, halfRefusals(release, 1));
}
