/* @ts-self-types="./modules.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Level 5: whole modules. For every golden module case (recorded by real
 * torch, golden/README.md "Module cases") the port builds the module spec
 * after `manual_seed(seed)` and returns its state dict, which is graded:
 *
 * - refusals: where torch refused (a constructor, or a re-init step such as
 *   `xavier_normal_` on a 1-D bias), the port must refuse too;
 * - structure: state_dict names in torch's order, dtypes and shapes;
 * - laws: every entry of two or more elements that torch filled with one
 *   constant (ones, zeros, running statistics) must hold exactly that constant; every other stored entry
 *   with at least 64 elements is compared with torch's own values of the same
 *   parameter by an exact two-sample Kolmogorov–Smirnov test (same law?),
 *   at this level's share of the run's false-alarm rate (Bonferroni);
 * - bit-exact (ports claiming a capability): every entry's bytes (or the
 *   SHA-256 of large ones) and, when the port returns it, the generator
 *   state after the case.
 *
 * @module
 */
import { GOLDEN_DIRS, loadModuleGolden, sha256Hex, } from "../golden.js";
import { halfValue } from "../../src/half_value.js";
import { ksTwoSampleK, ksTwoSamplePValue } from "../stats/_ks_two_sample.js";
import { ask } from "./_common.js";
/** The op name level-5 checks are reported under: the case's outermost module type. */
function opOf(c) {
    const spec = c.spec;
    return `nn.${spec.type === "Custom" ? "Custom" : spec.type ?? "?"}`;
}
function bytesOf(a) {
    return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}
function valuesOf(bytes, dtype) {
    const copy = bytes.slice();
    if (dtype === "float32")
        return new Float32Array(copy.buffer);
    if (dtype === "float64")
        return new Float64Array(copy.buffer);
    if (dtype === "float16" || dtype === "bfloat16")
        return new Uint16Array(copy.buffer); // bits
    return new BigInt64Array(copy.buffer);
}
/** Half-precision bits as their float32 values (exact), for the two-sample law. */
function halfValues(bits, dtype) {
    const out = new Float32Array(bits.length);
    for (let i = 0; i < bits.length; i++)
        out[i] = halfValue(bits[i], dtype);
    return out;
}
/**
 * The one value every element holds, or undefined. A single element is not
 * taken for a constant: one random draw is one value too.
 */
function constantOf(values) {
    if (values.length < 2)
        return undefined;
    const first = values[0];
    for (let i = 1; i < values.length; i++) {
        if (!Object.is(values[i], first))
            return undefined;
    }
    return first;
}
/** Run level 5 on `ctx.port`; returns the number of statistical checks and their threshold. */
export async function runModules(ctx, capability, torchVersion, alpha) {
    const { port } = ctx;
    const add = (c) => ctx.add({ level: 5, ...c });
    if (!port.module) {
        add({
            op: "nn.Module",
            name: "module requests",
            status: "skip",
            detail: "the port does not build modules: level 5 does not apply",
        });
        return { checks: 0, perCheck: alpha };
    }
    let golden;
    try {
        golden = await loadModuleGolden(capability, GOLDEN_DIRS[torchVersion]);
    }
    catch (e) {
        add({
            op: "nn.Module",
            name: `load torch ${torchVersion} module goldens for ${capability}`,
            status: "error",
            detail: String(e),
        });
        return { checks: 0, perCheck: alpha };
    }
    const parity = port.capability !== undefined;
    const laws = [];
    let done = 0;
    // Half-precision module cases (issue 15) go only to ports that take float16/bfloat16.
    const half = port.initHalf !== undefined;
    const halfCases = golden.cases.filter((c) => c.tags.includes("half")).length;
    if (!half && halfCases > 0) {
        add({
            op: "nn.Module",
            name: `${halfCases} half-precision module cases`,
            status: "skip",
            detail: 'the port does not list "float16" and "bfloat16" in its dtypes',
        });
    }
    for (const c of golden.cases) {
        if (!half && c.tags.includes("half"))
            continue;
        const op = opOf(c);
        if (++done % 50 === 0)
            ctx.progress(`level 5: ${done} module cases`);
        const out = await ask(() => port.module({ spec: c.spec, seed: BigInt(c.seed) }));
        if (c.error !== undefined) {
            // torch refused: a constructor (state_dict null) or a re-init step.
            const refused = out.kind === "refused";
            add({
                op,
                name: `${c.id}: refuses as torch (${c.error.type})`,
                status: refused ? "pass" : out.kind === "failure" ? "error" : "fail",
                detail: refused
                    ? undefined
                    : out.kind === "failure"
                        ? String(out.error)
                        : `the port built it; torch said: ${c.error.message}`,
            });
            continue;
        }
        if (out.kind !== "value") {
            add({
                op,
                name: `${c.id}: builds`,
                status: out.kind === "failure" ? "error" : "fail",
                detail: String(out.error),
            });
            continue;
        }
        const result = out.value;
        const want = c.state_dict;
        const got = result.stateDict;
        const layout = (es) => es.map((e) => `${e.name}:${e.dtype}[${e.shape.join(",")}]`).join(" ");
        const same = layout(got) === layout(want);
        add({
            op,
            name: `${c.id}: state_dict names, order, dtypes and shapes`,
            status: same ? "pass" : "fail",
            detail: same
                ? undefined
                : `got ${layout(got).slice(0, 300)}; torch ${layout(want).slice(0, 300)}`,
        });
        if (!same)
            continue;
        const problems = [];
        const bitProblems = [];
        for (const [i, e] of want.entries()) {
            const mine = got[i].data;
            const stored = e.tensor === null ? undefined : golden.tensors.get(e.tensor);
            if (stored !== undefined) {
                const theirs = valuesOf(stored.bytes, e.dtype);
                const constant = constantOf(theirs);
                if (constant !== undefined) {
                    const ok = mine.length === theirs.length && constantOf(mine) === constant;
                    if (!ok)
                        problems.push(`${e.name} is not the constant ${String(constant)}`);
                }
                else if (theirs.length >= 64 && e.dtype !== "int64") {
                    // Half precision: the law on the values. Both samples lie on the dtype's grid, so
                    // ties occur; with ties (a discrete law) the continuous-law p-value is conservative
                    // (n·D can only shrink), so the false-alarm rate stays at most the same α.
                    const asValues = (v) => e.dtype === "float16" || e.dtype === "bfloat16"
                        ? halfValues(v, e.dtype)
                        : v;
                    laws.push({
                        op,
                        name: `${c.id}: ${e.name} law (two-sample KS vs torch, n = ${theirs.length})`,
                        n: theirs.length,
                        k: ksTwoSampleK(asValues(mine), asValues(theirs)),
                    });
                }
                const b = bytesOf(mine);
                if (b.length !== stored.bytes.length || b.some((x, j) => x !== stored.bytes[j])) {
                    bitProblems.push(`${e.name} bytes differ`);
                }
            }
            else if (await sha256Hex(bytesOf(mine)) !== e.sha256) {
                bitProblems.push(`${e.name} SHA-256 differs`);
            }
        }
        add({
            op,
            name: `${c.id}: deterministic entries`,
            status: problems.length === 0 ? "pass" : "fail",
            detail: problems.length === 0 ? undefined : problems.slice(0, 5).join("; "),
        });
        if (parity) {
            if (result.rngState !== undefined) {
                const sha = await sha256Hex(result.rngState);
                if (sha !== c.state_after.sha256)
                    bitProblems.push("generator state differs");
            }
            add({
                op,
                name: `${c.id}: bit-exact state_dict${result.rngState ? " and generator state" : ""}`,
                status: bitProblems.length === 0 ? "pass" : "fail",
                detail: bitProblems.length === 0 ? undefined : bitProblems.slice(0, 5).join("; "),
            });
        }
    }
    const perCheck = laws.length > 0 ? alpha / laws.length : alpha;
    for (const l of laws) {
        const p = ksTwoSamplePValue(l.n, l.k);
        add({
            op: l.op,
            name: l.name,
            status: p >= perCheck ? "pass" : "fail",
            detail: p >= perCheck
                ? undefined
                : `D = ${(l.k / l.n).toPrecision(4)}, p = ${p.toExponential(2)}`,
            pValue: p,
            threshold: perCheck,
        });
    }
    return { checks: laws.length, perCheck };
}
