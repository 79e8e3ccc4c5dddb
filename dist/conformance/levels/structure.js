/* @ts-self-types="./structure.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Level 2, structure: `eye_` (tall, wide, square), `dirac_` (1-, 2- and 3-D
 * kernels of even and odd sizes, with and without groups) and
 * `constant_`/`ones_`/`zeros_` exactly, element by element against torch's
 * placement (written out here, independently of any port); `orthogonal_`
 * gives WᵀW or WWᵀ = gain²·I within a stated tolerance for tall, wide and
 * >2-D shapes; `sparse_` zeroes exactly `ceil(sparsity * rows)` entries per
 * column (sparsities where floor and ceil differ, products just above an
 * integer, several row counts); and the refusals torch makes for wrong ranks
 * and groups.
 *
 * @module
 */
import { constant, empty, ones, zeros } from "../../src/mod.js";
import { checkHalfRefusals, HALF_DTYPES, halfApplies, halfBitsOf, halfRefusals, initHalfSeeded, refusesHalf, releaseOf, } from "./_half.js";
import { ask, describe, has, initSeeded, outcomeCheck } from "./_common.js";
/** Orthogonality tolerance (max |WᵀW − gain²I| / gain²), per dtype. */
export const ORTHOGONALITY_TOLERANCE = { float32: 1e-4, float64: 1e-10 };
/**
 * torch's `dirac_` placement, written out independently of any port: zeros, then for each
 * group g and channel d < min(out / groups, in) a 1 at
 * `[g · out / groups + d, d, k₀ // 2, k₁ // 2, …]` (floor of half of each kernel size, so the
 * right-of-centre element for even sizes).
 */
export function diracExpected(shape, groups, dtype) {
    const numel = shape.reduce((a, b) => a * b, 1);
    const out = dtype === "float32" ? new Float32Array(numel) : new Float64Array(numel);
    const strides = shape.map((_, k) => shape.slice(k + 1).reduce((a, b) => a * b, 1));
    let centre = 0;
    for (let k = 2; k < shape.length; k++)
        centre += Math.floor(shape[k] / 2) * strides[k];
    const perGroup = shape[0] / groups;
    for (let g = 0; g < groups; g++) {
        for (let d = 0; d < Math.min(perGroup, shape[1]); d++) {
            out[(g * perGroup + d) * strides[0] + d * strides[1] + centre] = 1;
        }
    }
    return out;
}
/** torch's `eye_`: ones at [i, i] for i < min(rows, cols), zeros elsewhere (row-major). */
export function eyeExpected(shape, dtype) {
    const [rows, cols] = shape;
    const out = dtype === "float32" ? new Float32Array(rows * cols) : new Float64Array(rows * cols);
    for (let i = 0; i < Math.min(rows, cols); i++)
        out[i * cols + i] = 1;
    return out;
}
/** `dirac_` cases: 1-, 2- and 3-D kernels of even and odd sizes, with and without groups. */
export const DIRAC_CASES = [
    [[4, 2, 3], 1],
    [[6, 3, 3, 3], 1],
    [[6, 3, 3, 3], 2],
    [[6, 3, 3, 3], 3],
    [[2, 2, 3, 3, 3], 1],
    [[8, 4, 5, 5], 2],
    [[3, 5, 3], 1],
    // 1-D kernels: even, odd, size 1; groups.
    [[4, 4, 2], 1],
    [[5, 3, 4], 1],
    [[6, 2, 4], 3],
    [[4, 3, 3], 2],
    [[2, 4, 1], 1],
    [[8, 2, 5], 2],
    // 2-D kernels: even × even, even × odd, odd × even; groups.
    [[4, 4, 2, 2], 1],
    [[4, 2, 4, 3], 2],
    [[6, 3, 3, 2], 3],
    [[3, 5, 4, 4], 1],
    [[8, 2, 2, 5], 4],
    // 3-D kernels.
    [[2, 2, 2, 2, 2], 1],
    [[4, 2, 3, 4, 2], 2],
    [[3, 3, 2, 3, 4], 1],
    [[6, 2, 2, 2, 3], 3],
    [[2, 1, 4, 4, 4], 2],
    [[3, 2, 3, 3, 5], 1],
    [[4, 2, 1, 3, 3], 2],
];
/** `eye_` shapes: tall, wide, square, one row, one column. */
export const EYE_SHAPES = [
    [3, 5],
    [5, 3],
    [4, 4],
    [1, 1],
    [2, 7],
    [7, 2],
    [1, 6],
    [6, 1],
    [8, 3],
    [3, 8],
];
/**
 * `sparse_` cases [shape, sparsity, std]: per column torch zeroes `ceil(sparsity · rows)`
 * entries, the product taken in float64 (0.07 · 100 = 7.000000000000001, so 8 zeros; 0.56 · 25
 * = 14.000000000000002, so 15), with
 * sparsities whose floor and ceil differ on several row counts.
 */
export const SPARSE_CASES = [
    [[64, 32], 0.1, 0.01],
    [[10, 20], 0.5, 1],
    [[6, 4], 0, 1],
    [[6, 4], 1, 1],
    [[17, 3], 0.25, 0.5],
    [[100, 10], 0.9, 2],
    [[7, 5], 0.3, 1],
    [[33, 4], 0.1, 1],
    [[13, 6], 0.2, 1],
    [[9, 4], 0.5, 1],
    [[3, 8], 0.5, 1],
    [[100, 3], 0.07, 1],
    [[50, 4], 0.14, 1],
    [[29, 3], 0.99, 1],
    [[25, 4], 0.28, 1],
    [[25, 3], 0.56, 1],
];
function exactCases() {
    const cases = [];
    for (const dtype of ["float32", "float64"]) {
        for (const shape of EYE_SHAPES) {
            cases.push({
                request: { op: "eye_", shape, dtype, args: {} },
                expected: () => eyeExpected(shape, dtype),
            });
        }
        for (const [shape, groups] of DIRAC_CASES) {
            cases.push({
                request: { op: "dirac_", shape, dtype, args: groups === 1 ? {} : { groups } },
                expected: () => diracExpected(shape, groups, dtype),
            });
        }
        for (const val of [0.5, -3, 1e-3, 0.1]) {
            cases.push({
                request: { op: "constant_", shape: [3, 7], dtype, args: { val } },
                expected: () => constant(empty([3, 7], { dtype }), val).data,
            });
        }
        cases.push({
            request: { op: "ones_", shape: [2, 3, 4], dtype, args: {} },
            expected: () => ones(empty([2, 3, 4], { dtype })).data,
        });
        cases.push({
            request: { op: "zeros_", shape: [2, 3, 4], dtype, args: {} },
            expected: () => zeros(empty([2, 3, 4], { dtype })).data,
        });
    }
    return cases;
}
/** Row-major multi-index of flat index `i` in `shape`, as text. */
function indexText(i, shape) {
    const idx = [];
    for (let k = shape.length - 1; k >= 0; k--) {
        idx.unshift(i % shape[k]);
        i = Math.floor(i / shape[k]);
    }
    return `[${idx.join(",")}]`;
}
const INVALID = [
    { op: "eye_", shape: [2, 3, 4], dtype: "float32", args: {} },
    { op: "dirac_", shape: [3, 3], dtype: "float32", args: {} },
    { op: "dirac_", shape: [6, 3, 3], dtype: "float32", args: { groups: 4 } },
    { op: "orthogonal_", shape: [5], dtype: "float32", args: {} },
    { op: "sparse_", shape: [3, 4, 5], dtype: "float32", args: { sparsity: 0.1 } },
];
/** max |MᵀM − g²I| / g² over the smaller Gram matrix of the rows×cols view. */
export function orthogonalityError(data, rows, cols, gain) {
    const tall = rows >= cols;
    const n = tall ? cols : rows;
    const len = tall ? rows : cols;
    const at = (i, k) => (tall ? data[k * cols + i] : data[i * cols + k]);
    let worst = 0;
    const g2 = gain * gain;
    for (let i = 0; i < n; i++) {
        for (let j = i; j < n; j++) {
            let s = 0;
            for (let k = 0; k < len; k++)
                s += at(i, k) * at(j, k);
            worst = Math.max(worst, Math.abs(s - (i === j ? g2 : 0)) / g2);
        }
    }
    return worst;
}
/** Run level 2 on `ctx.port`. */
export async function runStructure(ctx) {
    const { port } = ctx;
    if (!port.init)
        return await runHalfStructure(ctx);
    for (const { request, expected } of exactCases()) {
        if (!has(port, request.op))
            continue;
        const name = describe(request);
        ctx.progress(`level 2: ${name}`);
        const out = await initSeeded(port, request, 7n);
        const bad = outcomeCheck(2, request.op, name, out);
        if (bad) {
            ctx.add(bad);
            continue;
        }
        const got = out.value;
        const want = expected();
        let diff = -1;
        for (let i = 0; i < want.length; i++) {
            if (!Object.is(got[i], want[i])) {
                diff = i;
                break;
            }
        }
        ctx.add({
            level: 2,
            op: request.op,
            name,
            status: diff < 0 ? "pass" : "fail",
            detail: diff < 0
                ? undefined
                : `element ${indexText(diff, request.shape)} is ${got[diff]}, torch has ${want[diff]}`,
        });
    }
    if (has(port, "orthogonal_")) {
        let seed = 20n;
        for (const dtype of ["float32", "float64"]) {
            for (const shape of [[64, 32], [32, 64], [16, 3, 3, 3], [10, 10], [1, 7], [7, 1], [256, 256]]) {
                for (const gain of [1, Math.SQRT2]) {
                    const request = {
                        op: "orthogonal_",
                        shape,
                        dtype,
                        args: gain === 1 ? {} : { gain },
                    };
                    const name = describe(request);
                    ctx.progress(`level 2: ${name}`);
                    const out = await initSeeded(port, request, seed++);
                    const bad = outcomeCheck(2, "orthogonal_", name, out);
                    if (bad) {
                        ctx.add(bad);
                        continue;
                    }
                    const data = out.value;
                    const rows = shape[0];
                    const err = orthogonalityError(data, rows, data.length / rows, gain);
                    const tol = ORTHOGONALITY_TOLERANCE[dtype];
                    ctx.add({
                        level: 2,
                        op: "orthogonal_",
                        name: `${name}: orthonormal within ${tol}`,
                        status: err <= tol ? "pass" : "fail",
                        detail: `max |WᵀW − gain²I| / gain² = ${err.toExponential(2)}`,
                    });
                }
            }
        }
    }
    if (has(port, "sparse_")) {
        let seed = 40n;
        for (const dtype of ["float32", "float64"]) {
            for (const [shape, sparsity, std] of SPARSE_CASES) {
                const request = { op: "sparse_", shape, dtype, args: { sparsity, std } };
                const name = describe(request);
                const out = await initSeeded(port, request, seed++);
                const bad = outcomeCheck(2, "sparse_", name, out);
                if (bad) {
                    ctx.add(bad);
                    continue;
                }
                const data = out.value;
                const [rows, cols] = shape;
                const want = Math.ceil(sparsity * rows);
                const counts = [];
                for (let c = 0; c < cols; c++) {
                    let z = 0;
                    for (let r = 0; r < rows; r++)
                        if (data[r * cols + c] === 0)
                            z++;
                    counts.push(z);
                }
                const wrong = counts.findIndex((z) => z !== want);
                ctx.add({
                    level: 2,
                    op: "sparse_",
                    name: `${name}: ${want} zeros per column`,
                    status: wrong < 0 ? "pass" : "fail",
                    detail: wrong < 0 ? undefined : `column ${wrong} has ${counts[wrong]} zeros`,
                });
            }
        }
    }
    for (const request of INVALID) {
        if (!has(port, request.op))
            continue;
        const out = await ask(() => port.init(request));
        ctx.add({
            level: 2,
            op: request.op,
            name: `${describe(request)} is refused`,
            status: out.kind === "refused" ? "pass" : out.kind === "failure" ? "error" : "fail",
            detail: out.kind === "value" ? "returned data instead of refusing" : undefined,
        });
    }
    await runHalfStructure(ctx);
}
/** Level 2's exact cases in half precision: what torch stores, as bit patterns. */
function halfExactCases(release) {
    const cases = [];
    const bitsOf = (data, dtype) => Uint16Array.from(data, (x) => halfBitsOf(x, dtype));
    for (const dtype of HALF_DTYPES) {
        if (!refusesHalf(release, "eye_", dtype)) {
            for (const shape of EYE_SHAPES) {
                cases.push({
                    request: { op: "eye_", shape, dtype, args: {} },
                    expected: bitsOf(eyeExpected(shape, "float32"), dtype),
                });
            }
        }
        for (const [shape, groups] of DIRAC_CASES) {
            cases.push({
                request: { op: "dirac_", shape, dtype, args: groups === 1 ? {} : { groups } },
                expected: bitsOf(diracExpected(shape, groups, "float32"), dtype),
            });
        }
        // Values the dtype rounds (0.1, 1e-3, 1/3), the largest finite one, and exact ones.
        const largest = dtype === "float16" ? 65504 : 3.3895313892515355e38;
        for (const val of [0.5, -3, 1e-3, 0.1, 1 / 3, -largest]) {
            cases.push({
                request: { op: "constant_", shape: [3, 7], dtype, args: { val } },
                expected: new Uint16Array(21).fill(halfBitsOf(val, dtype)),
            });
        }
        cases.push({
            request: { op: "ones_", shape: [2, 3, 4], dtype, args: {} },
            expected: new Uint16Array(24).fill(halfBitsOf(1, dtype)),
        });
        cases.push({
            request: { op: "zeros_", shape: [2, 3, 4], dtype, args: {} },
            expected: new Uint16Array(24),
        });
    }
    return cases;
}
/**
 * Level 2 in half precision: placement and exact values as bit patterns (`eye_`, `dirac_`,
 * `constant_` with values the dtype rounds, `ones_`, `zeros_`), `sparse_`'s zeros per column,
 * and torch's half refusals of the structural ops (`orthogonal_` in every release, after its
 * `normal_` draws; `eye_` on bfloat16 in 1.13; values beyond the dtype's range) with their
 * effect on the generator.
 */
async function runHalfStructure(ctx) {
    const { port } = ctx;
    if (!halfApplies(ctx, 2))
        return;
    const release = releaseOf(ctx);
    for (const { request, expected } of halfExactCases(release)) {
        if (!has(port, request.op))
            continue;
        const name = describe(request);
        ctx.progress(`level 2: ${name}`);
        const out = await initHalfSeeded(port, request, 7n);
        const bad = outcomeCheck(2, request.op, name, out);
        if (bad) {
            ctx.add(bad);
            continue;
        }
        const got = out.value;
        const diff = expected.findIndex((b, i) => got[i] !== b);
        const hex = (b) => `0x${b.toString(16).padStart(4, "0")}`;
        ctx.add({
            level: 2,
            op: request.op,
            name,
            status: diff < 0 ? "pass" : "fail",
            detail: diff < 0
                ? undefined
                : `element ${indexText(diff, request.shape)} has bits ${hex(got[diff])}, torch ${hex(expected[diff])}`,
        });
    }
    if (has(port, "sparse_")) {
        let seed = 60n;
        for (const dtype of HALF_DTYPES) {
            for (const [shape, sparsity, std] of SPARSE_CASES) {
                const request = { op: "sparse_", shape, dtype, args: { sparsity, std } };
                const name = describe(request);
                const out = await initHalfSeeded(port, request, seed++);
                const bad = outcomeCheck(2, "sparse_", name, out);
                if (bad) {
                    ctx.add(bad);
                    continue;
                }
                const bits = out.value;
                const [rows, cols] = shape;
                const want = Math.ceil(sparsity * rows);
                // A normal_ value may round to ±0 in float16 (|x| < 2^-25: probability ≤ 2.4e-8 / std
                // per value); at most HALF_SPARSE_EXTRA such zeros are allowed per case.
                let extra = 0;
                let short = -1;
                for (let c = 0; c < cols; c++) {
                    let z = 0;
                    for (let r = 0; r < rows; r++)
                        if ((bits[r * cols + c] & 0x7fff) === 0)
                            z++;
                    if (z < want && short < 0)
                        short = c;
                    extra += Math.max(0, z - want);
                }
                const ok = short < 0 && extra <= HALF_SPARSE_EXTRA;
                ctx.add({
                    level: 2,
                    op: "sparse_",
                    name: `${name}: ${want} zeros per column`,
                    status: ok ? "pass" : "fail",
                    detail: ok
                        ? undefined
                        : short >= 0
                            ? `column ${short} has fewer than ${want} zeros`
                            : `${extra} zeros beyond ${want} per column`,
                });
            }
        }
    }
    await checkHalfRefusals(ctx, 2, halfRefusals(release, 2));
}
/**
 * Zeros beyond `ceil(sparsity · rows)` per column that a half `sparse_` case may have in total
 * (values of its `normal_` that round to zero, float16 only): over the 16 cases the expected
 * count is 4.4e-3 (2048 values of std 0.01, the others negligible), so 5 or more has
 * probability below 1.5e-14; a port zeroing one entry too many per column exceeds it on every
 * case with 5 or more columns.
 */
export const HALF_SPARSE_EXTRA = 4;
