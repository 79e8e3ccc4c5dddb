/* @ts-self-types="./_common.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Helpers shared by the level implementations.
 *
 * @module
 */
import { PortFailure } from "../process_port.js";
import { calculateFanInAndFanOut, calculateGain } from "../../src/mod.js";
/** Call the port; separate a refusal (an exception the port raised) from a protocol failure. */
export async function ask(fn) {
    try {
        return { kind: "value", value: await fn() };
    }
    catch (e) {
        if (e instanceof PortFailure)
            return { kind: "failure", error: e };
        return { kind: "refused", error: e };
    }
}
/** Whether the port implements `op`. */
export function has(port, op) {
    return port.ops.includes(op);
}
/** A short text for a request, for check names. */
export function describe(r) {
    const args = Object.entries(r.args).map(([k, v]) => `${k}=${typeof v === "number" ? +v.toPrecision(6) : v}`);
    return `${r.op} [${r.shape.join(",")}] ${r.dtype}${args.length ? ` ${args.join(" ")}` : ""}`;
}
/** Seed the port (when it can be seeded) and run `request`. */
export async function initSeeded(port, request, seed) {
    if (port.manualSeed) {
        const s = await ask(() => port.manualSeed(seed));
        if (s.kind === "failure")
            return s;
    }
    const out = await ask(() => port.init(request));
    if (out.kind === "value") {
        const n = request.shape.reduce((a, b) => a * b, 1);
        const want = request.dtype === "float32" ? Float32Array : Float64Array;
        if (!(out.value instanceof want) || out.value.length !== n) {
            return {
                kind: "failure",
                error: new PortFailure("protocol", `returned ${out.value?.constructor?.name} of length ${out.value?.length}, expected ${want.name} of ${n}`),
            };
        }
    }
    return out;
}
/** Turn an unexpected outcome into a check (refusal of a valid call = fail, failure = error). */
export function outcomeCheck(level, op, name, outcome) {
    if (outcome.kind === "value")
        return null;
    if (outcome.kind === "failure") {
        return { level, op, name, status: "error", detail: `port failure: ${outcome.error.message}` };
    }
    return {
        level,
        op,
        name,
        status: "fail",
        detail: `refused a valid call: ${String(outcome.error)}`,
    };
}
/** The law implied by torch's formulas for a random initializer request (null if none). */
export function lawOf(r) {
    const args = r.args;
    const num = (k, d) => (typeof args[k] === "number" ? args[k] : d);
    const fans = () => calculateFanInAndFanOut({ shape: r.shape });
    const kaimingStd = () => {
        const [fi, fo] = fans();
        const mode = String(args.mode ?? "fan_in").toLowerCase();
        const gain = calculateGain((args.nonlinearity ?? "leaky_relu"), num("a", 0));
        return gain / Math.sqrt(mode === "fan_in" ? fi : fo);
    };
    const xavierStd = () => {
        const [fi, fo] = fans();
        return num("gain", 1) * Math.sqrt(2.0 / (fi + fo));
    };
    switch (r.op) {
        case "uniform_":
            return { kind: "uniform", lo: num("a", 0), hi: num("b", 1) };
        case "normal_":
            return { kind: "normal", mean: num("mean", 0), std: num("std", 1) };
        case "trunc_normal_":
            return {
                kind: "truncnormal",
                mean: num("mean", 0),
                std: num("std", 1),
                a: num("a", -2),
                b: num("b", 2),
            };
        case "xavier_uniform_": {
            const a = Math.sqrt(3.0) * xavierStd();
            return { kind: "uniform", lo: -a, hi: a };
        }
        case "xavier_normal_":
            return { kind: "normal", mean: 0, std: xavierStd() };
        case "kaiming_uniform_": {
            const b = Math.sqrt(3.0) * kaimingStd();
            return { kind: "uniform", lo: -b, hi: b };
        }
        case "kaiming_normal_":
            return { kind: "normal", mean: 0, std: kaimingStd() };
        case "sparse_":
            // The entries left non-zero are normal_(0, std) draws (the zeroed rows come from randperm).
            return { kind: "normal", mean: 0, std: num("std", 0.01) };
    }
    return null;
}
/**
 * The values of an output that follow {@linkcode lawOf}: all of them, or for `sparse_` the
 * non-zero ones (which positions are zeroed does not depend on the values).
 */
export function lawSample(r, data) {
    return r.op === "sparse_" ? data.filter((x) => x !== 0) : data;
}
/** The same law in the statistics module's terms. */
export function statsLawOf(law) {
    if (law.kind === "uniform")
        return { kind: "uniform", a: law.lo, b: law.hi };
    if (law.kind === "normal")
        return { kind: "normal", mean: law.mean, std: law.std };
    return { kind: "truncNormal", mean: law.mean, std: law.std, a: law.a, b: law.b };
}
