/* @ts-self-types="./distribution.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Level 3, distribution: each random initializer's output, sampled with
 * fixed seeds over several shapes, dtypes and parameters, is tested against
 * the analytic law torch's formulas imply — uniform(lo, hi), normal(mean,
 * std) or the normal truncated to the absolute interval [a, b] — with a
 * one-sample Kolmogorov–Smirnov test, an Anderson–Darling test, z-tests of the
 * mean and the variance (using the law's fourth moment) and, for uniform laws,
 * exact order-statistic tests of the smallest and largest value (which see a
 * bound that is wrong by a relative 5e-5 on a million samples). `sparse_`'s
 * non-zero values are tested against N(0, std). Every float64 output must
 * carry float64 resolution: few values exactly representable in float32
 * ({@linkcode float32Share}) and, for uniform laws, almost no repeated values
 * ({@linkcode repeatCount}). `orthogonal_` must be Haar-distributed, which
 * torch's sign fix `Q *= sign(diag(R))` ensures: over fixed seeds, the sign
 * of W[0,0] (and of det W for square W) is a fair coin, tested exactly
 * against Binomial(n, 1/2) ({@linkcode signPValue}); a port without the fix
 * gets one sign every time. The family-wise false-alarm rate per run is
 * `alpha` (default 1e-6), split equally over all checks (Bonferroni).
 *
 * @module
 */
import { halfApplies, halfSamplingRequests, halfValues, initHalfSeeded, releaseOf, } from "./_half.js";
import { halfAllowance } from "../stats/half_allowance.js";
import { describe, has, initSeeded, lawOf, lawSample, outcomeCheck, statsLawOf, } from "./_common.js";
import { samplingRequests } from "./formulas.js";
import { andersonDarling, float32Share, ksPValue, ksStatistic, ksTest, lawCdf, lawMoments, normalCdf, repeatCount, signPValue, } from "../stats/mod.js";
/** The requests level 3 samples: level 1's, plus a large one for the support tests. */
export function distributionRequests() {
    return [
        ...samplingRequests(),
        { op: "kaiming_uniform_", shape: [1024, 1024], dtype: "float32", args: {} },
        { op: "xavier_uniform_", shape: [1024, 1024], dtype: "float64", args: { gain: 5 / 3 } },
        // float64 resolution: a fill computed in float32, or a 24-bit uniform, on [0, 1) or [-1, 1)
        // gives float32 numbers only.
        { op: "uniform_", shape: [256, 256], dtype: "float64", args: {} },
        { op: "uniform_", shape: [256, 256], dtype: "float64", args: { a: -1, b: 1 } },
    ];
}
/** Number of checks made for a request. */
function checksFor(request, law) {
    const base = law.kind === "uniform" ? 6 : law.kind === "normal" ? 4 : 5;
    const resolution = request.dtype === "float64" ? (law.kind === "uniform" ? 2 : 1) : 0;
    return base + resolution;
}
/**
 * Shapes of the Haar sign checks: tall, wide, square, and > 2-D tensors whose [rows, numel/rows]
 * view is tall or wide (torch factors the transpose of a wide matrix).
 */
export const HAAR_SHAPES = [[7, 4], [4, 7], [5, 5], [12, 2, 2], [3, 2, 4]];
/**
 * Seeds per shape and dtype: one sign per seed, so a port without the sign fix gets
 * p = 2^-47 ≈ 7e-15, far below any per-check threshold of a run.
 */
export const HAAR_SEEDS = 48;
/** Number of Haar checks: W[0,0] per shape and dtype, det W per square shape and dtype. */
function haarChecks() {
    return 2 * HAAR_SHAPES.reduce((s, shape) => s + (isSquare(shape) ? 2 : 1), 0);
}
function isSquare(shape) {
    return shape.length === 2 && shape[0] === shape[1];
}
/** The sign of the determinant of a square row-major matrix (Gaussian elimination, pivoting). */
export function determinantSign(data, n) {
    const a = Float64Array.from(data);
    let sign = 1;
    for (let k = 0; k < n; k++) {
        let p = k;
        for (let i = k + 1; i < n; i++)
            if (Math.abs(a[i * n + k]) > Math.abs(a[p * n + k]))
                p = i;
        const pivot = a[p * n + k];
        if (pivot === 0)
            return 0;
        if (p !== k) {
            sign = -sign;
            for (let j = 0; j < n; j++)
                [a[k * n + j], a[p * n + j]] = [a[p * n + j], a[k * n + j]];
        }
        if (pivot < 0)
            sign = -sign;
        for (let i = k + 1; i < n; i++) {
            const f = a[i * n + k] / pivot;
            for (let j = k; j < n; j++)
                a[i * n + j] -= f * a[k * n + j];
        }
    }
    return sign;
}
/** The same law in the statistics module's terms. */
function statsLaw(law) {
    if (law.kind === "uniform")
        return { kind: "uniform", a: law.lo, b: law.hi };
    if (law.kind === "normal")
        return { kind: "normal", mean: law.mean, std: law.std };
    return { kind: "truncNormal", mean: law.mean, std: law.std, a: law.a, b: law.b };
}
/**
 * `cdf`, evaluated once per sample value: KS and Anderson–Darling both ask for F at every
 * (sorted) value, and the truncated normal's F costs about a microsecond (worth a sort and a
 * binary search; the uniform and normal F are cheaper than the lookup).
 */
function cachedCdf(sample, cdf) {
    const sorted = Float64Array.from(sample).sort();
    const values = sorted.map(cdf);
    return (x) => {
        let lo = 0;
        let hi = sorted.length - 1;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (sorted[mid] < x)
                lo = mid + 1;
            else
                hi = mid;
        }
        return sorted[lo] === x ? values[lo] : cdf(x);
    };
}
function twoSidedZ(z) {
    return Number.isFinite(z) ? 2 * normalCdf(-Math.abs(z)) : 0;
}
/** Run level 3 on `ctx.port`; returns how the false-alarm rate was split. */
export async function runDistribution(ctx, alpha) {
    const { port } = ctx;
    const requests = port.init ? distributionRequests().filter((r) => has(port, r.op)) : [];
    const haar = port.init && has(port, "orthogonal_");
    const half = halfApplies(ctx, 3)
        ? halfSamplingRequests(releaseOf(ctx)).filter((r) => has(port, r.op))
        : [];
    const total = requests.reduce((s, r) => s + checksFor(r, lawOf(r)), 0) +
        (haar ? haarChecks() : 0) +
        half.reduce((s, r) => s + HALF_CHECKS[lawOf(r).kind], 0);
    const perCheck = total > 0 ? alpha / total : alpha;
    let seed = 3000n;
    for (const request of requests) {
        const law = lawOf(request);
        const name = describe(request);
        ctx.progress(`level 3: ${name}`);
        const out = await initSeeded(port, request, seed++);
        const bad = outcomeCheck(3, request.op, name, out);
        if (bad) {
            ctx.add(bad);
            continue;
        }
        // Sorted once: every test below sorts its own copy, and sorting sorted data is cheap.
        const sample = Float64Array.from(lawSample(request, out.value)).sort();
        const n = sample.length;
        const tests = [];
        const sl = statsLaw(law);
        const cdf = law.kind === "truncnormal" ? cachedCdf(sample, lawCdf(sl)) : lawCdf(sl);
        const ks = ksTest(sample, cdf);
        tests.push({ what: "KS", p: ks.pValue, detail: `D = ${ks.statistic.toPrecision(4)}` });
        const ad = andersonDarling(sample, cdf);
        tests.push({
            what: "Anderson–Darling",
            p: ad.pValue,
            detail: `A² = ${ad.statistic.toPrecision(4)}`,
        });
        const lm = lawMoments(sl);
        const m = { mean: lm.mean, variance: lm.variance, mu4: lm.fourthCentralMoment };
        let mean = 0;
        for (const x of sample)
            mean += x;
        mean /= n;
        let m2 = 0;
        for (const x of sample)
            m2 += (x - m.mean) ** 2;
        const variance = m2 / n;
        const zMean = (mean - m.mean) / Math.sqrt(m.variance / n);
        tests.push({
            what: "mean",
            p: twoSidedZ(zMean),
            detail: `mean ${mean.toPrecision(6)}, law ${m.mean.toPrecision(6)}`,
        });
        const zVar = (variance - m.variance) / Math.sqrt((m.mu4 - m.variance ** 2) / n);
        tests.push({
            what: "variance",
            p: twoSidedZ(zVar),
            detail: `std ${Math.sqrt(variance).toPrecision(6)}, law ${Math.sqrt(m.variance).toPrecision(6)}`,
        });
        let min = Infinity;
        let max = -Infinity;
        for (const x of sample) {
            if (x < min)
                min = x;
            if (x > max)
                max = x;
        }
        // Rounding the bounds to float32 may move them by half an ulp.
        const slack = request.dtype === "float32" ? 2 ** -23 : 2 ** -51;
        if (law.kind === "uniform") {
            const w = law.hi - law.lo;
            const tol = slack * Math.max(Math.abs(law.lo), Math.abs(law.hi));
            // P(max <= x) = ((x - lo) / w)^n; a max too low (bound too small) has a tiny p.
            const pMax = max > law.hi + tol
                ? 0
                : Math.exp(n * Math.log1p(-Math.max(0, law.hi - max) / w));
            const pMin = min < law.lo - tol
                ? 0
                : Math.exp(n * Math.log1p(-Math.max(0, min - law.lo) / w));
            tests.push({ what: "largest value", p: pMax, detail: `max ${max}, bound ${law.hi}` });
            tests.push({ what: "smallest value", p: pMin, detail: `min ${min}, bound ${law.lo}` });
        }
        else if (law.kind === "truncnormal") {
            const tol = slack * Math.max(Math.abs(law.a), Math.abs(law.b));
            const inside = min >= law.a - tol && max <= law.b + tol;
            tests.push({
                what: "support",
                p: inside ? 1 : 0,
                detail: `min ${min}, max ${max}, [a, b] = [${law.a}, ${law.b}]`,
            });
        }
        if (request.dtype === "float64") {
            const f = float32Share(sample);
            tests.push({
                what: "float64 resolution (values exact in float32)",
                p: f.pValue,
                detail: `${f.statistic} of ${n} values are float32 numbers (null: at most 2^-16 of them)`,
            });
            if (law.kind === "uniform") {
                const r = repeatCount(sample);
                tests.push({
                    what: "float64 resolution (repeated values)",
                    p: r.pValue,
                    detail: `${r.statistic} of ${n} values repeat an earlier one (null: atoms ≤ 2^-40)`,
                });
            }
        }
        for (const t of tests) {
            ctx.add({
                level: 3,
                op: request.op,
                name: `${name}: ${t.what}`,
                status: t.p >= perCheck ? "pass" : "fail",
                detail: `p = ${t.p.toExponential(2)} (threshold ${perCheck.toExponential(2)}); ${t.detail}`,
                pValue: t.p,
                threshold: perCheck,
            });
        }
    }
    if (haar)
        await runHaar(ctx, perCheck);
    await runHalfLaws(ctx, half, perCheck);
    return { alpha, checks: total, perCheck };
}
/** Checks per half request: KS, mean, second moment, and the extremes or the support. */
const HALF_CHECKS = { uniform: 5, normal: 3, truncnormal: 4 };
/** p-value of a two-sided z-test of `t` against the interval [lo, hi] (0 if se is 0 and t is outside). */
function intervalZ(t, lo, hi, se) {
    const out = t > hi ? t - hi : t < lo ? lo - t : 0;
    return out === 0 ? 1 : twoSidedZ(out / se);
}
/**
 * Level 3 in half precision: each half request's values (decoded from their bits) against the
 * ideal law, every test widened by the half allowance ({@linkcode halfAllowance}: how far a
 * correct half fill's law may be from the ideal one, derived from the roundings of torch's
 * half kernels), so each p-value stays a valid upper bound and the run's false-alarm rate is
 * unchanged: KS at D − Δ (the p-value of a continuous law is conservative for any law, and
 * sup|Fₙ − F| ≤ sup|Fₙ − G| + Δ); z-tests of the mean and of E(X − μ)² against the intervals the
 * allowance gives, with the largest standard error it allows; the uniform's extremes with the
 * largest shift of a value; the truncated normal's support widened by the rounding of its
 * bounds. Anderson–Darling is not used: its weight 1/(F(1 − F)) is unbounded at the ends of
 * the support, where half grids put atoms (a value rounded to the bound), so no finite
 * allowance is valid for it.
 */
async function runHalfLaws(ctx, requests, perCheck) {
    let seed = 43000n;
    for (const request of requests) {
        const law = lawOf(request);
        const name = describe(request);
        ctx.progress(`level 3: ${name}`);
        const out = await initHalfSeeded(ctx.port, request, seed++);
        const bad = outcomeCheck(3, request.op, name, out);
        if (bad) {
            ctx.add(bad);
            continue;
        }
        const bits = out.value;
        const sample = lawSample(request, halfValues(bits, request.dtype)).sort();
        const n = sample.length;
        const sl = statsLawOf(law);
        const allowance = halfAllowance(sl, request.dtype);
        const cdf = law.kind === "truncnormal" ? cachedCdf(sample, lawCdf(sl)) : lawCdf(sl);
        const tests = [];
        const d = ksStatistic(sample, cdf);
        tests.push({
            what: "KS (half allowance)",
            p: ksPValue(Math.max(0, d - allowance.ks), n),
            detail: `D = ${d.toPrecision(4)}, allowance Δ = ${allowance.ks.toPrecision(3)}`,
        });
        const mu = lawMoments(sl).mean;
        let mean = 0;
        let m2 = 0;
        let min = Infinity;
        let max = -Infinity;
        for (const x of sample) {
            mean += x;
            m2 += (x - mu) ** 2;
            if (x < min)
                min = x;
            if (x > max)
                max = x;
        }
        mean /= n;
        m2 /= n;
        tests.push({
            what: "mean (half allowance)",
            p: intervalZ(mean, mu - allowance.mean, mu + allowance.mean, allowance.maxStd / Math.sqrt(n)),
            detail: `mean ${mean.toPrecision(6)}, law ${mu.toPrecision(6)} ± ${allowance.mean.toPrecision(3)}`,
        });
        const [lo2, hi2] = allowance.secondMoment;
        tests.push({
            what: "variance (half allowance)",
            p: intervalZ(m2, lo2, hi2, Math.sqrt(allowance.maxFourthVariance / n)),
            detail: `E(x − μ)² ${m2.toPrecision(6)}, allowed [${lo2.toPrecision(5)}, ${hi2.toPrecision(5)}]`,
        });
        const [sLo, sHi] = allowance.support;
        if (law.kind === "uniform") {
            const w = law.hi - law.lo;
            const { down, up, jump } = allowance.shift;
            // X ≥ Y − down except on the jump events, X ≤ Y + up (Y the coupled ideal draw).
            const pMax = max > sHi ? 0 : Math.min(1, ((max - law.lo + down) / w + jump) ** n);
            const pMin = min < sLo ? 0 : Math.min(1, ((law.hi - min + up) / w + jump) ** n);
            tests.push({ what: "largest value", p: pMax, detail: `max ${max}, bound ${law.hi}` });
            tests.push({ what: "smallest value", p: pMin, detail: `min ${min}, bound ${law.lo}` });
        }
        else if (law.kind === "truncnormal") {
            tests.push({
                what: "support",
                p: min >= sLo && max <= sHi ? 1 : 0,
                detail: `min ${min}, max ${max}, allowed [${sLo}, ${sHi}]`,
            });
        }
        for (const t of tests) {
            ctx.add({
                level: 3,
                op: request.op,
                name: `${name}: ${t.what}`,
                status: t.p >= perCheck ? "pass" : "fail",
                detail: `p = ${t.p.toExponential(2)} (threshold ${perCheck.toExponential(2)}); ${t.detail}`,
                pValue: t.p,
                threshold: perCheck,
            });
        }
    }
}
/**
 * The Haar checks of `orthogonal_`: for each shape and dtype, {@linkcode HAAR_SEEDS} fixed seeds;
 * under Haar measure W[0,0] (and det W) is positive with probability exactly 1/2, independently
 * across seeds, so the number of positive signs is Binomial(n, 1/2).
 */
async function runHaar(ctx, perCheck) {
    let seed = 7000n;
    for (const dtype of ["float32", "float64"]) {
        for (const shape of HAAR_SHAPES) {
            const request = { op: "orthogonal_", shape: [...shape], dtype, args: {} };
            const name = describe(request);
            ctx.progress(`level 3: ${name}: Haar signs`);
            const signs = { corner: 0, cornerN: 0, det: 0, detN: 0 };
            let failed = false;
            for (let k = 0; k < HAAR_SEEDS; k++) {
                const out = await initSeeded(ctx.port, request, seed++);
                const bad = outcomeCheck(3, "orthogonal_", `${name}: Haar signs`, out);
                if (bad) {
                    ctx.add(bad);
                    failed = true;
                    break;
                }
                const w = out.value;
                // W[0,0] = 0 has probability 0 under Haar; such seeds are left out of n.
                if (w[0] !== 0) {
                    signs.cornerN++;
                    if (w[0] > 0)
                        signs.corner++;
                }
                if (isSquare(shape)) {
                    const d = determinantSign(w, shape[0]);
                    if (d !== 0) {
                        signs.detN++;
                        if (d > 0)
                            signs.det++;
                    }
                }
            }
            if (failed)
                continue;
            const tests = [{ what: "sign of W[0,0]", k: signs.corner, n: signs.cornerN }];
            if (isSquare(shape))
                tests.push({ what: "sign of det W", k: signs.det, n: signs.detN });
            for (const t of tests) {
                const p = t.n > 0 ? signPValue(t.k, t.n).pValue : 0;
                ctx.add({
                    level: 3,
                    op: "orthogonal_",
                    name: `${name}: Haar, ${t.what} over ${HAAR_SEEDS} seeds`,
                    status: p >= perCheck ? "pass" : "fail",
                    detail: `p = ${p.toExponential(2)} (threshold ${perCheck.toExponential(2)}); ${t.k} of ${t.n} positive (Haar: Binomial(${t.n}, 1/2))`,
                    pValue: p,
                    threshold: perCheck,
                });
            }
        }
    }
}
